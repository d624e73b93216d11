// Shared by the browser tests and bench/docs-site.ts: Debian's Chromium driven by playwright-core,
// with every request that leaves 127.0.0.1 blocked and recorded, and console errors collected.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startDocsServer, type DocsServer } from '../../scripts/docs-server.js';
import { emitDocsSite } from '../../scripts/emit/docs-site.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Every request to anywhere but 127.0.0.1 (and data:/blob:), aborted. */
  blocked: string[];
  /** console.error messages, uncaught exceptions and failed requests. */
  errors: string[];
  /** Dialogs (alert/confirm/prompt) the page tried to open. */
  dialogs: string[];
}

export async function openWatchedPage(browser: Browser, viewport = { width: 1280, height: 800 }, options: { bypassCSP?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { context, page, blocked, errors, dialogs };
}

/** The sidebar's top-level entries: the overview, then one per tag (Redoc 3's markup). */
export const SIDEBAR_TOP_LABELS = '[data-component-name="Menu/Menu"] > [data-component-name="Menu/MenuItem"] > a [data-text]';

export async function sidebarLabels(page: Page): Promise<string[]> {
  return page.$$eval(SIDEBAR_TOP_LABELS, (labels) => labels.map((label) => label.getAttribute('data-text') ?? ''));
}

export interface OpenedDocsSite {
  /** The site's address on 127.0.0.1. */
  url: string;
  /** The page as served. */
  html: string;
  watched: WatchedPage;
  /** Closes Chromium and the server and removes the site's folder. */
  close(): Promise<void>;
}

export interface OpenDocsSiteOptions {
  /** Serve the page without its Content-Security-Policy, and have Chromium ignore any. */
  withoutCsp?: boolean;
  /** Runs in the page before any of its own scripts (a recorder, say). */
  initScript?: () => void;
  /** Where the server finds `openapi.json` and `openapi.yaml` for the page's download links. */
  specDir?: string;
}

/**
 * The docs site of `spec`, written to a fresh temp folder (named from `prefix`), served on 127.0.0.1
 * and open in a watched Chromium page once the sidebar shows its tags.
 */
export async function openDocsSite(spec: OpenAPIDocument, prefix: string, options: OpenDocsSiteOptions = {}): Promise<OpenedDocsSite> {
  const [site] = await emitDocsSite(spec);
  const html = String(site.content);
  const page = options.withoutCsp ? html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '') : html;
  if (options.withoutCsp && page === html) throw new Error('the page has no Content-Security-Policy to take out');
  const dir = await mkdtemp(join(tmpdir(), prefix));
  let server: DocsServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await writeFile(join(dir, 'index.html'), page);
    server = await startDocsServer({ root: dir, specDir: options.specDir });
    browser = await launchChromium();
    const watched = await openWatchedPage(browser, undefined, { bypassCSP: options.withoutCsp });
    if (options.initScript) await watched.page.addInitScript(options.initScript);
    await watched.page.goto(server.url);
    await watched.page.locator(SIDEBAR_TOP_LABELS).nth(1).waitFor({ state: 'visible' });
    return { url: server.url, html: page, watched, close };
  } catch (error) {
    // A failed start leaves no Chromium, server or folder behind.
    await close();
    throw error;
  }
}
