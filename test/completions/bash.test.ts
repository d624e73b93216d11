// Real bash 5 with the bash-completion package: the generated script's candidates.
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bashComplete, generate, BASH_COMPLETION } from './shells.js';
import { checkCandidates, expectedOperations, specUnderTest, GLOBALS, JUNK, FIXTURE_SPEC, MIN_DOCS_OPERATIONS } from './expected.js';
import { readFileSync } from 'node:fs';

const spec = specUnderTest();
const ops = expectedOperations(spec.doc);
let dir: string;
let fixtureDir: string;

beforeAll(() => {
  expect(existsSync(BASH_COMPLETION)).toBe(true);
  dir = generate(spec.doc);
  fixtureDir = generate(JSON.parse(readFileSync(FIXTURE_SPEC, 'utf8')));
});

describe(`bash: every operation of the ${spec.name} (${ops.length})`, () => {
  it('offers exactly the operation parameters, required first, then the global options it does not shadow', () => {
    expect(ops.length).toBeGreaterThanOrEqual(spec.fromDocs ? MIN_DOCS_OPERATIONS : 1);
    const got = bashComplete(dir, ops.map((o) => `gitlab-api ${o.name} --`));
    const problems: string[] = [];
    ops.forEach((op, i) => {
      problems.push(...checkCandidates(got[i], op));
    });
    expect(problems).toEqual([]);
  });

  it('no script holds a junk option of the Debian script, as a candidate or anywhere else', () => {
    for (const f of ['gitlab-api.bash', '_gitlab-api', 'gitlab-api.fish']) {
      const text = readFileSync(join(dir, 'completions', f), 'utf8');
      for (const j of JUNK) expect(text, `${f} holds ${j}`).not.toContain(`'${j}'`);
    }
  });

  it('completes the values of every enum parameter after --name= and --name ', () => {
    const cases = ops.flatMap((op) => op.params.filter((p) => p.enum && !p.boolean).map((p) => ({ op, p })));
    const got = bashComplete(dir, cases.flatMap(({ op, p }) => [`gitlab-api ${op.name} ${p.flag}=`, `gitlab-api ${op.name} ${p.flag} `]));
    const unquote = (w: string) => w.replace(/\\(.)/g, '$1');
    cases.forEach(({ op, p }, i) => {
      expect(got[2 * i].map(unquote), `${op.name} ${p.flag}=`).toEqual(p.enum);
      expect(got[2 * i + 1].map(unquote), `${op.name} ${p.flag} `).toEqual(p.enum);
    });
  });

  it('completes every operation name, and none but the spec ones and the built-in commands', () => {
    const [names] = bashComplete(dir, ['gitlab-api ']);
    expect(names.sort()).toEqual([...ops.map((o) => o.name), 'completion', 'help', 'list'].sort());
  });
});

describe('bash: the fixture spec, case by case', () => {
  it.each([
    ['gitlab-api list-project-issues --state=o', ['opened']],
    ['gitlab-api list-project-issues --state c', ['closed']],
    ['gitlab-api list-project-issues --confidential=', ['true', 'false']],
    ['gitlab-api create-issue --issue_type=inc', ['incident']],
    ['gitlab-api --output ', ['json', 'ndjson', 'yaml']],
    ['gitlab-api list-project-issues --output=nd', ['ndjson']],
    ['gitlab-api list-p', ['list-project-issues', 'list-projects']],
    ['gitlab-api completion ', ['bash', 'zsh', 'fish']],
    ['gitlab-api help create-', ['create-issue']],
    ['gitlab-api list-project-issues --st', ['--state']],
    ['gitlab-api list-project-issues --labels ', []],
    // global options before the operation, with values, do not hide it
    ['gitlab-api --url https://gitlab.example.com --output json list-projects --ar', ['--archived']],
    ['gitlab-api --dry-run create-issue --tit', ['--title']],
  ])('%s', (line, want) => {
    expect(bashComplete(fixtureDir, [line])[0]).toEqual(want);
  });

  it('offers global options before the operation, without --data', () => {
    const [got] = bashComplete(fixtureDir, ['gitlab-api --']);
    expect(got.sort()).toEqual(GLOBALS.filter((g) => g !== '--data').sort());
  });

  it('offers --data only to operations with a body, and --url of a hook is its parameter', () => {
    const [get, post, hook] = bashComplete(fixtureDir, ['gitlab-api list-projects --d', 'gitlab-api create-issue --d', 'gitlab-api add-project-hook --u']);
    expect(get).toEqual(['--dry-run']);
    expect(post).toEqual(['--description', '--data', '--dry-run']);
    expect(hook).toEqual(['--url']);
  });

  it('completes file paths for file parameters and after @ for --data', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bash-files-'));
    mkdirSync(join(cwd, 'sub'));
    writeFileSync(join(cwd, 'body.json'), '{}');
    writeFileSync(join(cwd, 'logo.png'), '');
    const [file, data, dataAt, dataEq] = bashComplete(
      fixtureDir,
      ['gitlab-api upload-project-file --file lo', 'gitlab-api create-issue --data @b', 'gitlab-api create-issue --data ', 'gitlab-api create-issue --data=@bo'],
      { cwd },
    );
    expect(file).toEqual(['logo.png']);
    expect(data).toEqual(['@body.json']);
    expect(dataAt).toEqual(['-', '@']);
    expect(dataEq).toEqual(['@body.json']);
  });

  it('never starts node: a TAB runs no node, npx or gitlab-api (each a trap on PATH here)', () => {
    const trap = mkdtempSync(join(tmpdir(), 'bash-trap-'));
    const marks = mkdtempSync(join(tmpdir(), 'bash-marks-'));
    for (const cmd of ['node', 'nodejs', 'npx', 'tsx', 'gitlab-api']) {
      writeFileSync(join(trap, cmd), `#!/bin/sh\ntouch '${marks}/${cmd}'\n`, { mode: 0o755 });
    }
    const lines = ['gitlab-api ', 'gitlab-api list-p', 'gitlab-api list-project-issues --', 'gitlab-api list-project-issues --state ', 'gitlab-api --output=', 'gitlab-api create-issue --data @', 'gitlab-api completion '];
    const got = bashComplete(fixtureDir, lines, { env: { ...process.env, PATH: `${trap}:${process.env.PATH}` } });
    expect(got[1]).toEqual(['list-project-issues', 'list-projects']);
    expect(got[3]).toEqual(['opened', 'closed']);
    expect(readdirSync(marks)).toEqual([]);
  });

  it('works without the bash-completion package too', () => {
    const got = bashComplete(fixtureDir, ['gitlab-api list-project-issues --state=', 'gitlab-api list-project-issues --state=cl', 'gitlab-api list-pr'], { bashCompletion: false });
    expect(got).toEqual([['opened', 'closed'], ['closed'], ['list-project-issues', 'list-projects']]);
  });
});
