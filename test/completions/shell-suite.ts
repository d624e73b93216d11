// What the zsh and fish tests share: both shells run far slower per line than bash, so they check a
// sample of about 120 operations spread over the whole spec (all of them when the spec has fewer),
// with the same checks of candidates and enum values, and the same fixture-spec cases; each test
// file adds its shell's own cases (files, which each shell offers its own way).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BEFORE_COMMAND, checkCandidates, expectedOperations, FIXTURE_SPEC, MIN_DOCS_OPERATIONS, specUnderTest } from './expected.js';
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
    it('completes resources, verbs, values and global options anywhere', () => {
      const lines = [
        'gitlab-api project-i',
        'gitlab-api project-issue ',
        'gitlab-api project-issue list --state=o',
        'gitlab-api --output ',
        'gitlab-api --url https://x.example --output json project list --ar',
        'gitlab-api project-hook create --u',
        'gitlab-api completion ',
        'gitlab-api --',
        'gitlab-api help project-issue ',
        'gitlab-api api ',
        'gitlab-api project-issue list --labels ',
      ];
      const got = shell.complete(fixtureDir, lines);
      expect(got[0].words).toEqual(['project-issue']);
      expect(got[1].words).toEqual(['create', 'delete', 'get', 'list']);
      // a verb is described by its summary
      expect(got[1].descriptions.join('\n')).toContain('List project issues');
      expect(got[2].words).toEqual([shell.afterEquals('--state', 'opened')]);
      expect(got[3].words).toEqual(['json', 'ndjson', 'yaml']);
      expect(got[4].words).toEqual(['--archived']);
      expect(got[5].words).toEqual(['--url']);
      expect(got[6].words).toEqual(['bash', 'zsh', 'fish']);
      expect([...got[7].words].sort()).toEqual([...BEFORE_COMMAND].sort());
      expect(got[8].words).toEqual(['create', 'delete', 'get', 'list']);
      expect(got[9].words).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);
      expect(got[10].words).toEqual([]);
    });

    it('offers an option already given only when it repeats, and --no- forms once --no is typed', () => {
      const lines = [
        'gitlab-api project-issue list --state opened --st',
        'gitlab-api project-issue list --iids 1 --ii',
        'gitlab-api project-issue list --no',
        'gitlab-api project-issue list --confidential --no',
        'gitlab-api project list --no-archived --ar',
        'gitlab-api project list --pa',
        'gitlab-api project get --pa',
        'gitlab-api project-issue list --confidential f',
      ];
      const got = shell.complete(fixtureDir, lines).map((g) => g.words);
      expect(got).toEqual([[], ['--iids'], ['--no-confidential'], [], [], ['--page', '--paginate'], [], ['false']]);
    });
  });

  return { fixtureDir: () => fixtureDir };
}
