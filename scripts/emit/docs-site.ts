// The documentation site: one self-contained HTML file (Redoc 3), working with no network and
// treating the spec as untrusted. The page around the spec is built once per Redoc version and
// options (docs-site-template.ts); a build puts the site's copy of the spec into it.
// The site's copy (never the published spec) gets links back to the docs pages, sanitised
// descriptions and code samples for the CLI and the client.
import { DOCS_CURL_LABEL, type OpenAPIDocument, type OutputFile } from '../openapi-document.js';
import { DocsHtmlError } from './docs-site-html.js';
import { CLI_LABEL, CLIENT_LABEL } from './docs-site-samples.js';
import { siteSpecJson } from './docs-site-spec.js';
import { noMemo, withMemo, type Memo, type MemoRef } from './memo.js';
import { WARM_UP_SPEC } from './warm-up-spec.js';
import { redocTemplate, SPEC_ELEMENT_ID, type RedocOptions, type RedocTemplate, type TemplateCacheOptions } from './docs-site-template.js';

/** Where the site goes, relative to `generated/`. */
export const DOCS_SITE_PATH = 'docs/index.html';

/** The sidebar heading of the entities (components.schemas). */
export const ENTITIES_HEADING = 'Entities';

/** The spec files `npm run docs` serves beside the page (scripts/docs-server.ts), as Redoc links them. */
export const SPEC_DOWNLOADS = [
  { title: 'OpenAPI 3.1 (JSON)', url: 'openapi.json' },
  { title: 'OpenAPI 3.1 (YAML)', url: 'openapi.yaml' },
];

/**
 * Redoc 3's options. `sanitize`: DOMPurify over rendered markdown, a wall behind our own
 * sanitising of descriptions. `downloadUrls`: the published spec, not the site's copy.
 * `codeSamples.languages`: the tabs of the samples panel, in order; Redoc shows an operation's
 * `x-codeSamples` only under a tab whose label is listed (and its generated payload under `Payload`).
 * `schemaDefinitionsTagName`: GitLab's entities (components.schemas) listed in the sidebar under
 * their own heading, after the pages, so a reader can look up `Issue` without an operation.
 * `jsonSamplesExpandLevel`: JSON samples open with their top-level fields shown and nested objects
 * folded (`"author": {...}`, one click to open) instead of two levels open: an operation opens with
 * about a sixth less work (an Issue sample nests users, milestones, references...).
 */
export const REDOC_OPTIONS: RedocOptions = {
  skipBundle: true,
  disableTelemetry: true,
  sanitize: true,
  downloadUrls: SPEC_DOWNLOADS,
  schemaDefinitionsTagName: ENTITIES_HEADING,
  jsonSamplesExpandLevel: 1,
  codeSamples: {
    languages: [
      { lang: 'Shell', label: DOCS_CURL_LABEL },
      { lang: 'Shell', label: CLI_LABEL },
      { lang: 'TypeScript', label: CLIENT_LABEL },
      { lang: 'Payload' },
    ],
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON text that a `<script>` data block cannot end early: `<` only appears escaped. */
function scriptJson(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The page for `spec` (or its JSON text): the template with the title and the spec's data block filled in. */
export function renderPage(template: RedocTemplate, spec: OpenAPIDocument, json = JSON.stringify(spec)): string {
  const title = typeof spec.info?.title === 'string' && spec.info.title.trim() ? spec.info.title : 'API documentation';
  const data = `<script type="application/json" id="${SPEC_ELEMENT_ID}">${scriptJson(json)}</script>\n`;
  return `${template.head}${escapeHtml(title)}${template.body}${data}${template.tail}`;
}

export { siteSpec } from './docs-site-spec.js';

/** The emitter: `generated/docs/index.html`. */
export async function emitDocsSite(doc: OpenAPIDocument, cache: TemplateCacheOptions = {}, memo: Memo = noMemo()): Promise<OutputFile[]> {
  // The page renders whatever it is given; something that is no OpenAPI 3 document would only
  // show "Failed to load API description" in the browser, so it is refused here.
  if (typeof doc?.openapi !== 'string' || !/^3\./.test(doc.openapi) || typeof doc.paths !== 'object' || doc.paths === null) {
    throw new DocsHtmlError('docs site: not an OpenAPI 3 document (expected `openapi: 3.x` and `paths` at the top)');
  }
  const template = await redocTemplate(REDOC_OPTIONS, cache);
  // The site's copy is the spec's title and all: only its text is needed, made part by part.
  return [{ path: DOCS_SITE_PATH, content: renderPage(template, doc, siteSpecJson(doc, memo)) }];
}

/**
 * Runs the emitter on a small spec while its thread waits for the real one (scripts/emit/warm-up-spec.ts):
 * its code is compiled, and the page's template read (or built) meanwhile.
 */
export async function warmUp(): Promise<void> {
  await emitDocsSite(structuredClone(WARM_UP_SPEC));
}

/** The emitter as its worker thread runs it (scripts/emit-thread.ts): the memo opened there. */
export function emitDocsSiteInThread(doc: OpenAPIDocument, memo?: MemoRef): Promise<OutputFile[]> {
  return withMemo(memo, (m) => emitDocsSite(doc, {}, m));
}
