// Query strings as GitLab (Rack/Grape) parses them; expectations from the docs' own examples
// (issues.md `iids[]=42&iids[]=43`, jobs.md `scope[]=pending&scope[]=running`, labels as `foo,bar`).
import { describe, expect, it } from 'vitest';
import { serializeQuery } from '../../src/client/query.js';

describe('serializeQuery', () => {
  it.each([
    ['documented [] name repeats as is', { 'iids[]': [42, 43] }, 'iids[]=42&iids[]=43'],
    ['plain-named array gets Rack brackets', { scope: ['pending', 'running'] }, 'scope[]=pending&scope[]=running'],
    ['comma list stays a string', { labels: 'foo,bar' }, 'labels=foo%2Cbar'],
    ['booleans and numbers', { simple: true, archived: false, per_page: 100 }, 'simple=true&archived=false&per_page=100'],
    ['null and undefined are left out', { a: null, b: undefined, c: 'x' }, 'c=x'],
    ['hash parameters', { position: { base_sha: 'abc', new_line: 3 } }, 'position[base_sha]=abc&position[new_line]=3'],
    ['dates as ISO 8601', { created_after: new Date(Date.UTC(2019, 2, 15, 8, 0, 0)) }, 'created_after=2019-03-15T08%3A00%3A00.000Z'],
    ['values are encoded, & and = cannot inject', { search: 'a&private_token=x' }, 'search=a%26private_token%3Dx'],
    ['empty arrays send nothing', { 'iids[]': [] }, ''],
  ])('%s', (_, query, want) => {
    expect(serializeQuery(query)).toBe(want);
  });
});
