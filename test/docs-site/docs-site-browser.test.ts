// The docs site built from this run's spec (docs-source, via the shared pipeline run), served on
// 127.0.0.1 and used in headless Chromium with every other host blocked.
// Expectations come from the docs pages (docs-source/issues.md, merge_requests.md), not from the site.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../helpers/pipeline.js';
import { openDocsSite, sidebarLabels, SIDEBAR_TOP_LABELS, type OpenedDocsSite, type WatchedPage } from './browser.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const TOP_ITEM = '[data-component-name="Menu/Menu"] > [data-component-name="Menu/MenuItem"] > a';

let site: OpenedDocsSite;
let watched: WatchedPage;

beforeAll(async () => {
  site = await openDocsSite(loadSpec(), 'docs-site-browser-');
  watched = site.watched;
});

afterAll(() => site?.close());

/** The search dialog's results for `query`, one text per result. */
async function search(query: string): Promise<string[]> {
  const { page } = watched;
  await page.locator('[data-testid="search-trigger"]').click();
  const input = page.locator('input[placeholder^="Search"]');
  await input.fill(query);
  const items = page.locator('[data-component-name="Search/SearchItem"]');
  await items.first().waitFor({ state: 'visible' });
  const texts = await items.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText.replace(/\s+/g, ' ')));
  await page.keyboard.press('Escape');
  return texts;
}

describe('docs site in Chromium (spec from docs-source)', () => {
  it('the sidebar lists every tag of the spec, in order, after the overview', async () => {
    const tags = (loadSpec().tags ?? []).map((t) => t.name);
    expect(tags.length).toBeGreaterThan(50);
    const labels = await sidebarLabels(watched.page);
    expect(labels.slice(1)).toEqual(tags);
    // Page titles from docs-source: `# Issues API`, `# Merge requests API`, `# Projects API`.
    expect(labels).toEqual(expect.arrayContaining(['Issues', 'Merge requests', 'Projects']));
  });

  it('clicking an operation shows its parameters', async () => {
    const { page } = watched;
    await page.locator(TOP_ITEM, { hasText: /^Issues$/ }).click();
    await page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: /^New issue/ }).first().click();
    const heading = page.locator('h2', { hasText: /^New issue/ }).first();
    await heading.waitFor({ state: 'visible' });
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
    const section = heading.locator('xpath=ancestor::div[@id][1]');
    const text = await section.innerText();
    // issues.md, "New issue": POST /projects/:id/issues and its attribute table.
    expect(text).toContain('/projects/{id}/issues');
    for (const name of ['id', 'title', 'description', 'confidential', 'assignee_ids', 'milestone_id', 'labels', 'due_date']) {
      expect(text.split('\n').map((l) => l.trim())).toContain(name);
    }
    // The auth schemes, and the example response of issues.md ("title" : "Issues with auth").
    expect(text).toContain('PrivateToken');
    expect(text).toContain('JobToken');
    expect(text).toContain('Issues with auth');
    const source = section.locator('a', { hasText: 'GitLab docs: issues.md, line' });
    expect(await source.getAttribute('href')).toBe('https://docs.gitlab.com/ee/api/issues.html#new-issue');
    // issues.md writes it `[URL-encoded path of the project](README.md#namespaced-path-encoding)`.
    const encoding = section.locator('a', { hasText: 'URL-encoded path of the project' }).first();
    expect(await encoding.getAttribute('href')).toBe('https://docs.gitlab.com/ee/api/README.html#namespaced-path-encoding');
    // No link in the operation leads to the local server (where no docs pages are).
    const hrefs = await section.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^(https?:|#)/.test(h))).toEqual([]);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'docs-site-operation.png') });
  });

  it('search finds "create issue" and "merge request"', async () => {
    const issues = await search('create issue');
    expect(issues.some((r) => r.includes('POST /projects/{id}/issues') && r.includes('New issue'))).toBe(true);
    const mergeRequests = await search('merge request');
    // merge_requests.md: "## Create MR", POST /projects/:id/merge_requests.
    expect(mergeRequests.some((r) => r.includes('/projects/{id}/merge_requests'))).toBe(true);
  });

  it('writes a screenshot of the front page to test-artifacts/', async () => {
    const { page } = watched;
    await page.goto(site.url);
    await page.locator(SIDEBAR_TOP_LABELS).nth(1).waitFor({ state: 'visible' });
    const path = join(ARTIFACTS, 'docs-site.png');
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path });
    expect((await stat(path)).size).toBeGreaterThan(10_000);
  });

  it('needed nothing from the network and logged no errors in all of the above', () => {
    expect(watched.blocked).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.dialogs).toEqual([]);
  });
});
