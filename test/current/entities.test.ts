// Golden tests of the response model on today's pages (docs-versions/current): the entities merge
// the examples with the response-attribute tables (types, descriptions, deprecations), and the
// changelog from GitLab 11.x's merge_requests.md no longer reports the fields of `assignee`,
// `merged_by` or `milestone` as removed. Every expectation was written by reading the pages at the
// lines in the comments.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../../scripts/generate.js';
import { changelog, type ChangelogReport } from '../../scripts/changelog/index.js';
import { loadDocument } from '../../scripts/changelog-cli.js';
import { body, field } from '../helpers/entities.js';
import { CURRENT, currentRun } from './pipeline.js';

let run: GenerateResult;
beforeAll(async () => {
  run = await currentRun();
}, 120_000);

const f = (entity: string, key: string) => field(run.document, entity, key);
const property = (entity: string, key: string) => (run.document.components!.schemas as Record<string, any>)[entity].properties[key];

describe('merge_requests.md: the merge request, from its examples and its tables', () => {
  it('types the table gives where the examples only show null', () => {
    // `"closed_at": null` (line 760) in every example; the table: `closed_at | datetime` (line 688).
    expect(f('MergeRequest', 'closed_at')).toBe('string(date-time)?*');
    // `"merge_commit_sha": null` (line 190); the table: `merge_commit_sha | string` (line 707).
    expect(f('MergeRequest', 'merge_commit_sha')).toBe('string?*');
  });

  it('the users and the milestone are entities, null where an example shows null', () => {
    // `"merged_by": {` (line 106), `"merged_by": null` (line 754); the same basic user as `author`.
    expect(f('MergeRequest', 'merged_by')).toBe('$UserBasic?*');
    expect(f('MergeRequest', 'author')).toBe('$UserBasic*');
    // `"milestone": {` (line 173), `"milestone": null` (line 782).
    expect(f('MergeRequest', 'milestone')).toBe('$Milestone?*');
    // The milestone's `"due_date": "2018-09-22"` (line 182), `null` (line 1324).
    expect(f('Milestone', 'due_date')).toBe('string(date)?*');
  });

  it('the tables\' descriptions reach the schema, and their deprecations', () => {
    expect(property('MergeRequest', 'changes_count').description).toMatch(/^Number of changes made on the merge request\./);
    // line 713: `merged_by` "[Deprecated](...) in GitLab 14.7"; line 710: `merge_status` "[Deprecated](...) in GitLab 15.6";
    // line 738: `work_in_progress` "Deprecated: Use `draft` instead"; line 718: `reference` "[Deprecated](...) in GitLab 12.7".
    for (const key of ['merged_by', 'merge_status', 'work_in_progress', 'reference']) expect(property('MergeRequest', key).deprecated, key).toBe(true);
    // line 709: `merge_user`, line 696: `draft`, line 692: `detailed_merge_status`: not deprecated.
    for (const key of ['merge_user', 'draft', 'detailed_merge_status']) expect(property('MergeRequest', key).deprecated, key).toBeUndefined();
    // The links of a description are absolute, as everywhere in the spec.
    expect(property('MergeRequest', 'merged_by').description).toContain('(https://gitlab.com/gitlab-org/gitlab/-/issues/350534)');
  });

  it('bodies refer to it', () => {
    expect(body(run.document, 'GET /projects/{id}/merge_requests', '200')).toBe('$MergeRequest[]');
    expect(body(run.document, 'GET /projects/{id}/merge_requests/{merge_request_iid}', '200')).toBe('$MergeRequest');
    expect(body(run.document, 'POST /projects/{id}/merge_requests', '201')).toBe('$MergeRequest');
    // closes_issues (line 2966 and its examples): the issues an MR closes.
    expect(body(run.document, 'GET /projects/{id}/merge_requests/{merge_request_iid}/closes_issues', '200')).toMatch(/^(\$Issue\[\]|\(\$Issue\|\$\w+\)\[\]|\$Issue\|\$\w+\[\])$/);
  });
});

describe('discussions.md: notes and their authors', () => {
  it('a note, typed by the examples and the `notes[].` table (lines 72-74, 856-868)', () => {
    // `"type": "DiscussionNote"` (line 100); "The type of note (`DiscussionNote` or `null`)" (line 72).
    expect(f('Note', 'type')).toBe('string?*');
    expect(property('Note', 'type').description).toBe('The type of note (`DiscussionNote` or `null`).');
    expect(f('Note', 'author')).toBe('$UserBasic*');
    // `resolved` only on merge request notes (line 909; "merge requests only", line 865).
    expect(f('Note', 'resolved')).toBe('boolean');
    // `"noteable_iid": null` (lines 117, 138, 166) and no table row: untyped.
    expect(f('Note', 'noteable_iid')).toMatch(/^any/);
    // The discussions list (line 92) and a single discussion, "the same response attributes" (line 190).
    expect(body(run.document, 'GET /projects/{id}/issues/{issue_iid}/discussions', '200')).toBe('$Discussion[]');
    expect(body(run.document, 'GET /projects/{id}/issues/{issue_iid}/discussions/{discussion_id}', '200')).toBe('$Discussion');
  });

  it('the basic user: `"avatar_url": null` (groups.md:455) beside URLs; `locked` (merge_requests.md:360) not in every example', () => {
    expect(f('UserBasic', 'avatar_url')).toBe('string?*');
    expect(f('UserBasic', 'locked')).toBe('boolean');
    expect(f('UserBasic', 'username')).toBe('string*');
  });
});

describe('downloads of job_artifacts.md', () => {
  it('a zipped archive (line 28: "Get a zipped archive"; `--output artifacts.zip`, line 46), a single file of any type', () => {
    expect(body(run.document, 'GET /projects/{id}/jobs/{job_id}/artifacts', '200', 'application/zip')).toBe('string(binary)');
    expect(body(run.document, 'GET /projects/{id}/jobs/{job_id}/artifacts/{artifact_path}', '200', 'application/octet-stream')).toBe('string(binary)');
  });
});

describe('the changelog from docs-source/merge_requests.md to the current one', () => {
  let dir: string;
  let report: ChangelogReport;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-mr-changelog-'));
    const sides: [string, string][] = [['base', join(CURRENT, '..', '..', 'docs-source', 'merge_requests.md')], ['revision', join(CURRENT, 'merge_requests.md')]];
    for (const [side, page] of sides) {
      mkdirSync(join(dir, side));
      copyFileSync(page, join(dir, side, 'merge_requests.md'));
    }
    report = changelog(await loadDocument(join(dir, 'base')), await loadDocument(join(dir, 'revision')));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports no field of `assignee`, `merged_by` or `milestone` as removed', () => {
    const removed = report.changes.filter((c) => c.id === 'response-property-removed').map((c) => c.subject ?? '');
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.filter((subject) => /(^|\.|\])(assignee|merged_by|milestone)\./.test(subject))).toEqual([]);
  });

  it('still reads their fields on both sides: a field the new page adds to the milestone is an addition', () => {
    // 11.x's milestones (docs-source/merge_requests.md:90) have no `expired`; the current ones do (line 1326).
    const added = report.changes.filter((c) => c.id === 'response-property-added').map((c) => `${c.method} ${c.path} ${c.subject}`);
    expect(added).toContain('GET /projects/{id}/merge_requests/{merge_request_iid} milestone.expired');
  });
});
