// The docs site for the whole docs-source spec, beside a plain Redoc build of the same spec in the
// same run (`redocly build-docs` of the site's copy of the spec, as the project built it before the
// cached template): build time, size, and in headless Chromium (no network) the time from load
// until the sidebar shows every tag and until search is ready, the time to open an operation from
// the sidebar (click -> its heading in view), a deep link to it in a fresh tab, and memory.
// Beside the wall times, the page's CPU time for the load and the opening (Chromium's counters, no
// trace: tracing slowed the load it measured): on a shared machine the wall times grow with the
// load, these much less.
// DOCS_SITE_BEFORE=<file> measures another build of the site in the same run too, as a third column
// (`git show main:generated/docs/index.html > /tmp/before.html`): a change's before and after.
// The pages' loads are interleaved (one of each in turn): the machine's speed moves within a run.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startDocsServer, type DocsServer } from '../scripts/docs-server.js';
import { emitDocsSite, siteSpec } from '../scripts/emit/docs-site.js';
import { buildRedocHtml } from '../scripts/emit/docs-site-template.js';
import type { OpenAPIDocument } from '../scripts/openapi-document.js';
import { buildSpec } from '../scripts/spec-stage.js';
import { launchChromium, openWatchedPage, SIDEBAR_TOP_LABELS } from '../test/docs-site/browser.js';
import { median } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILDS = 3;
/** Loads of each page: a multiple of 2 and 3, so that with two or three pages each follows each as often. */
const LOADS = 6;
const SETTLE_MS = 500;
/** The operation opened: issues.md, "New issue". */
const TAG = /^Issues$/;
const OPERATION = 'New issue';

interface BrowserFigures {
  sidebarMs: number;
  searchReadyMs: number;
  /** Main-thread CPU from the navigation until search is ready. */
  searchReadyCpuMs: number;
  /** The renderer's CPU (every thread: V8's compilers, the collector) until search is ready. */
  searchReadyRendererCpuMs: number;
  openMs: number;
  /** Main-thread CPU from the click until the operation is in view. */
  openCpuMs: number;
  deepLinkMs: number;
  heapMB: number;
  domNodes: number;
  problems: string[];
}

async function headingInView(page: Page): Promise<void> {
  // One check in the page: a heading that React replaces between two steps counts as well (a
  // locator's element handle waited 30 s for one that plain Redoc had re-rendered, on a loaded machine).
  await page.waitForFunction((text) => [...document.querySelectorAll('h2')].some((h) => {
    if (!(h.textContent ?? '').trim().startsWith(text) || h.getClientRects().length === 0) return false;
    const top = h.getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  }), OPERATION, { timeout: 60_000 });
}

/**
 * The load's waits check at every frame. A locator's `waitFor` checks after 0, 20, 50, 100 and
 * 100 ms, then every 500 ms: up to half a second that was in the load figures, more in the slower
 * column's.
 */
const EVERY_FRAME = { polling: 'raf', timeout: 120_000 } as const;

/**
 * The page's CPU so far, in ms, from Chromium's own counters (`Performance.getMetrics`): `ThreadTime`
 * is the renderer's main thread, `ProcessTime` the whole renderer (V8's compiler and collector
 * threads too). Read without tracing: a trace of the load (as the bench took before) made the load
 * itself slower, see docs/site.md.
 */
async function pageCpu(cdp: CDPSession): Promise<{ main: number; renderer: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { main: value('ThreadTime'), renderer: value('ProcessTime') };
}

/** A page's samples, one per load. */
interface Samples {
  figures: Record<'sidebar' | 'search' | 'searchCpu' | 'searchRendererCpu' | 'open' | 'openCpu' | 'deep' | 'heap' | 'nodes', number[]>;
  problems: string[];
  deepUrl: string;
}

