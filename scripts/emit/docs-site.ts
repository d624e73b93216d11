// The documentation site: one self-contained HTML file (Redoc, rendered by @redocly/cli
// `build-docs --inlineBundle`), working with no network and treating the spec as untrusted.
// The spec is written to a temporary folder and the CLI runs there, so no redocly.yaml of the
// working tree changes the output; telemetry and update checks are off, so the build never calls out.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIDocument, OutputFile } from '../openapi-document.js';
import { runRedocly } from '../redocly.js';
import { hardenDocsHtml } from './docs-site-html.js';
import { withDocsLinks } from './docs-site-links.js';

/** Where the site goes, relative to `generated/`. */
export const DOCS_SITE_PATH = 'docs/index.html';

/** Runs `redocly build-docs` on `spec` and returns the HTML it wrote, as it wrote it. */
export async function buildRedocHtml(spec: OpenAPIDocument): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gitlab-openapi-docs-'));
  try {
    await writeFile(join(dir, 'openapi.json'), JSON.stringify(spec));
    const args = ['build-docs', 'openapi.json', '--inlineBundle', '--output', 'index.html', '--lint-config', 'off'];
    await runRedocly(args, dir, 'docs site: redocly build-docs');
    return await readFile(join(dir, 'index.html'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The emitter: `generated/docs/index.html`. */
export async function emitDocsSite(doc: OpenAPIDocument): Promise<OutputFile[]> {
  const html = await buildRedocHtml(withDocsLinks(doc));
  return [{ path: DOCS_SITE_PATH, content: hardenDocsHtml(html) }];
}
