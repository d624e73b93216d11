// The docs site for the whole docs-source spec: build time, size, and in headless Chromium the time
// until the sidebar (every tag) and the first tag's operations are visible, a deep link to one
// operation until its parameters show, search readiness, and memory (CDP Performance.getMetrics).
// Baseline, measured in the same run: the same for the 7-operation fixture spec, so the ratios
// show what the ~540 operations cost on top of Redoc's fixed cost.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { startDocsServer } from '../scripts/docs-server.js';
import { emitDocsSite } from '../scripts/emit/docs-site.js';
import type { OpenAPIDocument } from '../scripts/openapi-document.js';
import { toOpenAPI } from '../scripts/openapi/index.js';
import { listPages, readPages } from '../scripts/pages.js';
import { parseDocs } from '../scripts/parse/index.js';
import { launchChromium, openWatchedPage, SIDEBAR_TOP_LABELS } from '../test/docs-site/browser.js';
import { median } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILDS = 3;
const LOADS = 5;

/** The spec cut down to one tag: what one page of a page-per-tag site would hold. */
function onlyTag(doc: OpenAPIDocument, tag: string): OpenAPIDocument {
  const paths: Record<string, object> = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const kept = Object.entries(item as Record<string, { tags?: string[] }>).filter(([, op]) => op?.tags?.includes(tag));
    if (kept.length > 0) paths[path] = Object.fromEntries(kept);
  }
  return { ...doc, paths, tags: (doc.tags ?? []).filter((t) => t.name === tag) } as OpenAPIDocument;
}

function countOperations(doc: OpenAPIDocument): number {
  return Object.values(doc.paths ?? {}).reduce((n, item) => n + Object.keys(item as object).filter((k) => k !== 'parameters').length, 0);
}

interface SiteFigures {
  operations: number;
  tags: number;
  buildMs: number;
  bytes: number;
  gzipBytes: number;
  sidebarMs: number;
  firstOperationMs: number;
  deepLinkMs: number;
  searchReadyMs: number;
  heapMB: number;
  domNodes: number;
  problems: string[];
}

async function measureSite(browser: Browser, doc: OpenAPIDocument, deepLinkSummary: string): Promise<SiteFigures> {
  const builds: number[] = [];
  let html = '';
  for (let i = 0; i < BUILDS; i++) {
    const start = performance.now();
    const [site] = await emitDocsSite(doc);
    builds.push(performance.now() - start);
    html = String(site.content);
  }
  const dir = await mkdtemp(join(tmpdir(), 'bench-docs-site-'));
  await writeFile(join(dir, 'index.html'), html);
  const server = await startDocsServer({ root: dir });
  const tags = (doc.tags ?? []).length;
  const sidebar: number[] = [];
  const firstOperation: number[] = [];
  const deepLink: number[] = [];
  const searchReady: number[] = [];
  const heap: number[] = [];
  const nodes: number[] = [];
  const problems: string[] = [];
  let deepUrl = '';
  try {
    for (let i = 0; i < LOADS; i++) {
      const watched = await openWatchedPage(browser);
      const { page, context } = watched;
      const start = performance.now();
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.locator(SIDEBAR_TOP_LABELS).nth(tags).waitFor({ state: 'visible' });
      sidebar.push(performance.now() - start);
      // The first tag's section lists its operations (method + path) on the front page.
      await page.locator('#api-content a[href^="#/"] [data-component-name="Tag/Tag"]').first().waitFor({ state: 'visible' });
      firstOperation.push(performance.now() - start);
      await page.locator('[data-testid="search-trigger"]:not(:has-text("Loading"))').waitFor({ state: 'visible', timeout: 60_000 });
      searchReady.push(performance.now() - start);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      heap.push((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20);
      nodes.push(metrics.find((m) => m.name === 'Nodes')?.value ?? 0);
      if (!deepUrl) {
        await page.locator('[data-component-name="Menu/Menu"] > [data-component-name="Menu/MenuItem"] > a', { hasText: /^Issues$/ }).click();
        await page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: new RegExp(`^${deepLinkSummary}`) }).first().click();
        await page.locator('h2', { hasText: new RegExp(`^${deepLinkSummary}`) }).first().waitFor({ state: 'visible' });
        deepUrl = page.url();
      }
      problems.push(...watched.blocked.map((u) => `blocked ${u}`), ...watched.errors);
      await context.close();

      // A deep link opened in a fresh tab, as from a bookmark: until the operation's heading shows.
      const deep = await openWatchedPage(browser);
      const deepStart = performance.now();
      await deep.page.goto(deepUrl, { waitUntil: 'commit' });
      const heading = deep.page.locator('h2', { hasText: new RegExp(`^${deepLinkSummary}`) }).first();
      await heading.waitFor({ state: 'visible' });
      await deep.page.waitForFunction((el) => {
        const top = el?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight;
      }, await heading.elementHandle());
      deepLink.push(performance.now() - deepStart);
      await deep.context.close();
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return {
    operations: countOperations(doc),
    tags,
    buildMs: median(builds),
    bytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html).length,
    sidebarMs: median(sidebar),
    firstOperationMs: median(firstOperation),
    deepLinkMs: median(deepLink),
    searchReadyMs: median(searchReady),
    heapMB: median(heap),
    domNodes: median(nodes),
    problems: [...new Set(problems)],
  };
}

