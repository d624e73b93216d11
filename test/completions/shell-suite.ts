// What the zsh and fish tests share: both shells run far slower per line than bash, so they check a
// sample of about 120 operations spread over the whole spec (all of them when the spec has fewer),
// with the same checks of candidates and enum values, and the same fixture-spec cases; each test
// file adds its shell's own cases (files, which each shell offers its own way).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCandidates, expectedOperations, FIXTURE_SPEC, GLOBALS, MIN_DOCS_OPERATIONS, specUnderTest } from './expected.js';
import { generate, type Described } from './shells.js';

export interface DescribingShell {
  name: string;
  complete: (dir: string, lines: string[], opts?: { cwd?: string }) => Described[];
  /** A problem with the descriptions of `op`'s candidate list, or undefined when they are right. */
  descriptionProblem: (opName: string, got: Described) => string | undefined;
  /** The candidate the shell offers for `value` after `--flag=`. */
  afterEquals: (flag: string, value: string) => string;
}

/**
 * Declares the shared tests for `shell`; returns where the fixture spec's scripts are generated
 * (once the tests run) for the file's own cases.
 */
export function describeShellSuite(shell: DescribingShell): { fixtureDir: () => string } {
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

  describe(`${shell.name}: ${ops.length} operations of the ${spec.name}`, () => {
    it('offers exactly the operation parameters, required first, each with a description', () => {
      expect(all.length).toBeGreaterThanOrEqual(spec.fromDocs ? MIN_DOCS_OPERATIONS : 1);
      expect(ops.length).toBeGreaterThanOrEqual(Math.min(50, all.length));
      const got = shell.complete(dir, ops.map((o) => `gitlab-api ${o.name} --`));
      const problems: string[] = [];
      ops.forEach((op, i) => {
        // exactly the parameters, required first, then the global options not shadowed
        problems.push(...checkCandidates(got[i].words, op));
        const problem = shell.descriptionProblem(op.name, got[i]);
        if (problem) problems.push(problem);
      });
      expect(problems).toEqual([]);
    });

    it('completes enum values after --name= and --name ', () => {
      const cases = ops.flatMap((op) => op.params.filter((p) => p.enum && !p.boolean).map((p) => ({ op, p }))).slice(0, 100);
      const got = shell.complete(dir, cases.flatMap(({ op, p }) => [`gitlab-api ${op.name} ${p.flag}=`, `gitlab-api ${op.name} ${p.flag} `]));
      cases.forEach(({ op, p }, i) => {
        expect(got[2 * i].words, `${op.name} ${p.flag}=`).toEqual(p.enum!.map((v) => shell.afterEquals(p.flag, v)));
        expect(got[2 * i + 1].words, `${op.name} ${p.flag} `).toEqual(p.enum);
      });
    });
  });

  describe(`${shell.name}: the fixture spec, case by case`, () => {
    it('completes operations, values and global options anywhere', () => {
      const lines = [
        'gitlab-api list-p',
        'gitlab-api list-project-issues --state=o',
        'gitlab-api --output ',
        'gitlab-api --url https://x.example --output json list-projects --ar',
        'gitlab-api add-project-hook --u',
        'gitlab-api completion ',
        'gitlab-api --',
      ];
      const got = shell.complete(fixtureDir, lines).map((g) => g.words);
      expect(got[0]).toEqual(['list-project-issues', 'list-projects']);
      expect(got[1]).toEqual([shell.afterEquals('--state', 'opened')]);
      expect(got[2]).toEqual(['json', 'ndjson', 'yaml']);
      expect(got[3]).toEqual(['--archived']);
      expect(got[4]).toEqual(['--url']);
      expect(got[5]).toEqual(['bash', 'zsh', 'fish']);
      expect(got[6].sort()).toEqual(GLOBALS.filter((g) => g !== '--data').sort());
    });
  });

  return { fixtureDir: () => fixtureDir };
}