/** One load of the page at `url`: until the sidebar shows and search is ready, then an operation opened, then a deep link to it. */
async function loadOnce(browser: Browser, url: string, tags: number, samples: Samples): Promise<void> {
  const watched = await openWatchedPage(browser);
  const { page, context } = watched;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The page's renderer is a new process, whose counters start near 0; what about:blank used is
  // taken off all the same.
  const blank = await pageCpu(cdp);
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(([selector, n]) => {
    const label = document.querySelectorAll(selector)[n];
    return label !== undefined && label.getClientRects().length > 0;
  }, [SIDEBAR_TOP_LABELS, tags] as const, EVERY_FRAME);
  samples.figures.sidebar.push(performance.now() - start);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="search-trigger"]')]
    .some((trigger) => trigger.getClientRects().length > 0 && !(trigger.textContent ?? '').includes('Loading')), null, EVERY_FRAME);
  samples.figures.search.push(performance.now() - start);
  const ready = await pageCpu(cdp);
  samples.figures.searchCpu.push(ready.main - Math.min(blank.main, ready.main));
  samples.figures.searchRendererCpu.push(ready.renderer - Math.min(blank.renderer, ready.renderer));
  const { metrics } = await cdp.send('Performance.getMetrics');
  samples.figures.heap.push((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20);
  samples.figures.nodes.push(metrics.find((m) => m.name === 'Nodes')?.value ?? 0);
  // A reader opens the tag, then the operation: from that click to the operation in view.
  await page.locator(SIDEBAR_TOP_LABELS, { hasText: TAG }).click();
  const item = page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: new RegExp(`^${OPERATION}`) }).first();
  await item.waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  const beforeClick = await pageCpu(cdp);
  const click = performance.now();
  await item.click();
  await headingInView(page);
  samples.figures.open.push(performance.now() - click);
  samples.figures.openCpu.push((await pageCpu(cdp)).main - beforeClick.main);
  samples.deepUrl ||= page.url();
  samples.problems.push(...watched.blocked.map((u) => `blocked ${u}`), ...watched.errors);
  await context.close();

  // A deep link opened in a fresh tab, as from a bookmark: until the operation's heading is in view.
  const deep = await openWatchedPage(browser);
  const deepStart = performance.now();
  await deep.page.goto(samples.deepUrl, { waitUntil: 'commit' });
  await headingInView(deep.page);
  samples.figures.deep.push(performance.now() - deepStart);
  await deep.context.close();
}

/**
 * The pages' figures, their loads interleaved (one load of each in turn, LOADS times, each round
 * starting one page later), so that each sees the same moments of a machine whose speed moves.
 */
