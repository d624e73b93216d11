// Real zsh (compinit, the completion system, through zpty): the generated _gitlab-api.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, zshComplete } from './shells.js';
import { expectedOperations, checkCandidates, specUnderTest, GLOBALS, FIXTURE_SPEC, MIN_DOCS_OPERATIONS } from './expected.js';

const spec = specUnderTest();
const all = expectedOperations(spec.doc);
// At least 50 operations (all of them when the spec has fewer), spread over the whole spec.
const step = Math.max(1, Math.floor(all.length / 120));
const ops = all.filter((_, i) => i % step === 0);
let dir: string;
let fixtureDir: string;

beforeAll(() => {
  dir = generate(spec.doc);
  fixtureDir = generate(JSON.parse(readFileSync(FIXTURE_SPEC, 'utf8')));
});

describe(`zsh: ${ops.length} operations of the ${spec.name}`, () => {
  it('offers exactly the operation parameters, required first, each with a description', () => {
    expect(all.length).toBeGreaterThanOrEqual(spec.fromDocs ? MIN_DOCS_OPERATIONS : 1);
    expect(ops.length).toBeGreaterThanOrEqual(Math.min(50, all.length));
    const got = zshComplete(dir, ops.map((o) => `gitlab-api ${o.name} --`));
    const problems: string[] = [];
    ops.forEach((op, i) => {
      const { words, descriptions } = got[i];
      // exactly the parameters, required first, then the global options not shadowed
      problems.push(...checkCandidates(words, op));
      // descriptions: one display line per candidate, naming it
      if (descriptions.length !== words.length || descriptions.some((d, k) => !d.startsWith(words[k]) || !d.includes(' -- '))) problems.push(`${op.name}: descriptions ${descriptions.length} for ${words.length}`);
    });
    expect(problems).toEqual([]);
  });

  it('completes enum values after --name= and --name ', () => {
    const cases = ops.flatMap((op) => op.params.filter((p) => p.enum && !p.boolean).map((p) => ({ op, p }))).slice(0, 100);
    const got = zshComplete(dir, cases.flatMap(({ op, p }) => [`gitlab-api ${op.name} ${p.flag}=`, `gitlab-api ${op.name} ${p.flag} `]));
    cases.forEach(({ op, p }, i) => {
      expect(got[2 * i].words, `${op.name} ${p.flag}=`).toEqual(p.enum);
      expect(got[2 * i + 1].words, `${op.name} ${p.flag} `).toEqual(p.enum);
    });
  });
});

describe('zsh: the fixture spec, case by case', () => {
  it('completes operations, values, global options anywhere and files', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'zsh-files-'));
    mkdirSync(join(cwd, 'sub'));
    writeFileSync(join(cwd, 'body.json'), '{}');
    writeFileSync(join(cwd, 'logo.png'), '');
    const lines = [
      'gitlab-api list-p',
      'gitlab-api list-project-issues --state=o',
      'gitlab-api --output ',
      'gitlab-api --url https://x.example --output json list-projects --ar',
      'gitlab-api add-project-hook --u',
      'gitlab-api list-projects --d',
      'gitlab-api completion ',
      'gitlab-api --',
      'gitlab-api upload-project-file --file lo',
      'gitlab-api create-issue --data @bo',
    ];
    const got = zshComplete(fixtureDir, lines, { cwd }).map((g) => g.words);
    expect(got[0]).toEqual(['list-project-issues', 'list-projects']);
    expect(got[1]).toEqual(['opened']);
    expect(got[2]).toEqual(['json', 'ndjson', 'yaml']);
    expect(got[3]).toEqual(['--archived']);
    expect(got[4]).toEqual(['--url']);
    expect(got[5]).toEqual(['--dry-run']);
    expect(got[6]).toEqual(['bash', 'zsh', 'fish']);
    expect(got[7].sort()).toEqual(GLOBALS.filter((g) => g !== '--data').sort());
    expect(got[8]).toContain('logo.png');
    expect(got[9]).toContain('body.json');
  });
});
