import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { cleanProse, readSectionContent } from '../../scripts/parse/section-content.js';

const read = (md: string, heading = 'Section') =>
  readSectionContent(unified().use(remarkParse).use(remarkGfm).parse(md).children, heading, { file: 'x.md', text: md });

describe('readSectionContent', () => {
  it('keeps prose as markdown and drops captions, tables and code', () => {
    const got = read('Get a **single** [project](p.md).\n\nParameters:\n\n| Attribute | Type | Required | Description |\n| - | - | - | - |\n| `id` | integer | yes | ID |\n\nExample response:\n\n```json\n{"id": 1}\n```\n\nMore text.\n');
    expect(got.description).toBe('Get a **single** [project](p.md).\n\nMore text.');
    expect(got.parameters.map((p) => p.name)).toEqual(['id']);
  });

  it('tells request bodies from responses by their captions', () => {
    const got = read('Example request body:\n\n```json\n{"a": 1}\n```\n\nExample response:\n\n```json\n{"b": 2}\n```\n\n```json\n{"c": 3}\n```\n');
    expect(got.requestExamples.map((e) => e.value)).toEqual([{ a: 1 }]);
    expect(got.responses.map((r) => [r.status, r.statusFrom, r.examples.map((e) => e.value)])).toEqual([[undefined, 'none', [{ b: 2 }, { c: 3 }]]]);
  });

  it('files an example under the status its caption states', () => {
    const got = read('Returns `200 OK` on success.\n\nWhen the user is not found (`404` status code):\n\n```json\n{"message": "404 Not found"}\n```\n');
    expect(got.responses.map((r) => [r.status, r.statusFrom, r.examples.length])).toEqual([[200, 'prose', 0], [404, 'example', 1]]);
  });

  it('keeps text code blocks that are neither curl nor JSON out of everything', () => {
    const got = read('```\nHTTP/1.1 200 OK\nX-Total: 8\n```\n');
    expect(got).toMatchObject({ requestExamples: [], curlCalls: [], responses: [], description: '' });
  });

  it('reads the curl call of a section', () => {
    const got = read('```shell\ncurl --request POST --header "PRIVATE-TOKEN: x" "https://gitlab.example.com/api/v4/projects/5/star"\n```\n');
    expect(got.curlCalls.map((c) => [c.method, c.path?.replace(/^\//, '')])).toEqual([['POST', 'projects/5/star']]);
    // A curl call is no request body: the endpoint keeps it apart (curlExamples).
    expect(got.requestExamples).toEqual([]);
  });
});

describe('cleanProse', () => {
  it('drops shortcode lines and blank runs', () => {
    expect(cleanProse('{{< alert type="note" >}}\n\nText.\n\n\n\n{{< /alert >}}\n')).toBe('Text.');
  });
});

describe('readSectionContent: captions', () => {
  it('keeps the lead of a prose list, drops the lead of a parameter list', () => {
    const got = read('Prerequisites:\n\n- You must be an administrator.\n\nParameters:\n\n- `id` (required) - The ID of a group\n');
    expect(got.description).toBe('Prerequisites:\n\n- You must be an administrator.');
    expect(got.parameters.map((p) => p.name)).toEqual(['id']);
  });
});

describe('readSectionContent: responses vs request bodies', () => {
  // users.md:597 "Add SSH key": the success example after the parameter list, then the error
  // example captioned "... `201 Created` on success. If an error occurs a `400 Bad Request` ...:".
  const addKey = '- `title` (required) - new SSH Key\'s title\n- `key` (required)   - new SSH key\n\n```json\n{"id": 4, "title": "ABC"}\n```\n\n' +
    'Will return created key with status `201 Created` on success. If an\nerror occurs a `400 Bad Request` is returned with a message explaining the error:\n\n' +
    '```json\n{"message": {"key": ["has already been taken"]}}\n```\n';

  it('a caption naming `400 Bad Request` introduces the error response, not a request body', () => {
    const got = read(addKey);
    expect(got.requestExamples).toEqual([]);
    expect(got.responses.map((r) => [r.status, r.statusFrom, r.examples.map((e) => e.value)])).toEqual([
      [201, 'prose', [{ id: 4, title: 'ABC' }]],
      [400, 'example', [{ message: { key: ['has already been taken'] } }]],
    ]);
  });

  it('a caption naming success and failure files a success example under the success', () => {
    const got = read('Returns `200 OK` if found, or `404 Not Found` if not. Example response:\n\n```json\n{"id": 1}\n```\n');
    expect(got.responses.map((r) => [r.status, r.statusFrom, r.examples.length])).toEqual([[404, 'prose', 0], [200, 'example', 1]]);
  });

  it('in a GET section a JSON block is a response whatever its lead says', () => {
    // merge_requests.md:484 participants: the block follows "- `merge_request_iid` (required) - The internal ID of the merge request".
    const md = '- `merge_request_iid` (required) - The internal ID of the merge request\n\n```json\n[{"id": 1}]\n```\n';
    const get = readSectionContent(unified().use(remarkParse).use(remarkGfm).parse(md).children, 'Get MR participants', { file: 'x.md', text: md, requestBodies: false });
    expect(get.requestExamples).toEqual([]);
    expect(get.responses.flatMap((r) => r.examples.map((e) => e.value))).toEqual([[{ id: 1 }]]);
    // The same lead before a POST's JSON reads as a request body ("merge request" holds "request").
    expect(read(md).requestExamples).toHaveLength(1);
  });

  it('reports `user at host` e-mails in curl and text blocks too', () => {
    const got = read('```bash\ncurl --data "email=john at example.com" "https://gitlab.example.com/api/v4/users"\n```\n\n```\nGIT_AUTHOR_EMAIL=jane at example.com\n```\n');
    expect(got.diagnostics.filter((d) => d.ruleId === 'obfuscated-email').map((d) => d.line)).toEqual([2, 6]);
  });

  it('and in signature blocks (avatar.md:13 `GET /avatar?email=admin at example.com`)', () => {
    const got = read('```\nGET /avatar?email=admin at example.com\n```\n');
    expect(got.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[2, 'obfuscated-email']]);
  });
});

describe('readSectionContent: uploads', () => {
  it('a string row the curl example uploads (`file=@`) is a file; the prose `file=` is then no second parameter', () => {
    // projects.md:1286 "Upload a file".
    const got = read('| Attribute | Type | Required | Description |\n| - | - | - | - |\n| `file` | string | yes | The file to be uploaded |\n\n' +
      'The `file=` parameter must point to a file on your filesystem and be preceded by `@`. For example:\n\n' +
      '```bash\ncurl --request POST --form "file=@dk.png" https://gitlab.example.com/api/v4/projects/5/uploads\n```\n');
    expect(got.parameters.map((p) => [p.name, p.type.kind, p.form])).toEqual([['file', 'file', 'table']]);
    expect(got.diagnostics.map((d) => d.ruleId)).toContain('upload-typed-as-string');
  });

  it('the prose `file=` is dropped when the curl example uploads another field', () => {
    // current projects.md "Upload a project avatar": `avatar` in the table, `--form "avatar=@dk.png"`.
    const got = read('| Attribute | Type | Required | Description |\n| - | - | - | - |\n| `avatar` | string | yes | The file to be uploaded. |\n\n' +
      'The `file=` parameter must point to an image file on your file system and be preceded by `@`. For example:\n\n' +
      '```shell\ncurl --request PUT --form "avatar=@dk.png" "https://gitlab.example.com/api/v4/projects/5"\n```\n');
    expect(got.parameters.map((p) => [p.name, p.type.kind])).toEqual([['avatar', 'file']]);
    expect(got.diagnostics.find((d) => d.ruleId === 'prose-contradicts-example')).toMatchObject({ severity: 'warning', line: 5 });
  });
});
