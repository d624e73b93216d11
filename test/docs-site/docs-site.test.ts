// Builds the site from the fixture spec with the real @redocly/cli (the template, cached), and checks
// the file itself: deterministic, self-contained, hardened. In a browser: docs-site-browser.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { DOCS_SITE_PATH, emitDocsSite, renderPage } from '../../scripts/emit/docs-site.js';
import { SPEC_ELEMENT_ID } from '../../scripts/emit/docs-site-template.js';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const small = parse(readFileSync(fixture('small.yaml'), 'utf8')) as OpenAPIDocument;

/** The spec Redoc gets, as embedded in the page (a JSON data block, `<` escaped). */
function embeddedSpec(html: string): OpenAPIDocument {
  const match = new RegExp(`<script type="application/json" id="${SPEC_ELEMENT_ID}">(.*?)</script>`).exec(html);
  if (!match) throw new Error('no spec data block in the page');
  return JSON.parse(match[1]) as OpenAPIDocument;
}

describe('emitDocsSite on the fixture spec', () => {
  let html: string;
  let again: string;

  beforeAll(async () => {
    const [first] = await emitDocsSite(small);
    const [second] = await emitDocsSite(structuredClone(small));
    expect(first.path).toBe(DOCS_SITE_PATH);
    html = String(first.content);
    again = String(second.content);
  });

  it('writes generated/docs/index.html', () => {
    expect(DOCS_SITE_PATH).toBe('docs/index.html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('is deterministic: same spec, same bytes', () => {
    expect(again.length).toBe(html.length);
    expect(again === html).toBe(true);
  });

  it('loads nothing from elsewhere: no remote script, style, image, font or module in the markup', () => {
    // Script bodies are left out: URLs in them are strings (links to docs); the browser test
    // checks at run time that nothing is fetched.
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2');
    expect(markup.length).toBeLessThan(html.length);
    const remote = [
      ...markup.matchAll(/<[a-z]+\b[^>]*\b(?:src|href|srcset|poster|data)\s*=\s*["']?(?:https?:)?\/\/[^>]*>/gi),
      ...markup.matchAll(/url\(\s*['"]?(?:https?:)?\/\/[^)]*\)/gi),
      ...markup.matchAll(/@import[^;]*/gi),
    ].map((m) => m[0].slice(0, 200));
    // The only remote references allowed are plain links a person may click.
    expect(remote.filter((tag) => !/^<a\b/i.test(tag))).toEqual([]);
    // Redoc's attribution logo (fetched on every load) is inlined. The bundle still names
    // cdn.redocly.com for icon sets, which a spec like ours never asks for (checked in Chromium).
    expect(html.includes('cdn.redoc.ly')).toBe(false);
  });

  it('embeds the whole spec, with a link from each operation back to its docs page', () => {
    const spec = embeddedSpec(html);
    expect(Object.keys(spec.paths ?? {})).toEqual(Object.keys(small.paths ?? {}));
    const createIssue = (spec.paths!['/projects/{id}/issues'] as Record<string, { description: string }>).post;
    expect(createIssue.description).toBe(
      'Creates a new project issue.\n\n**Source:** [GitLab docs: issues.md, line 455](https://docs.gitlab.com/ee/api/issues.html#new-issue)',
    );
    const gitignores = spec.tags!.find((t) => t.name === 'Gitignores');
    expect(gitignores?.externalDocs?.url).toBe('https://docs.gitlab.com/ee/api/templates/gitignores.html');
  });

  it('leaves the spec it was given untouched', () => {
    const fresh = parse(readFileSync(fixture('small.yaml'), 'utf8'));
    expect(small).toEqual(fresh);
  });

  it('turns on sanitizing, links the spec downloads, and has a script-hash CSP', () => {
    expect(html).toContain('"sanitize":true');
    expect(html).toContain('"downloadUrls":[{"title":"OpenAPI 3.1 (JSON)","url":"openapi.json"},{"title":"OpenAPI 3.1 (YAML)","url":"openapi.yaml"}]');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^"]*">/);
  });

  it('puts each operation\'s code samples in the site\'s copy: the docs\' curl, gitlab-api, the client', () => {
    const spec = embeddedSpec(html);
    const createIssue = (spec.paths!['/projects/{id}/issues'] as Record<string, Record<string, unknown>>).post;
    const samples = createIssue['x-codeSamples'] as { lang: string; label: string; source: string }[];
    expect(samples.map((s) => [s.lang, s.label])).toEqual([['Shell', 'gitlab-api'], ['TypeScript', 'TypeScript client']]);
    expect(samples[0].source).toMatch(/^gitlab-api \S+ --id 1 --title '<title>'$/);
  });
});

describe('renderPage', () => {
  const template = { head: '<title>', body: '</title><div id="redoc"></div>', tail: '<script type="module">boot()</script>' };

  it('escapes the title and keeps the spec inside its data block, whatever its text', () => {
    const spec = { openapi: '3.1.0', info: { title: 'A <b>&</b>', version: '1', description: '</script><script>alert(1)</script>\u2028' }, paths: {} } as OpenAPIDocument;
    const page = renderPage(template, spec);
    expect(page.startsWith('<title>A &#60;b&#62;&#38;&#60;/b&#62;</title>')).toBe(true);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(embeddedSpec(page)).toEqual(spec);
  });
});

describe('emitDocsSite on bad input', () => {
  it('refuses what is no OpenAPI 3 document, with a message', async () => {
    const error = await emitDocsSite({ swagger: 'nope' } as unknown as OpenAPIDocument).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('docs site: not an OpenAPI 3 document (expected `openapi: 3.x` and `paths` at the top)');
  });
});
