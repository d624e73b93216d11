// The site's own script in the page: the search boost Redoc calls (docs-site-search.ts), the
// search's documents made without building operations' content (docs-site-search-docs.ts) and its
// index of candidates (docs-site-search-index.ts), which
// descriptions Redoc may keep as text until rendered, the schemas' document its schema views share
// and the operations' content built when read (docs-site-load.ts), and the links-out marking
// (docs-site-links-target.ts), bundled by esbuild from those modules into one inline script, so the
// code that runs in the page is the code the unit tests run.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ENTRY = `
import { searchBoost } from './docs-site-search.ts';
import { keepsDescriptionText, lazyContent, sharedSchemaDocument } from './docs-site-load.ts';
import { watchExternalLinks } from './docs-site-links-target.ts';
import { searchItem } from './docs-site-search-docs.ts';
import { searchIndex } from './docs-site-search-index.ts';
globalThis.__gitlabSearchBoost = searchBoost;
globalThis.__gitlabSearchItem = searchItem;
globalThis.__gitlabSearchStore = (store) => store && Object.create(store);
globalThis.__gitlabSearchIndex = searchIndex;
globalThis.__gitlabKeepsDescriptionText = keepsDescriptionText;
globalThis.__gitlabSharedSchemaDocument = sharedSchemaDocument;
globalThis.__gitlabLazyContent = lazyContent;
watchExternalLinks(document.documentElement, location.origin);
`;

let script: string | undefined;

/** The script's JavaScript (an IIFE, deterministic). */
export function pageScript(): string {
  // Required here, not imported: only a build of the site's template needs esbuild, and a
  // regeneration reuses the template (loading esbuild in the site's thread cost more than its work).
  const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  script ??= buildSync({
    stdin: { contents: ENTRY, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts', sourcefile: 'docs-site-page-entry.ts' },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    // Comments name the modules relative to this folder, whatever the working directory.
    absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  }).outputFiles[0].text;
  return script;
}