export async function run(): Promise<void> {
  const docs = `${ROOT}docs-source`;
  const { pages } = await readPages(docs, await listPages(docs));
  const real = toOpenAPI(parseDocs(pages)).document;
  const fixture = parse(await readFile(`${ROOT}test/docs-site/fixtures/small.yaml`, 'utf8')) as OpenAPIDocument;

  const browser = await launchChromium();
  try {
    const base = await measureSite(browser, fixture, 'New issue');
    const site = await measureSite(browser, real, 'New issue');
    // The alternative issue 5 asks about: one page per tag (here the Issues page) plus an index.
    const perTag = await measureSite(browser, onlyTag(real, 'Issues'), 'New issue');
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    const row = (label: string, value: string, ratio?: number) =>
      console.log(`  ${label.padEnd(44)} ${value.padStart(12)}${ratio === undefined ? '' : `  (${ratio.toFixed(2)}x baseline)`}`);
    console.log(`docs site: docs-source spec, ${site.operations} operations, ${site.tags} tags; baseline: fixture spec, ${base.operations} operations`);
    console.log(`(build: median of ${BUILDS}; browser: median of ${LOADS} loads in headless Chromium, 1280x800, no network)`);
    row('build (redocly build-docs + hardening)', `${site.buildMs.toFixed(0)} ms`, site.buildMs / base.buildMs);
    row('size of docs/index.html', kb(site.bytes), site.bytes / base.bytes);
    row('size gzipped', kb(site.gzipBytes), site.gzipBytes / base.gzipBytes);
    row('load -> sidebar with every tag visible', `${site.sidebarMs.toFixed(0)} ms`, site.sidebarMs / base.sidebarMs);
    row('load -> first operation visible', `${site.firstOperationMs.toFixed(0)} ms`, site.firstOperationMs / base.firstOperationMs);
    row('deep link -> operation heading in view', `${site.deepLinkMs.toFixed(0)} ms`, site.deepLinkMs / base.deepLinkMs);
    row('load -> search ready', `${site.searchReadyMs.toFixed(0)} ms`, site.searchReadyMs / base.searchReadyMs);
    row('JS heap used after load', `${site.heapMB.toFixed(1)} MiB`, site.heapMB / base.heapMB);
    row('DOM nodes after load', `${site.domNodes}`, site.domNodes / base.domNodes);
    console.log(`one page per tag, the Issues page alone (${perTag.operations} operations):`);
    row('build of that one page', `${perTag.buildMs.toFixed(0)} ms`, perTag.buildMs / base.buildMs);
    row('size', kb(perTag.bytes), perTag.bytes / base.bytes);
    row('load -> first operation visible', `${perTag.firstOperationMs.toFixed(0)} ms`, perTag.firstOperationMs / base.firstOperationMs);
    row('deep link -> operation heading in view', `${perTag.deepLinkMs.toFixed(0)} ms`, perTag.deepLinkMs / base.deepLinkMs);
    row('JS heap used after load', `${perTag.heapMB.toFixed(1)} MiB`, perTag.heapMB / base.heapMB);
    console.log(`  a page-per-tag site: ${site.tags} such pages, about ${kb(perTag.bytes * site.tags)} and ${((perTag.buildMs * site.tags) / 1000).toFixed(0)} s of builds`);
    const problems = [...base.problems, ...site.problems, ...perTag.problems];
    console.log(problems.length === 0 ? '  no request left 127.0.0.1, no console errors' : `  PROBLEMS:\n    ${problems.join('\n    ')}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) await run();
