import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { HTTP_STATUS_TEXT, isHttpStatus, statusFromText } from '../../scripts/parse/status.js';

describe('statusFromText', () => {
  // Sentences from the pages (v11 and current), as written.
  it.each<[string, number[]]>([
    ['If successful, returns [`200 OK`](rest/troubleshooting.md#status-codes) and the following response attributes:', [200]],
    ['If successful, returns [`204`](rest/index.md#status-codes).', [204]],
    ['If successful, returns `201 Created`.', [201]],
    ['This returns a `204 No Content` status code if the operation was successfully', [204]],
    ['If the user is already starred the project, the status code `304` is returned.', [304]],
    ['returns status code `HTTP 304 Not Modified`.', [304]],
    ['If successful, returns `200: OK`.', [200]],
    ['- `404: Not Found` if the user does not exist', [404]],
    ['Will return `201 OK` on success, `404 User Not Found` if the user is not found', [201, 404]],
    ['Will return created key with status `201 Created` on success. If an error occurs a `400 Bad Request` is returned', [201, 400]],
    ['The response is `202 Accepted` if the user has access', [202]],
    ['the response will be a 202 Accepted if the user has permission', [202]],
    ['Returns HTTP 202 when the export is scheduled', [202]],
    ['Will return the disabled key, with a status code 201 when successful.', [201]],
    ["If the merge request is already merged or closed - you'll get a `405` and the error message 'Method Not Allowed'", [405]],
    ['On failure, a `404` status code is returned.', [404]],
    ['importing 1 or more members (`200` HTTP status code):', [200]],
    ['Returns `204` and no content on success', [204]],
    ['If it fails for any reason we return a 400 error with a non-specific message', [400]],
    ['HTTP/1.1 200 OK', [200]],
    ['Status: 200 OK', [200]],
    ['| `500 Server Error` | While handling the request', [500]],
    ['Returns `200` if the request succeeds, `404` status code if not', [200, 404]],
    ['returns `204 No Content`, then later `204 No Content` again', [204]],
    // Plain text, as mdast-util-to-string gives it (backticks gone).
    ['It returns 204 if the environment was successfully deleted, and 404 if the environment does not exist.', [204, 404]],
    ['It returns 201 if the environment was successfully created, 400 for wrong parameters.', [201]],
    ['This returns a 204 No Content status code if the operation was successfully or 404 if the resource was not found.', [204, 404]],
    ['If successful, returns 204.', [204]],
    ["If you don't have permissions to accept this merge request - you'll get a 401", [401]],
    ['a GET request will result in 404 status code.', [404]],
    ['When there is a system error (404 and 422 HTTP status codes):', [404, 422]],
    ['On success the HTTP status code is 204 and no JSON response is expected.', [204]],
    ['404 Project Not Found if the target or source project does not exist', [404]],
  ])('reads %s', (text, want) => {
    expect(statusFromText(text)).toEqual(want);
  });

  it.each([
    'Introduced in GitLab 11.0.',
    'GitLab 12.404 release',
    'Returns a maximum of 100 projects per page.',
    'The project with id 404 has 200 issues and 201 merge requests.',
    'See line 302 of the file, commit 500abc, 1000 OK',
    '`per_page` defaults to 20 and may be 100 at most',
    'GET /projects/404/issues/201',
    '"id": 200, "iid": 404',
    'it returns `600 Strange` and status code 999',
    'Runner 11.200 OK was released', // a version is not a status, whatever follows it
    'This endpoint returns a maximum of 100 projects and shared projects.',
    'To get more (up to 100), pass the following as an argument to the API call:',
    'Set per_page between 1 and 100 if you need more.',
    'Returns 200 projects at most',
  ])('finds no status in %s', (text) => {
    expect(statusFromText(text)).toEqual([]);
  });

  it('never returns a number that is not an HTTP status', () => {
    const words = fc.constantFrom('status', 'code', 'HTTP', 'returns', 'a', '`', 'error', 'OK', 'Not Found', ' ', ':', '[', '](x)', '\n', '11.0', 'id');
    const numbers = fc.integer({ min: 0, max: 1000 }).map(String);
    const text = fc.array(fc.oneof(words, numbers, fc.string({ maxLength: 5 })), { maxLength: 30 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        for (const code of statusFromText(t)) {
          expect(isHttpStatus(code)).toBe(true);
          expect(t).toContain(String(code));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads every registered status written with its reason phrase', () => {
    for (const [code, reason] of Object.entries(HTTP_STATUS_TEXT)) {
      expect(statusFromText(`returns \`${code} ${reason}\`.`)).toEqual([Number(code)]);
    }
  });
});

// Paragraphs of the real pages, as the parse stage passes them (markdown or plain text).
describe('statusFromText on the pages', () => {
  const paragraph = (path: string, line: number): Paragraph => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(join(import.meta.dirname, '../..', path), 'utf8'));
    let found: Paragraph | undefined;
    visit(tree, 'paragraph', (node: Paragraph) => {
      if (node.position?.start.line === line) found = node;
    });
    if (!found) throw new Error(`no paragraph at ${path}:${line}`);
    return found;
  };
  const source = (path: string, p: Paragraph) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8').slice(p.position!.start.offset, p.position!.end.offset);

  it.each<[string, number, number[]]>([
    ['docs-source/environments.md', 97, [204, 404]],
    ['docs-source/users.md', 1024, [201, 404, 403]],
    ['docs-source/README.md', 479, [400]],
    ['docs-source/merge_requests.md', 944, [409]],
    ['docs-source/projects.md', 870, [304]],
    ['docs-source/snippets.md', 190, [204, 404]],
    ['docs-versions/current/groups.md', 786, []],
    ['docs-versions/current/groups.md', 1735, [204]],
    ['docs-versions/current/merge_requests.md', 3164, [304]],
  ])('%s:%i', (path, line, want) => {
    const node = paragraph(path, line);
    expect(statusFromText(toString(node))).toEqual(want);
    expect(statusFromText(source(path, node))).toEqual(want);
  });
});
