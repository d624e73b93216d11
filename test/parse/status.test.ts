import fc from 'fast-check';
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
