// Type tests of GitLab's entities as the client package exports them (checked by
// test/typecheck.test.ts, which requires zero diagnostics; each expect-error must meet an error).
// The expectations come from the pages of docs-source: issues.md:509 shows `"milestone" : null` for a
// new issue, issues.md:73 a milestone object; `"closed_at" : null` (issues.md:102) beside
// `"2016-01-05T15:31:46.176Z"` (issues.md:334); merge_requests.md shows `"merge_commit_sha": null`
// in every example (lines 106, 229, 342, ...), and every other `*_sha` field of the docs is a string
// (`sha` at merge_requests.md:105, `base_sha` and `head_sha` at 471-472), so it is typed `string | null`,
// marked inferred (entities/same-name.ts). `bio` of a user is null everywhere (deployments.md:56, 115) and no other field of
// that name or kind types it: `unknown`.
import { expectTypeOf } from 'vitest';
import { createGitLabClient, paginate } from '../../src/client/index.js';
import type { Schemas, SchemaIssue, SchemaMergeRequest, SchemaMilestone, SchemaUserBasic, SchemaUserDetail } from '../../src/client/index.js';

expectTypeOf<SchemaIssue>().toEqualTypeOf<Schemas['Issue']>();
expectTypeOf<SchemaIssue['milestone']>().toEqualTypeOf<SchemaMilestone | null>();
expectTypeOf<SchemaIssue['author']>().toEqualTypeOf<SchemaUserBasic>();
expectTypeOf<SchemaIssue['closed_at']>().toEqualTypeOf<string | null | undefined>();
expectTypeOf<SchemaMergeRequest['merge_commit_sha']>().toEqualTypeOf<string | null>();
expectTypeOf<SchemaUserDetail['bio']>().toEqualTypeOf<unknown>();

export function milestoneTitle(issue: SchemaIssue): string {
  // @ts-expect-error an issue without a milestone has `milestone: null`
  return issue.milestone.title;
}

export async function listed(): Promise<void> {
  const gitlab = createGitLabClient({ host: 'gitlab.example.com', token: 't' });
  for await (const issue of paginate(gitlab.issues, '/projects/{id}/issues', { params: { path: { id: 'group/project' } } })) {
    expectTypeOf(issue).toEqualTypeOf<SchemaIssue>();
    // @ts-expect-error `milestone` may be null: the check the docs' examples call for
    void issue.milestone.title;
    if (issue.milestone) expectTypeOf(issue.milestone.title).toEqualTypeOf<string>();
  }
}
