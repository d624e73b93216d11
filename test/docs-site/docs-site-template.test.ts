// The cached template (docs-site-template.ts) renders the same site as a full `redocly build-docs`
// of the spec: both pages, unhardened and with the same Redoc options, are opened in Chromium and
// compared element by element (tag, attributes but the generated class names, text, box and a
// few computed styles), on the front page and with an operation open.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startDocsServer, type DocsServer } from '../../scripts/docs-server.js';
import { renderPage, siteSpec } from '../../scripts/emit/docs-site.js';
import { buildRedocHtml, placeholderSpec, splitTemplate, templatePage } from '../../scripts/emit/docs-site-template.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { launchChromium, openWatchedPage, SIDEBAR_TOP_LABELS } from './browser.js';

const small = parse(readFileSync(fileURLToPath(new URL('fixtures/small.yaml', import.meta.url)), 'utf8')) as OpenAPIDocument;
// The options `build-docs` writes into a full build: the template gets the same, so only the way
// the page is made differs.
const BUILD_DOCS_OPTIONS = { skipBundle: true, disableTelemetry: true };

/** Every element under #redoc as text: what a reader sees and where, without generated class names. */
function snapshot(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines: string[] = [];
    const walk = (node: Node, depth: number) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim();
        if (text) lines.push(`${' '.repeat(depth)}"${text}"`);
        return;
      }
      if (!(node instanceof Element)) return;
      const attributes = node
        .getAttributeNames()
        .filter((name) => name !== 'class')
        .sort()
        .map((name) => {
          const value = node.getAttribute(name) ?? '';
          // Serialised differently by the server (`a:1`) and by the browser (`a: 1;`).
          if (name === 'style') return `style=${value.replace(/\s+/g, '').replace(/;$/, '')}`;
          // The router's links: the server renders `/issues`, the client `#/issues`, and hydration
          // keeps the server's attributes (React does not patch attributes when it hydrates).
          if (name === 'href') return `href=${value.replace(/^#\//, '/')}`;
          return `${name}=${value}`;
        });
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      const place = [box.left, box.top + window.scrollY, box.width, box.height].map(Math.round).join(',');
      lines.push(`${' '.repeat(depth)}<${node.tagName.toLowerCase()} ${attributes.join(' ')}> @${place} ${style.display} ${style.color} ${style.fontSize} ${style.backgroundColor}`);
      for (const child of node.childNodes) walk(child, depth + 1);
    };
    walk(document.getElementById('redoc')!, 0);
    return lines;
  });
}

let browser: Browser;
let server: DocsServer;
let dir: string;

beforeAll(async () => {
  const spec = siteSpec(small);
  const [full, placeholder] = await Promise.all([
    buildRedocHtml({ ...spec, info: { ...spec.info } }),
    buildRedocHtml(placeholderSpec()),
  ]);
  dir = await mkdtemp(join(tmpdir(), 'docs-site-template-'));
  await writeFile(join(dir, 'full.html'), full);
  await writeFile(join(dir, 'template.html'), renderPage(splitTemplate(templatePage(placeholder, BUILD_DOCS_OPTIONS)), spec));
  server = await startDocsServer({ root: dir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function views(file: string): Promise<{ front: string[]; operation: string[] }> {
  const watched = await openWatchedPage(browser);
  const { page } = watched;
  try {
    await page.goto(new URL(file, server.url).href);
    await page.locator(SIDEBAR_TOP_LABELS).nth(4).waitFor({ state: 'visible' });
    await page.locator('[data-testid="search-trigger"]:not(:has-text("Loading"))').waitFor({ state: 'visible' });
    const front = await snapshot(page);
    await page.locator(SIDEBAR_TOP_LABELS, { hasText: /^Issues$/ }).click();
    await page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: /^New issue/ }).first().click();
    await page.locator('h2', { hasText: /^New issue/ }).first().waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelectorAll('h2').length > 0 && !document.querySelector('[class*="loading"]'));
    await page.waitForTimeout(500);
    return { front, operation: await snapshot(page) };
  } finally {
    await watched.context.close();
  }
}

describe('the cached template against a full build-docs build, in Chromium', () => {
  it('renders the same elements, texts, boxes and styles, before and after opening an operation', async () => {
    const full = await views('full.html');
    const template = await views('template.html');
    expect(full.front.length).toBeGreaterThan(100);
    // The fixture's texts are there (docs-source/issues.md: "New issue", "Creates a new project issue.").
    expect(full.operation.join('\n')).toContain('"Creates a new project issue."');
    expect(template.front).toEqual(full.front);
    expect(template.operation).toEqual(full.operation);
  });
});
