import { describe, expect, test } from 'vitest';
import type { TypeRef } from '../../scripts/model.js';
import { inferTypeFromWords } from '../../scripts/parse/infer-type.js';

// Rows without a type (bullet lists, `mixed`), copied from the pages (file:line), with the type a
// reader takes from their words. [name, description, default, parameter name, want]
const inferring: [string, string, string | undefined, string, TypeRef['kind']][] = [
  ['users.md:295 admin', 'User is admin - true or false (default)', undefined, 'admin', 'boolean'],
  ['users.md:281 reset_password', 'Send user password reset link - true or false(default)', undefined, 'reset_password', 'boolean'],
  ['merge_requests.md:376 render_html', 'If `true` response includes rendered HTML for title and description', undefined, 'render_html', 'boolean'],
  ['merge_requests.md:957 should_remove_source_branch', 'if `true` removes the source branch', undefined, 'should_remove_source_branch', 'boolean'],
  ['users.md:351 hard_delete', 'If true, contributions that would usually be moved to the ghost user will be deleted instead', undefined, 'hard_delete', 'boolean'],
  ['repositories.md:19 recursive', 'Boolean value used to get a recursive tree (false by default)', undefined, 'recursive', 'boolean'],
  ['repositories.md:133 straight (by its default)', "comparison method, `true` for direct comparison between `from` and `to` (`from`..`to`), `false` to compare using merge base (`from`...`to`)'. Default is `false`.", 'false', 'straight', 'boolean'],
  ['group_milestones.md:63 milestone_id', 'The ID of the group milestone', undefined, 'milestone_id', 'integer'],
  ['merge_requests.md:955 merge_request_iid', 'Internal ID of MR', undefined, 'merge_request_iid', 'integer'],
  ['users.md:931 email_id', 'email ID', undefined, 'email_id', 'integer'],
  ['users.md:289 projects_limit', 'Number of projects user can create', undefined, 'projects_limit', 'integer'],
  ['group_milestones.md:78 due_date', 'The due date of the milestone', undefined, 'due_date', 'date'],
  ['notes.md:103 created_at', 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z', undefined, 'created_at', 'datetime'],
  ['projects.md:678 avatar (mixed)', 'Image file for avatar of the project', undefined, 'avatar', 'file'],
  ['repository_files.md:40 file_path', 'Url encoded full path to new file. Ex. lib%2Fclass%2Erb', undefined, 'file_path', 'string'],
  ['repository_files.md:41 ref', 'The name of branch, tag or commit', undefined, 'ref', 'string'],
  ['users.md:279 email', 'Email', undefined, 'email', 'string'],
  ['users.md:287 website_url', 'Website URL', undefined, 'website_url', 'string'],
  ['repository_files.md:160 last_commit_id', 'Last known file commit id', undefined, 'last_commit_id', 'string'],
  ['merge_requests.md:956 merge_commit_message', 'Custom merge commit message', undefined, 'merge_commit_message', 'string'],
  ['repository_files.md:120 encoding (a word default)', "Change encoding to 'base64'. Default is text.", 'text', 'encoding', 'string'],
  ['groups.md:526 id', 'The ID or path of a user group', undefined, 'id', 'id'],
];

// Words that settle nothing: the row stays untyped.
const notInferring: [string, string, string][] = [
  ['users.md:284 skype: an account, not a number', 'Skype ID', 'skype'],
  ['users.md:286 twitter', 'Twitter account', 'twitter'],
  ['users.md:290 extern_uid', 'External UID', 'extern_uid'],
  ['tags.md:112 release_description', 'Add release notes to the git tag and store it in the GitLab database.', 'release_description'],
];

describe('inferTypeFromWords', () => {
  test.each(inferring)('%s', (_name, description, fallback, name, want) => {
    const inferred = inferTypeFromWords(description, fallback, name);
    expect(inferred?.type.kind).toBe(want);
    expect(inferred?.evidence).toMatch(/\S/);
  });
  test.each(notInferring)('no type: %s', (_name, description, name) => {
    expect(inferTypeFromWords(description, undefined, name)).toBeUndefined();
  });
});
