// The Redoc page without a spec, built once per Redoc version and options, so that a site build is
// a string join instead of a `redocly build-docs` run (~3-10 s for our spec, ~40 ms this way).
//
// `build-docs` renders the spec on the server and writes it into the page, then hydrates it.
// Redoc's `hydrate()` renders on the client instead when its element is empty, with the very same
// component tree (checked in Chromium: test/docs-site/docs-site-template.test.ts), so we build the
// page once for a placeholder spec, empty the prerendered element, and have the page read its
// spec from a JSON data block (`<script type="application/json">`, never executed). The module
// script is then the same bytes for every spec, and so is its CSP hash.
//
// The template is cached in memory and in `.cache/docs-site/` under a key of the @redocly/cli
// version, the options and this emitter's own sources.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRedocly } from '../redocly.js';
import { DocsHtmlError, hardenTemplate } from './docs-site-html.js';
import { pageScript } from './docs-site-page.js';

/** What `renderPage` needs: the page around the spec. */
export interface RedocTemplate {
  /** Up to the `<title>`'s text. */
  head: string;
  /** From the end of the title's text to the spec's data block. */
  body: string;
  /** After the spec's data block: the module script and the end of the page. */
  tail: string;
}

/** Redoc options the site uses (Redoc 3's names), part of the cache key. */
export interface RedocOptions {
  [name: string]: unknown;
}

/** The id of the data block holding the spec. */
export const SPEC_ELEMENT_ID = 'redoc-spec';
const TITLE_MARK = '__GITLAB_OPENAPI_TITLE__';
const PLACEHOLDER = { openapi: '3.1.0', info: { title: TITLE_MARK, version: '' }, paths: {} };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Sources whose change changes the template. */
const SOURCES = ['docs-site-template.ts', 'docs-site-html.ts', 'docs-site-page.ts', 'docs-site-search.ts', 'docs-site-search-docs.ts', 'docs-site-search-index.ts', 'docs-site-load.ts', 'docs-site-bundle.ts', 'docs-site-links-target.ts'];

export function redoclyVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('@redocly/cli/package.json') as { version: string }).version;
}

/** Runs `redocly build-docs` on `spec` and returns the HTML it wrote, as it wrote it. */
export async function buildRedocHtml(spec: unknown): Promise<string> {
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

function cut(html: string, start: string, what: string, from = 0): number {
  const at = html.indexOf(start, from);
  if (at < 0) throw new DocsHtmlError(`docs site: the page built by @redocly/cli has no ${what} (looked for ${JSON.stringify(start)}); its output format changed, update scripts/emit/docs-site-template.ts`);
  return at;
}

/**
 * The page `build-docs` made for the placeholder spec, made a template: the prerendered markup and
 * its styles dropped (the client renders and styles everything), the color-mode script moved into
 * the head (it must run before the first paint), the spec read from the data block. Not hardened.
 */
export function templatePage(html: string, options: RedocOptions): string {
  const rootOpen = '<div id="redoc">';
  const open = cut(html, rootOpen, 'Redoc root element');
  const module = cut(html, '<script type="module">', 'module script', open);
  const moduleEnd = cut(html, '</script>', 'end of the module script', module);
  const colorMode = /<script>(try\{var m=localStorage\.getItem\("redoc\.colorMode"\)[\s\S]*?)<\/script>/.exec(html.slice(open, module));
  if (!colorMode) cut('', 'redoc.colorMode', 'color-mode script');
  let head = html.slice(0, open).replace(/<style data-styled="true"[^>]*>[\s\S]*?<\/style>\s*/, '');
  const headEnd = cut(head, '</head>', 'end of the head');
  head = `${head.slice(0, headEnd)}  <script>${colorMode![1]}</script>\n${head.slice(headEnd)}`;
  const definition = cut(html, 'const __redoc_definition = ', 'spec definition', module);
  // The data block goes once read: its text is the spec's size again, kept by the DOM for nothing.
  const boot =
    `const __redoc_options = ${JSON.stringify(options)};\n` +
    `      const __redoc_spec = document.getElementById(${JSON.stringify(SPEC_ELEMENT_ID)});\n` +
    `      const __redoc_definition = JSON.parse(__redoc_spec.textContent);\n` +
    `      __redoc_spec.remove();\n` +
    `      hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));\n      `;
  const script = html.slice(module, definition) + boot + html.slice(moduleEnd, moduleEnd + '</script>'.length);
  return `${head}${rootOpen}</div>\n${script}${html.slice(moduleEnd + '</script>'.length)}`;
}

/** A template page cut where the title and the spec go. */
export function splitTemplate(page: string): RedocTemplate {
  const title = cut(page, `<title>${TITLE_MARK}</title>`, 'title');
  const data = cut(page, '<script type="module">', 'module script');
  return {
    head: page.slice(0, title + '<title>'.length),
    body: page.slice(title + '<title>'.length + TITLE_MARK.length, data),
    tail: page.slice(data),
  };
}

/** The placeholder spec the template is built from. */
export function placeholderSpec(): object {
  return structuredClone(PLACEHOLDER);
}

let sourcesHash: string | undefined;
async function ownSourcesHash(): Promise<string> {
  if (sourcesHash) return sourcesHash;
  const hash = createHash('sha256');
  for (const file of SOURCES) {
    hash.update(file).update('\0').update(await readFile(new URL(file, import.meta.url)).catch(() => Buffer.alloc(0))).update('\0');
  }
  sourcesHash = hash.digest('hex');
  return sourcesHash;
}

/** The cache key: Redoc (through @redocly/cli) version, options, and this emitter's sources. */
export async function templateKey(options: RedocOptions): Promise<string> {
  return createHash('sha256')
    .update(redoclyVersion())
    .update('\0')
    .update(JSON.stringify(options))
    .update('\0')
    .update(await ownSourcesHash())
    .digest('hex')
    .slice(0, 24);
}

export interface TemplateCacheOptions {
  /** Folder of the cache; false for none. Default `<repo>/.cache/docs-site`. */
  cacheDir?: string | false;
}

const memory = new Map<string, Promise<RedocTemplate>>();

async function buildTemplate(options: RedocOptions, file: string | undefined): Promise<RedocTemplate> {
  if (file) {
    const cached = await readFile(file, 'utf8').then((text) => JSON.parse(text) as RedocTemplate).catch(() => undefined);
    if (cached && typeof cached.head === 'string' && typeof cached.body === 'string' && typeof cached.tail === 'string') return cached;
  }
  const template = splitTemplate(hardenTemplate(templatePage(await buildRedocHtml(PLACEHOLDER), options), pageScript()));
  if (file) {
    // Temp file + rename: a parallel build never reads half a template.
    await mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temp, JSON.stringify(template));
    await rename(temp, file);
  }
  return template;
}

/** The template for `options`: from memory, from the cache folder, or built (and cached). */
export async function redocTemplate(options: RedocOptions, cache: TemplateCacheOptions = {}): Promise<RedocTemplate> {
  const key = await templateKey(options);
  const dir = cache.cacheDir === undefined ? join(ROOT, '.cache', 'docs-site') : cache.cacheDir;
  const file = dir === false ? undefined : join(dir, `template-${key}.json`);
  const memoKey = `${key}\0${file ?? ''}`;
  let template = memory.get(memoKey);
  if (!template) {
    template = buildTemplate(options, file);
    memory.set(memoKey, template);
    template.catch(() => memory.delete(memoKey));
  }
  return template;
}
