// Real fish 3 (`complete -C`): the generated gitlab-api.fish.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fishComplete, generate } from './shells.js';
import { expectedOperations, checkCandidates, specUnderTest, GLOBALS, FIXTURE_SPEC, MIN_DOCS_OPERATIONS } from './expected.js';

const spec = specUnderTest();
const all = expectedOperations(spec.doc);
const step = Math.max(1, Math.floor(all.length / 120));
const ops = all.filter((_, i) => i % step === 0);
let dir: string;
let fixtureDir: string;

beforeAll(() => {
  dir = generate(spec.doc);
  fixtureDir = generate(JSON.parse(readFileSync(FIXTURE_SPEC, 'utf8')));
});

describe(`fish: ${ops.length} operations of the ${spec.name}`, () => {
  it('offers exactly the operation parameters, required first, each with a description', () => {
    expect(all.length).toBeGreaterThanOrEqual(spec.fromDocs ? MIN_DOCS_OPERATIONS : 1);
    expect(ops.length).toBeGreaterThanOrEqual(Math.min(50, all.length));
    const got = fishComplete(dir, ops.map((o) => `gitlab-api ${o.name} --`));
    const problems: string[] = [];
    ops.forEach((op, i) => {
      const { words, descriptions } = got[i];
      // exactly the parameters, required first, then the global options not shadowed
      problems.push(...checkCandidates(words, op));
      if (descriptions.some((d) => d === '')) problems.push(`${op.name}: a candidate without description`);
    });
    expect(problems).toEqual([]);
  });

  it('completes enum values after --name= and --name ', () => {
    const cases = ops.flatMap((op) => op.params.filter((p) => p.enum && !p.boolean).map((p) => ({ op, p }))).slice(0, 100);
    const got = fishComplete(dir, cases.flatMap(({ op, p }) => [`gitlab-api ${op.name} ${p.flag}=`, `gitlab-api ${op.name} ${p.flag} `]));
    cases.forEach(({ op, p }, i) => {
      expect(got[2 * i].words, `${op.name} ${p.flag}=`).toEqual(p.enum!.map((v) => `${p.flag}=${v}`));
      expect(got[2 * i + 1].words, `${op.name} ${p.flag} `).toEqual(p.enum);
    });
  });
});

describe('fish: the fixture spec, case by case', () => {
  it('completes operations, values, global options anywhere and files', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fish-files-'));
    writeFileSync(join(cwd, 'body.json'), '{}');
    writeFileSync(join(cwd, 'logo.png'), '');
    const lines = [
      'gitlab-api list-p',
      'gitlab-api list-project-issues --state=o',
      'gitlab-api --output ',
      'gitlab-api --url https://x.example --output json list-projects --ar',
      'gitlab-api add-project-hook --u',
      'gitlab-api completion ',
      'gitlab-api --',
      'gitlab-api upload-project-file --file lo',
      'gitlab-api create-issue --data @bo',
    ];
    const got = fishComplete(fixtureDir, lines, { cwd }).map((g) => g.words);
    expect(got[0]).toEqual(['list-project-issues', 'list-projects']);
    expect(got[1]).toEqual(['--state=opened']);
    expect(got[2]).toEqual(['json', 'ndjson', 'yaml']);
    expect(got[3]).toEqual(['--archived']);
    expect(got[4]).toEqual(['--url']);
    expect(got[5]).toEqual(['bash', 'zsh', 'fish']);
    expect(got[6].sort()).toEqual(GLOBALS.filter((g) => g !== '--data').sort());
    expect(got[7]).toEqual(['logo.png']);
    expect(got[8]).toEqual(['@body.json']);
  });
});
