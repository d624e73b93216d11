import { describe, expect, it } from 'vitest';
import type { Observation, Value } from '../../../scripts/openapi/entities/types.js';
import { typesByName } from '../../../scripts/openapi/entities/same-name.js';

const leaf = (type: string, format?: string): Value => ({ kind: 'leaf', schema: format ? { type, format } : { type } });
const NULL: Value = { kind: 'null' };
let next = 0;
const seen = (file: string, props: [string, Value][]): Observation => ({
  id: next++,
  props,
  partial: false,
  site: { operation: 'GET /x', status: 200, pointer: '', source: { file, line: 10 } },
});

// The shapes of docs-source: merge_requests.md shows `"closed_at": null` and `"merge_commit_sha": null`
// in every merge request, issues.md and milestones.md a date-time `closed_at`, and `sha`, `base_sha`,
// `head_sha` are strings (merge_requests.md:105, :471-472); search.md's `data` is a blob's text.
const DOCS = [
  seen('merge_requests.md', [['closed_at', NULL], ['merge_commit_sha', NULL], ['sha', leaf('string')], ['base_sha', leaf('string')], ['head_sha', leaf('string')], ['data', NULL]]),
  seen('issues.md', [['closed_at', leaf('string', 'date-time')], ['author', { kind: 'object', id: 99 }]]),
  seen('milestones.md', [['closed_at', leaf('string', 'date-time')], ['start_sha', leaf('string')]]),
  seen('search.md', [['data', leaf('string')]]),
  seen('jobs.md', [['duration', leaf('number')], ['owner', NULL]]),
  seen('pipelines.md', [['duration', leaf('integer')], ['owner', { kind: 'object', id: 98 }], ['coverage', leaf('string')]]),
  seen('runners.md', [['coverage', leaf('number')]]),
];

describe('typesByName: the type a field only ever shown as null takes from the rest of the docs', () => {
  const lookup = typesByName(DOCS);
  it.each<[string, string, object | undefined, RegExp | undefined]>([
    ['the same name on two pages, one type and format', 'closed_at', { type: 'string', format: 'date-time' }, /as `closed_at` is elsewhere in the docs \(issues\.md:10\)/],
    ['no field of that name typed: the fields named for the same thing (three or more)', 'merge_commit_sha', { type: 'string' }, /every field named `\*_sha` is in the docs \(4: `base_sha`, `head_sha`, `sha`/],
    ['integer beside number is a number', 'duration', { type: 'number' }, undefined],
    ['a name shown on one page only settles nothing (search.md\'s `data`)', 'data', undefined, undefined],
    ['an object shown under the name settles nothing', 'owner', undefined, undefined],
    ['two types settle nothing', 'coverage', undefined, undefined],
    ['a name nothing else shares', 'yaml_errors', undefined, undefined],
  ])('%s: %s', (_case, key, schema, evidence) => {
    const answer = lookup(key);
    expect(answer?.schema).toEqual(schema);
    if (evidence) expect(answer?.evidence).toMatch(evidence);
  });
});
