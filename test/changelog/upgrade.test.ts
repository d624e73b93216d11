// A real upgrade: docs-source (GitLab 11.x) against docs-versions/current (17.x), the
// merge_requests and projects pages, each given as one page (its folder read beside it, as
// `npm run changelog -- OLD.md NEW.md` does). Every breaking entry below was read against both
// pages, with the lines that show it. An entry that is an artefact of the spec (not of the docs) goes in
// a PENDING list with the issue that removes it; none is left since issues 12, 13 and 14: response
// bodies are GitLab's entities (a field the older docs did not always show is `no-longer-shown`, not
// removed), enums come from prose, operationIds from method and path.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { changelog, formatMarkdown, type ChangelogReport } from '../../scripts/changelog/index.js';
import { loadSide } from '../../scripts/changelog-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OLD = join(ROOT, 'docs-source');
const NEW = join(ROOT, 'docs-versions/current');

async function compare(page: string): Promise<ChangelogReport> {
  const [base, revision] = await Promise.all([loadSide(join(OLD, page)), loadSide(join(NEW, page))]);
  return changelog(base.document, revision.document, { baseRoutes: base.folderRoutes, revisionRoutes: revision.folderRoutes });
}

/** `METHOD path id subject` of each change at `level`. */
function entries(report: ChangelogReport, level: string): string[] {
  return report.changes.filter((c) => c.level === level).map((c) => [c.method, c.path, c.id, c.subject ?? ''].join(' ').trim());
}

type Reasoned = Record<string, string>;

/**
 * Checks the breaking entries: each one expected is there, and each other one is a known artefact
 * that another issue removes.
 */
function checkBreaking(report: ChangelogReport, expected: Reasoned, pending: Reasoned): void {
  const breaking = entries(report, 'breaking');
  expect(breaking.filter((e) => !(e in expected) && !(e in pending))).toEqual([]);
  expect(Object.keys(expected).filter((e) => !breaking.includes(e))).toEqual([]);
}

const MR = '/projects/{id}/merge_requests/{merge_request_iid}';

