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
    expect(got.requestExamples).toHaveLength(1);
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