async function measureInBrowser(browser: Browser, pages: string[], tags: number): Promise<BrowserFigures[]> {
  const served: { dir: string; server: DocsServer; samples: Samples }[] = [];
  try {
    for (const html of pages) {
      const dir = await mkdtemp(join(tmpdir(), 'bench-docs-site-'));
      await writeFile(join(dir, 'index.html'), html);
      const samples: Samples = { figures: { sidebar: [], search: [], searchCpu: [], searchRendererCpu: [], open: [], openCpu: [], deep: [], heap: [], nodes: [] }, problems: [], deepUrl: '' };
      served.push({ dir, server: await startDocsServer({ root: dir }), samples });
    }
    for (let i = 0; i < LOADS; i++) {
      // Each round starts one page later: a load runs slower or faster by what ran just before it
      // (two loads of the same page differed by a quarter when always measured in the same places).
      for (let k = 0; k < served.length; k++) {
        const { server, samples } = served[(i + k) % served.length];
        // The previous load's tabs close in the background: a moment for that to end.
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        await loadOnce(browser, server.url, tags, samples);
      }
    }
  } finally {
    for (const { server, dir } of served) {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  return served.map(({ samples: { figures, problems } }) => ({
    sidebarMs: median(figures.sidebar),
    searchReadyMs: median(figures.search),
    searchReadyCpuMs: median(figures.searchCpu),
    searchReadyRendererCpuMs: median(figures.searchRendererCpu),
    openMs: median(figures.open),
    openCpuMs: median(figures.openCpu),
    deepLinkMs: median(figures.deep),
    heapMB: median(figures.heap),
    domNodes: median(figures.nodes),
    problems: [...new Set(problems)],
  }));
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export async function run(): Promise<void> {
  const doc: OpenAPIDocument = (await buildSpec(`${ROOT}docs-source`, { cacheDir: false })).document;
  const tags = (doc.tags ?? []).length;
  const operations = Object.values(doc.paths ?? {}).reduce((n, item) => n + Object.keys(item as object).filter((k) => k !== 'parameters').length, 0);

  // Builds: a plain build-docs of the site's spec; ours without the template cache (the template
  // built once: what a new Redoc version or option costs), then with it (every other build).
  const plainBuilds: number[] = [];
  let plain = '';
  for (let i = 0; i < BUILDS; i++) {
    const { ms, result } = await time(() => buildRedocHtml(siteSpec(doc)));
    plainBuilds.push(ms);
    plain = result;
  }
  const cacheDir = await mkdtemp(join(tmpdir(), 'bench-docs-site-cache-'));
  const cold = await time(() => emitDocsSite(doc, { cacheDir }));
  const warmBuilds: number[] = [];
  let site = '';
  for (let i = 0; i < BUILDS; i++) {
    const { ms, result } = await time(() => emitDocsSite(doc, { cacheDir }));
    warmBuilds.push(ms);
    site = String(result[0].content);
  }
  await rm(cacheDir, { recursive: true, force: true });

  const beforeFile = process.env.DOCS_SITE_BEFORE;
  const before = beforeFile ? await readFile(beforeFile, 'utf8') : undefined;
  const browser = await launchChromium();
  let figures: BrowserFigures[];
  try {
    figures = await measureInBrowser(browser, before === undefined ? [plain, site] : [plain, before, site], tags);
  } finally {
    await browser.close();
  }
  const [base, ours, earlier] = before === undefined ? [figures[0], figures[1]] : [figures[0], figures[2], figures[1]];
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  // The ratio is the site's to plain Redoc's; with a build from before, the site's to that one's too.
  const row = (label: string, plainValue: string, oursValue: string, ratio: number, beforeValue?: string, toBefore?: number) =>
    console.log(`  ${label.padEnd(40)} ${plainValue.padStart(12)} ${before === undefined ? '' : `${(beforeValue ?? '').padStart(12)} `}${oursValue.padStart(12)}   ${ratio.toFixed(2)}x${toBefore === undefined ? '' : `   ${toBefore.toFixed(2)}x`}`);
  const page = (label: string, value: (f: BrowserFigures) => number, show: (n: number) => string) =>
    row(label, show(value(base)), show(value(ours)), value(ours) / value(base), earlier && show(value(earlier)), earlier && value(ours) / value(earlier));
  console.log(`docs site of docs-source: ${operations} operations, ${tags} tags`);
  console.log(`(builds: median of ${BUILDS}; browser: median of ${LOADS} loads of each page, interleaved, in headless Chromium, 1280x800, no network)`);
  if (beforeFile) console.log(`(before: ${beforeFile})`);
  console.log(`  ${''.padEnd(40)} ${'plain Redoc'.padStart(12)} ${before === undefined ? '' : `${'before'.padStart(12)} `}${'the site'.padStart(12)}   ratio${before === undefined ? '' : '   to before'}`);
  row('build', ms(median(plainBuilds)), ms(median(warmBuilds)), median(warmBuilds) / median(plainBuilds));
  row('build, template not cached yet', ms(median(plainBuilds)), ms(cold.ms), cold.ms / median(plainBuilds));
  const size = (html: string) => Buffer.byteLength(html);
  const gzipped = (html: string) => gzipSync(html).length;
  row('size', kb(size(plain)), kb(size(site)), size(site) / size(plain), before === undefined ? undefined : kb(size(before)), before === undefined ? undefined : size(site) / size(before));
  row('size gzipped', kb(gzipped(plain)), kb(gzipped(site)), gzipped(site) / gzipped(plain), before === undefined ? undefined : kb(gzipped(before)), before === undefined ? undefined : gzipped(site) / gzipped(before));
  page('load -> sidebar with every tag', (f) => f.sidebarMs, ms);
  page('load -> search ready', (f) => f.searchReadyMs, ms);
  page('  main-thread CPU', (f) => f.searchReadyCpuMs, ms);
  page('  renderer CPU, every thread', (f) => f.searchReadyRendererCpuMs, ms);
  page(`open "${OPERATION}" from the sidebar`, (f) => f.openMs, ms);
  page('  main-thread CPU', (f) => f.openCpuMs, ms);
  page('deep link -> operation in view', (f) => f.deepLinkMs, ms);
  page('JS heap after load', (f) => f.heapMB, (n) => `${n.toFixed(1)} MiB`);
  page('DOM nodes after load', (f) => f.domNodes, String);
  // The plain build fetches Redoc's logo from a CDN (blocked here); the site must need nothing.
  const problems = ours.problems;
  console.log(problems.length === 0 ? '  the site: no request left 127.0.0.1, no console errors' : `  PROBLEMS of the site:\n    ${problems.join('\n    ')}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) await run();
