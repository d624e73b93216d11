// Nothing from the docs restyles or scripts the page, even without the Content-Security-Policy:
// the page is served without it (and Chromium told to ignore any), so only the sanitising of
// descriptions (docs-site-sanitize.ts) and Redoc stand between the payloads and the page. A
// recorder installed before any of the page's scripts notes every element that ever gets an `on*`
// attribute or an injected style, class or id, from the first node on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { openDocsSite, SIDEBAR_TOP_LABELS, type OpenedDocsSite } from './browser.js';

declare global {
  interface Window {
    __injected?: unknown;
    __pwned?: unknown;
    __recorded?: string[];
  }
}

const fixture = (name: string) => parse(readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8')) as OpenAPIDocument;

/** In the page, before its scripts: records handlers and injected styles as they appear. */
function recorder(): void {
  const recorded: string[] = [];
  window.__recorded = recorded;
  const check = (element: Element) => {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (/^on/i.test(name)) recorded.push(`${element.tagName} ${name}=${value}`);
      if (/injected/.test(value) && name !== 'data-text') recorded.push(`${element.tagName} ${name}=${value.slice(0, 80)}`);
    }
    if (element.tagName === 'STYLE' && /--injected/.test(element.textContent ?? '')) recorded.push(`STYLE ${element.textContent?.slice(0, 80)}`);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) check(record.target);
      if (record.type === 'characterData' && record.target.parentElement) check(record.target.parentElement);
      for (const node of record.addedNodes) {
        if (node instanceof Element) [node, ...node.querySelectorAll('*')].forEach(check);
        else if (node.parentElement) check(node.parentElement);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

/** Opens the tag and its operation, and every `<details>` and expander the spec's text made. */
async function openEverything(site: OpenedDocsSite): Promise<void> {
  const { page } = site.watched;
  await page.locator(SIDEBAR_TOP_LABELS).nth(1).click();
  await page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: /^New issue/ }).first().click();
  await page.locator('h2', { hasText: /^New issue/ }).first().waitFor({ state: 'visible' });
  await page.waitForTimeout(500);
}

for (const name of ['markup.yaml', 'hostile.yaml']) {
  describe(`${name} with the Content-Security-Policy off`, () => {
    let site: OpenedDocsSite;

    beforeAll(async () => {
      site = await openDocsSite(fixture(name), 'docs-site-markup-', { withoutCsp: true, initScript: recorder });
      await openEverything(site);
    });

    afterAll(() => site?.close());

    it('no element ever got an injected handler, style, class or id, and no handler ran', async () => {
      const { page } = site.watched;
      expect(await page.evaluate(() => window.__recorded)).toEqual([]);
      expect(await page.evaluate(() => [window.__injected, window.__pwned])).toEqual([undefined, undefined]);
    });

    it('the page looks as it should: body, sidebar and content shown, headings and text styled by Redoc', async () => {
      const { page } = site.watched;
      const looks = await page.evaluate(() => {
        const style = (selector: string) => {
          const element = document.querySelector(selector);
          return element ? getComputedStyle(element) : undefined;
        };
        const root = getComputedStyle(document.documentElement);
        return {
          body: style('body')?.display,
          redoc: style('#redoc')?.visibility,
          menu: style('[data-component-name="Menu/Menu"]')?.display,
          menuContent: style('.menu-content')?.display,
          fontSize: style('h2')?.fontSize,
          injected: ['info', 'info-block', 'markdoc', 'tag', 'operation', 'operation-style', 'parameter', 'response'].filter((n) => root.getPropertyValue(`--injected-${n}`) !== ''),
        };
      });
      expect(looks).toMatchObject({ body: 'block', redoc: 'visible', injected: [] });
      expect(looks.menu).not.toBe('none');
      expect(looks.menuContent).not.toBe('none');
      expect(looks.fontSize).not.toBe('0px');
      expect(await page.locator(SIDEBAR_TOP_LABELS).nth(1).isVisible()).toBe(true);
    });

    if (name === 'markup.yaml') {
      it('shows the markup as the text it is', async () => {
        const text = await site.watched.page.locator('#redoc').innerText();
        expect(text).toContain('<style>body{display:none; --injected-info: 1}</style>');
        expect(text).toContain(`<a href="#" onclick="window.__injected='operation-anchor'" class="injected-class">x</a>`);
        expect(text).toContain('{% .injected-annotation #redoc %}');
      });
    }
  });
}
