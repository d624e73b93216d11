// Twelve everyday tasks written as a user of the package would write them: the shipped types
// (generated/schema.d.ts), no casts, no `!`, no `?.`. test/client/twelve-tasks.test.ts runs them
// against a server that checks every request against the spec, and checks this file has no casts.
//
// A line marked `@ts-expect-error needs issue N` holds a type the spec on this branch does not give
// yet (12: response model, 13: request fidelity): once it does, the directive is unused, the type
// check fails, and the directive must go.
import { expectTypeOf } from 'vitest';
import { GitLabApiError, createGitLabClient, paginate } from '../../../src/client/index.js';
import type { GitLabClient, RetryInfo } from '../../../src/client/index.js';

const PROJECT = 'group/sub/project';

/** 1. A project's open issues, across all pages, by its full path. */
export async function listOpenIssues(gitlab: GitLabClient): Promise<string[]> {
  const titles: string[] = [];
  const issues = paginate(gitlab.issues, '/projects/{id}/issues', { params: { path: { id: PROJECT }, query: { state: 'opened' } } }, { perPage: 100 });
  for await (const issue of issues) titles.push(issue.title);
  return titles;
}

/** 2. A merge request's author and merge commit. */
export async function readMergeRequest(gitlab: GitLabClient): Promise<{ author: string; sha: string | null }> {
  const { data } = await gitlab.mergeRequests.GET('/projects/{id}/merge_requests/{merge_request_iid}', { params: { path: { id: PROJECT, merge_request_iid: 1 } } });
  expectTypeOf(data.author.username).toEqualTypeOf<string>();
  // @ts-expect-error needs issue 12: merge_commit_sha is `null` only in this spec (from one example), not string | null
  expectTypeOf(data.merge_commit_sha).toEqualTypeOf<string | null>();
  return { author: data.author.username, sha: data.merge_commit_sha };
}

/** 3. An issue with labels and assignees. */
export async function createIssue(gitlab: GitLabClient): Promise<number> {
  const { data } = await gitlab.issues.POST('/projects/{id}/issues', {
    params: { path: { id: PROJECT } },
    body: { title: 'Broken build', labels: 'bug,ci', assignee_ids: [5, 7] },
  });
  return data.iid;
}

/** 4. A merge request closed. */
export async function closeMergeRequest(gitlab: GitLabClient): Promise<string> {
  const { data } = await gitlab.mergeRequests.PUT('/projects/{id}/merge_requests/{merge_request_iid}', {
    params: { path: { id: PROJECT, merge_request_iid: 1 } },
    body: { state_event: 'close' },
  });
  return data.state;
}

/** 5. A commit with four actions. */
export async function commitFourActions(gitlab: GitLabClient): Promise<string> {
  const { data } = await gitlab.commits.POST('/projects/{id}/repository/commits', {
    params: { path: { id: PROJECT } },
    body: {
      branch: 'main',
      commit_message: 'Four actions',
      actions: [
        { action: 'create', file_path: 'docs/new.md', content: '# New\n' },
        { action: 'update', file_path: 'README.md', content: 'Updated\n' },
        { action: 'move', file_path: 'lib/b.rb', previous_path: 'lib/a.rb' },
        { action: 'delete', file_path: 'old.txt' },
      ],
    },
  });
  return data.id;
}

/** 6. A file's raw content. */
export async function readRawFile(gitlab: GitLabClient): Promise<unknown> {
  const { data } = await gitlab.repositoryFiles.GET('/projects/{id}/repository/files/{file_path}/raw', { params: { path: { id: PROJECT, file_path: 'lib/a b.rb' }, query: { ref: 'main' } } });
  // @ts-expect-error needs issue 12: the raw route has no media type in this spec (text/plain makes `data` a string)
  expectTypeOf(data).toEqualTypeOf<string>();
  return data;
}

/** 7a. A file uploaded from memory (Node). */
export async function uploadFile(gitlab: GitLabClient): Promise<string> {
  const { data } = await gitlab.projects.POST('/projects/{id}/uploads', {
    params: { path: { id: PROJECT } },
    body: { file: { content: new TextEncoder().encode('screenshot'), filename: 'screenshot.png', type: 'image/png' } },
  });
  return data.markdown;
}

/** 7b. A project avatar. */
export async function uploadAvatar(gitlab: GitLabClient): Promise<string> {
  const avatar = { content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), filename: 'logo.png', type: 'image/png' };
  // needs issue 13 at run time: `avatar` is untyped JSON in this spec, not a multipart file (see the test).
  const { data } = await gitlab.projects.PUT('/projects/{id}', { params: { path: { id: PROJECT } }, body: { avatar } });
  // @ts-expect-error needs issue 12: edit project has no response schema in this spec
  return data.avatar_url;
}

/** 8. Issues found by a search. */
export async function searchIssues(gitlab: GitLabClient): Promise<string[]> {
  const { data } = await gitlab.search.GET('/projects/{id}/search', { params: { path: { id: PROJECT }, query: { scope: 'issues', search: 'login' } } });
  // @ts-expect-error needs issue 12: search results are not Issue entities in this spec (their title is optional)
  return data.map((issue) => issue.title);
}

/** 9. A 404, as an error that says what happened. */
export async function readMissingProject(gitlab: GitLabClient): Promise<{ status: number; message: string | undefined }> {
  try {
    await gitlab.projects.GET('/projects/{id}', { params: { path: { id: 'group/missing' } } });
    return { status: 200, message: undefined };
  } catch (error) {
    if (!(error instanceof GitLabApiError)) throw error;
    return { status: error.status, message: error.gitlabMessage };
  }
}

/** 10. A 429 with Retry-After: the wait the server asked for, then the answer. */
export async function rideOutRateLimit(baseUrl: string, token: string): Promise<{ retries: RetryInfo[]; count: number }> {
  const retries: RetryInfo[] = [];
  const gitlab = createGitLabClient({ baseUrl, token, retry: { onRetry: (info) => retries.push(info) } });
  const { data } = await gitlab.mergeRequests.GET('/projects/{id}/merge_requests', { params: { path: { id: 42 }, query: { state: 'opened' } } });
  return { retries, count: data.length };
}

/** 11. A job's artifacts with the CI job token. */
export async function downloadWithJobToken(baseUrl: string, jobToken: string): Promise<unknown> {
  const gitlab = createGitLabClient({ baseUrl, jobToken });
  const { data } = await gitlab.jobs.GET('/projects/{id}/jobs/{job_id}/artifacts', { params: { path: { id: PROJECT, job_id: 8 } } });
  // @ts-expect-error needs issue 12: artifacts have no media type in this spec (application/zip makes `data` a Blob)
  expectTypeOf(data).toEqualTypeOf<Blob>();
  return data;
}

/** 12. Acting as another user by numeric id, for the whole client and for one call. */
export async function actAsUser(baseUrl: string, token: string): Promise<string[]> {
  const admin = createGitLabClient({ baseUrl, token, sudo: 5 });
  const { data: me } = await admin.users.GET('/user');
  const { data: again } = await createGitLabClient({ baseUrl, token }).users.GET('/user', {
    params: { header: { Sudo: 5 } },
  });
  return [me.username, again.username];
}