describe('merge_requests.md, 11.x -> 17.x', () => {
  let report: ChangelogReport;
  beforeAll(async () => {
    report = await compare('merge_requests.md');
  }, 120_000);

  /** The true breaking changes, read against both pages. */
  const EXPECTED: Reasoned = {
    // docs-source/merge_requests.md:1069 `PUT .../cancel_merge_when_pipeline_succeeds`;
    // docs-versions/current/merge_requests.md:2680 `POST`, 201 at :2694. One change: the
    // success status and the operationId go with the method.
    [`POST ${MR}/cancel_merge_when_pipeline_succeeds operation-method-changed`]: 'the method changed',
    // docs-source/merge_requests.md:1199-1240 "List issues that will close on merge" shows one issue
    // with `"changes_count": "1"` (:1239), its only example of that entity on the page, so the page
    // documents it as always there; the 17.x example (:2982-3060) has none. (It is a merge request's
    // field: issues.md shows no issue with it, but the page is compared alone.)
    [`GET ${MR}/closes_issues response-property-removed [].changes_count`]: 'the 11.x page documents it',
  };

  /** Artefacts of the spec, each with the issue that removes it: none left. */
  const PENDING: Reasoned = {};

  it('has no breaking entry but the true ones and the known artefacts of other issues', () => {
    checkBreaking(report, EXPECTED, PENDING);
  });

  it('has exactly the true breaking entries', () => {
    expect(entries(report, 'breaking')).toEqual(Object.keys(EXPECTED));
  });

  it('finds the operations 17.x added, and the one it deprecates', () => {
    const added = report.changes.filter((c) => c.id === 'operation-added').map((c) => `${c.method} ${c.path}`);
    // docs-versions/current/merge_requests.md headings: :978, :1107, :1367, :1396, :1548, :1881,
    // :1958, :2050, :2638, :2840, :3075.
    expect(added.sort()).toEqual([
      `DELETE ${MR}/blocks/{block_id}`,
      `GET ${MR}/blockees`,
      `GET ${MR}/blocks`,
      `GET ${MR}/diffs`,
      `GET ${MR}/merge_ref`,
      `GET ${MR}/raw_diffs`,
      `GET ${MR}/related_issues`,
      `GET ${MR}/reviewers`,
      `POST ${MR}/blocks`,
      `POST ${MR}/pipelines`,
      `PUT ${MR}/rebase`,
    ]);
    // :1744 "This endpoint was deprecated in GitLab 15.7".
    expect(entries(report, 'non-breaking')).toContain(`GET ${MR}/changes operation-deprecated`);
    expect(entries(report, 'unverified')).toEqual([]);
  });

  it('says that null-valued fields of the 17.x example may be null, not that their fields are gone', () => {
    // :754 "merged_by": null, :775 "assignee": null, :782 "milestone": null; 11.x showed objects (docs-source:401, :416, :449).
    const single = entries(report, 'non-breaking').filter((e) => e.startsWith(`GET ${MR} `));
    for (const name of ['assignee', 'merged_by', 'milestone']) expect(single).toContain(`GET ${MR} response-property-became-nullable ${name}`);
    // Their fields are the entities' (UserBasic, Milestone), read from every example of the page: none
    // is removed. What changed is what 17.x shows of them elsewhere: a user's `"locked": false`
    // (:360), a milestone's `"expired": false` and `"start_date": null` (:1325-1326), none in 11.x.
    const nested = report.changes.filter((c) => /^(\[\]\.)?(assignee|merged_by|milestone)\./.test(c.subject ?? ''));
    expect(nested.filter((c) => c.level !== 'non-breaking' || /removed|no-longer/.test(c.id))).toEqual([]);
    expect(new Set(nested.filter((c) => c.path === MR && c.method === 'GET').map((c) => `${c.id} ${c.subject}`))).toEqual(new Set([
      'response-property-added assignee.locked',
      'response-property-added merged_by.locked',
      'response-property-added milestone.expired',
      'response-property-became-nullable milestone.start_date',
    ]));
  });

  it('reports the response fields 17.x deprecates', () => {
    // :754 `merged_by` "Deprecated and will be removed in API v5. Use merge_user instead"; the
    // response attributes table deprecates merge_status, work_in_progress and reference (:718).
    for (const name of ['merged_by', 'merge_status', 'work_in_progress']) {
      expect(entries(report, 'non-breaking')).toContain(`GET ${MR} response-property-deprecated ${name}`);
    }
    // No 11.x example shows `reference` (docs-source/merge_requests.md has none): added, deprecated already.
    expect(entries(report, 'non-breaking')).toContain(`GET ${MR} response-property-added reference`);
    expect(entries(report, 'non-breaking')).not.toContain(`GET ${MR} response-property-deprecated reference`);
  });

  it('says repeated additions once in the Markdown; the JSON keeps each', () => {
    const markdown = formatMarkdown(report);
    // `draft` appears in 17.x in every merge request response (17 examples), in none of 11.x.
    const line = markdown.split('\n').find((l) => l.includes("operations' responses gained `draft`"));
    expect(line).toMatch(/^- \d+ operations' responses gained `draft`: `GET \/groups\/\{id\}\/merge_requests`, /);
    const count = Number(/^- (\d+)/.exec(line!)![1]);
    expect(report.changes.filter((c) => c.id === 'response-property-added' && c.subject?.replace(/^\[\]\./, '') === 'draft')).toHaveLength(count);
    expect(markdown.split('\n').filter((l) => l.includes('`draft`'))).toHaveLength(1);
  });
});

describe('projects.md, 11.x -> 17.x', () => {
  let report: ChangelogReport;
  beforeAll(async () => {
    report = await compare('projects.md');
  }, 120_000);

  it('has no breaking entry at all', () => {
    // The 17.x "List all projects" example (:343-600) is shorter than 11.x's (docs-source/projects.md:112,
    // :145, :152 show owner, runners_token, statistics); the same project entity has them in 17.x's
    // "Get a single project" (:97, :168, :226), so nothing of them is reported gone.
    expect(entries(report, 'breaking')).toEqual([]);
    const all = report.changes.map((c) => [c.method, c.path, c.id, c.subject ?? ''].join(' '));
    expect(all.filter((e) => /^GET \/projects (\S+) \[\]\.(owner|runners_token|statistics)$/.test(e))).toEqual([]);
    // 17.x's "Edit project" shares its route with "Upload a project avatar", whose example is
    // `{"avatar_url": ...}` (:2355); 11.x's had no example and took the route's project: the older
    // docs did not show its fields, so they are no longer shown, not removed.
    expect(entries(report, 'non-breaking')).toContain('PUT /projects/{id} response-property-no-longer-shown name');
  });

  it('reports the hooks, which went to project_webhooks.md (in the folder), as moved, not removed', () => {
    // docs-source/projects.md:1361-1470; docs-versions/current/project_webhooks.md.
    expect(report.changes.filter((c) => c.id === 'operation-moved').map((c) => `${c.method} ${c.path} ${c.from} -> ${c.to}`)).toEqual([
      'GET /projects/{id}/hooks projects.md -> project_webhooks.md',
      'POST /projects/{id}/hooks projects.md -> project_webhooks.md',
      'GET /projects/{id}/hooks/{hook_id} projects.md -> project_webhooks.md',
      'PUT /projects/{id}/hooks/{hook_id} projects.md -> project_webhooks.md',
      'DELETE /projects/{id}/hooks/{hook_id} projects.md -> project_webhooks.md',
    ]);
  });

  it('says the routes no page of the current folder has may have moved: forks, starring, uploads', () => {
    // GitLab moved them to project_forks.md, project_starring.md and project_markdown_uploads.md, which
    // docs-versions/current does not hold; the page alone cannot tell a move from a removal.
    expect(entries(report, 'unverified')).toEqual([
      'POST /projects/{id}/fork operation-removed-from-page',
      'DELETE /projects/{id}/fork operation-removed-from-page',
      'POST /projects/{id}/fork/{forked_from_id} operation-removed-from-page',
      'GET /projects/{id}/forks operation-removed-from-page',
      'POST /projects/{id}/star operation-removed-from-page',
      'POST /projects/{id}/unstar operation-removed-from-page',
      'POST /projects/{id}/uploads operation-removed-from-page',
    ]);
  });
});
