// The docs site built from this run's spec (docs-source, via the shared pipeline run), served on
// 127.0.0.1 (with the spec files, as `npm run docs` serves them) and used in headless Chromium
// with every other host blocked.
// Expectations come from the docs pages (docs-source/issues.md, merge_requests.md), not from the site.
// Operations are named by method and path (operationIds and command names are not stable).
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES_HEADING } from '../../scripts/emit/docs-site.js';
import { SPEC_ELEMENT_ID } from '../../scripts/emit/docs-site-template.js';
import type { CodeSample, OpenAPIDocument } from '../../scripts/openapi-document.js';
import { loadSpec, operations, specPath } from '../helpers/pipeline.js';
import { openDocsSite, sidebarLabels, SIDEBAR_TOP_LABELS, type OpenedDocsSite, type WatchedPage } from './browser.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const TOP_ITEM = '[data-component-name="Menu/Menu"] > [data-component-name="Menu/MenuItem"] > a';

let site: OpenedDocsSite;
let watched: WatchedPage;

beforeAll(async () => {
  site = await openDocsSite(loadSpec(), 'docs-site-browser-', { specDir: join(specPath(), '..') });
  watched = site.watched;
});

afterAll(() => site?.close());

/** The search dialog's results for `query`, one text per result. */
async function search(query: string): Promise<string[]> {
  const { page } = watched;
  await page.locator('[data-testid="search-trigger"]:not(:has-text("Loading"))').waitFor({ state: 'visible', timeout: 60_000 });
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
    // The overview first, then the pages, then GitLab's entities.
    expect(labels.slice(1, -1)).toEqual(tags);
    expect(labels.at(-1)).toBe(ENTITIES_HEADING);
    // Page titles from docs-source: `# Issues API`, `# Merge requests API`, `# Projects API`.
    expect(labels).toEqual(expect.arrayContaining(['Issues', 'Merge requests', 'Projects']));
  });

  it('lists the entities after the pages; an entity opens with its fields', async () => {
    const { page } = watched;
    await page.locator(TOP_ITEM, { hasText: new RegExp(`^${ENTITIES_HEADING}$`) }).click();
    const names = Object.keys(loadSpec().components?.schemas ?? {});
    expect(names).toEqual(expect.arrayContaining(['Issue', 'MergeRequest', 'Milestone']));
    // An entity's item is its name and a "schema" badge.
    await page.locator('[data-component-name="Menu/MenuItem"] a').filter({ has: page.locator('[data-text="Milestone"]') }).click();
    const heading = page.locator('h2', { hasText: /^Milestone$/ }).first();
    await heading.waitFor({ state: 'visible' });
    const text = await heading.locator('xpath=ancestor::div[@id][1]').innerText();
    // milestones.md:33-46, the example of a project milestone: iid (:35), title, due_date (:39), state (:41).
    for (const field of ['iid', 'title', 'due_date', 'state']) expect(text.split('\n').map((l) => l.trim())).toContain(field);
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

  it('links out of the site open in a new tab, without access to it', async () => {
    const { page } = watched;
    const links = await page.locator('#redoc a[href]').evaluateAll((anchors) =>
      anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })));
    const out = links.filter((l) => /^https?:/.test(l.href) && new URL(l.href).origin !== new URL(site.url).origin);
    // The open operation (New issue) has its Source link and issues.md's own links.
    expect(out.some((l) => l.href === 'https://docs.gitlab.com/ee/api/issues.html#new-issue')).toBe(true);
    expect(out.filter((l) => l.target !== '_blank' || !/\bnoopener\b|\bnoreferrer\b/.test(l.rel))).toEqual([]);
  });

  it("has code samples for every operation: the docs' curl call where it has one, gitlab-api and the TypeScript client", async () => {
    // The page drops its data block once read: the spec is read from the page as served.
    expect(await watched.page.locator(`#${SPEC_ELEMENT_ID}`).count()).toBe(0);
    const text = new RegExp(`<script type="application/json" id="${SPEC_ELEMENT_ID}">(.*?)</script>`).exec(site.html)?.[1] ?? '';
    const embedded = JSON.parse(text) as OpenAPIDocument;
    const ops = operations(embedded);
    expect(ops.length).toBe(operations(loadSpec()).length);
    const labels = ops.map(({ operation }) => ((operation['x-codeSamples'] ?? []) as CodeSample[]).map((s) => s.label).filter((l) => l !== 'curl (GitLab docs)'));
    expect(labels.filter((l) => l.join() !== 'gitlab-api,TypeScript client')).toEqual([]);
    // issues.md:488 shows a curl call for "New issue"; so do most operations of docs-source.
    const withCurl = ops.filter(({ operation }) => (operation['x-codeSamples'] as CodeSample[]).some((s) => s.label === 'curl (GitLab docs)'));
    expect(withCurl.length).toBeGreaterThan(ops.length / 2);
  });

  it('shows the samples of an operation in its panel, one tab each', async () => {
    const { page } = watched;
    const section = page.locator('h2', { hasText: /^New issue/ }).first().locator('xpath=ancestor::div[@id][1]');
    const panel = section.locator('.panel-request-samples').first();
    const shown: Record<string, string> = {};
    for (const label of ['curl (GitLab docs)', 'gitlab-api', 'TypeScript client']) {
      await panel.locator('button', { hasText: /^(curl \(GitLab docs\)|gitlab-api|TypeScript client)$/ }).click();
      // The menu opens outside the panel (a portal).
      await page.locator(`[role="menuitem"]:has([title="${label}"])`).filter({ visible: true }).click();
      await panel.locator('button', { hasText: label }).waitFor({ state: 'visible' });
      shown[label] = (await panel.locator('[data-component-name="CodeBlock/CodeBlockContainer"]').first().innerText()).replace(/\s+/g, ' ').trim();
    }
    // issues.md:488: `curl --request POST ... /projects/4/issues?title=Issues%20with%20auth&labels=bug`
    expect(shown['curl (GitLab docs)']).toContain('projects/4/issues?title=Issues%20with%20auth&labels=bug');
    expect(shown['gitlab-api']).toMatch(/^gitlab-api project-issue create --id 4 --title 'Issues with auth' --labels bug/);
    expect(shown['TypeScript client']).toContain(`gitlab.issues.POST('/projects/{id}/issues'`);
  });

  it('offers the published spec as JSON and YAML, downloaded from the server', async () => {
    const { page } = watched;
    await page.goto(site.url);
    await page.locator(SIDEBAR_TOP_LABELS).nth(1).waitFor({ state: 'visible' });
    for (const [name, title] of [['openapi.json', 'OpenAPI 3.1 (JSON)'], ['openapi.yaml', 'OpenAPI 3.1 (YAML)']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a', { hasText: title }).first().click()]);
      expect(download.suggestedFilename()).toBe(name);
      const saved = await download.path();
      expect(await readFile(saved, 'utf8')).toBe(await readFile(join(specPath(), '..', name), 'utf8'));
    }
  });

  // What a reader means by each query (the four): the operation must be among the first three.
  it.each([
    ['merge request', ['GET /merge_requests', 'GET /projects/{id}/merge_requests', 'POST /projects/{id}/merge_requests', 'GET /projects/{id}/merge_requests/{merge_request_iid}']],
    ['protected branch', ['GET /projects/{id}/protected_branches', 'POST /projects/{id}/protected_branches']],
    ['pipeline', ['GET /projects/{id}/pipelines', 'POST /projects/{id}/pipeline', 'GET /projects/{id}/pipelines/{pipeline_id}']],
    ['create issue', ['POST /projects/{id}/issues']],
  ])('search "%s": the operation a reader means is among the first three results', async (query, meant) => {
    const top = (await search(query)).slice(0, 3).map((r) => /^(GET|POST|PUT|PATCH|DELETE|HEAD) (\S+)/.exec(r)?.slice(1, 3).join(' ') ?? r);
    expect(top.filter((r) => meant.includes(r)).length, `${query}: ${top.join(' | ')}`).toBeGreaterThan(0);
  });

  it('search ranks both protected-branch operations of the issue in the first three', async () => {
    const top = (await search('protected branch')).slice(0, 3).join('\n');
    // protected_branches.md: "List protected branches", "Protect repository branches".
    expect(top).toContain('GET /projects/{id}/protected_branches List protected branches');
    expect(top).toContain('POST /projects/{id}/protected_branches Protect repository branches');
  });

  it('search finds a response field through its entity (response fields are indexed once, on the entity)', async () => {
    // merge_requests.md's responses carry `merged_by` (line 449): the entity MergeRequest holds it.
    const results = await search('merged_by');
    expect(results[0], results.slice(0, 3).join(' | ')).toMatch(/\bMergeRequest\b/);
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
