// Real bash 5 with the bash-completion package: the generated script's candidates.
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bashComplete, generate, BASH_COMPLETION } from './shells.js';
import { checkCandidates, expectedOperations, specUnderTest, BEFORE_COMMAND, JUNK, FIXTURE_SPEC, MIN_DOCS_OPERATIONS } from './expected.js';
import { readFileSync } from 'node:fs';
import { afterAll } from 'vitest';

const spec = specUnderTest();
const ops = expectedOperations(spec.doc);
let dir: string;
let fixtureDir: string;
const temps: string[] = [];
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};

beforeAll(() => {
  expect(existsSync(BASH_COMPLETION)).toBe(true);
  dir = generate(spec.doc);
  fixtureDir = generate(JSON.parse(readFileSync(FIXTURE_SPEC, 'utf8')));
  temps.push(dir, fixtureDir);
});
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** Resources (first words of the names) -> their verbs, in the order of the names. */
function verbsByResource(): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const name of ops.map((o) => o.name).sort()) {
    const [resource, verb] = name.split(' ');
    by.set(resource, [...(by.get(resource) ?? []), verb]);
  }
  return by;
}

describe(`bash: every operation of the ${spec.name} (${ops.length})`, () => {
  it('offers exactly the operation parameters, required first, then the global options it reaches', () => {
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

  it('completes every resource and built-in command, then every resource\'s verbs, and nothing else', () => {
    const by = verbsByResource();
    const [names] = bashComplete(dir, ['gitlab-api ']);
    expect([...names].sort()).toEqual([...by.keys(), 'api', 'completion', 'help', 'list'].sort());
    const resources = [...by.keys()];
    const got = bashComplete(dir, resources.map((r) => `gitlab-api ${r} `));
    resources.forEach((r, i) => expect(got[i], r).toEqual(by.get(r)));
  });
});

describe('bash: the fixture spec, case by case', () => {
  it.each([
    ['gitlab-api project-i', ['project-issue']],
    ['gitlab-api project-issue ', ['create', 'delete', 'get', 'list']],
    ['gitlab-api project-issue l', ['list']],
    ['gitlab-api project-issue list --state=o', ['opened']],
    ['gitlab-api project-issue list --state c', ['closed']],
    ['gitlab-api project-issue list --confidential=', ['true', 'false']],
    ['gitlab-api project-issue list --confidential f', ['false']],
    ['gitlab-api project-issue create --issue_type=inc', ['incident']],
    ['gitlab-api --output ', ['json', 'ndjson', 'yaml']],
    ['gitlab-api project-issue list --output=nd', ['ndjson']],
    ['gitlab-api completion ', ['bash', 'zsh', 'fish']],
    ['gitlab-api help project-issue c', ['create']],
    ['gitlab-api help project-r', ['project-repository-commit', 'project-repository-file']],
    ['gitlab-api project-issue list --st', ['--state']],
    ['gitlab-api project-issue list --labels ', []],
    // global options before the command, with values, do not hide it
    ['gitlab-api --url https://gitlab.example.com --output json project list --ar', ['--archived']],
    ['gitlab-api --dry-run project-issue create --tit', ['--title']],
    // an option given is not offered again, unless it repeats (arrays, api's --field)
    ['gitlab-api project-issue list --state opened --st', []],
    ['gitlab-api project-issue list --iids 1 --ii', ['--iids']],
    ['gitlab-api --url https://x.example project list --ur', []],
    ['gitlab-api api GET projects --field a=1 --fi', ['--field']],
    // --no- forms of booleans, once --no is typed; neither form after one is given
    ['gitlab-api project-issue list --no', ['--no-confidential']],
    ['gitlab-api project-issue list --confidential --no', []],
    ['gitlab-api project list --no-archived --ar', []],
    // --paginate only for lists
    ['gitlab-api project list --pa', ['--page', '--paginate']],
    ['gitlab-api project get --pa', []],
    ['gitlab-api api ', ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']],
    ['gitlab-api api -X P', ['POST', 'PUT', 'PATCH']],
    ['gitlab-api nope ', []],
    ['gitlab-api project-issue nope --', []],
  ])('%s', (line, want) => {
    expect(bashComplete(fixtureDir, [line])[0]).toEqual(want);
  });

  it('offers global options before the command, without those of a body, a list or api', () => {
    const [got] = bashComplete(fixtureDir, ['gitlab-api --']);
    expect([...got].sort()).toEqual([...BEFORE_COMMAND].sort());
  });

  it('offers --data only to operations with a body, and --url of a hook is its parameter', () => {
    const [get, post, hook] = bashComplete(fixtureDir, ['gitlab-api project list --d', 'gitlab-api project-issue create --d', 'gitlab-api project-hook create --u']);
    expect(get).toEqual(['--dry-run']);
    expect(post).toEqual(['--description', '--data', '--dry-run']);
    expect(hook).toEqual(['--url']);
  });

  it('completes file paths for file parameters, --output-file and after @ for --data', () => {
    const cwd = temp('bash-files-');
    mkdirSync(join(cwd, 'sub'));
    writeFileSync(join(cwd, 'body.json'), '{}');
    writeFileSync(join(cwd, 'logo.png'), '');
    const [file, data, dataAt, dataEq, out] = bashComplete(
      fixtureDir,
      ['gitlab-api project-upload create --file lo', 'gitlab-api project-issue create --data @b', 'gitlab-api project-issue create --data ', 'gitlab-api project-issue create --data=@bo', 'gitlab-api project-repository-file raw --output-file lo'],
      { cwd },
    );
    expect(file).toEqual(['logo.png']);
    expect(data).toEqual(['@body.json']);
    expect(dataAt).toEqual(['-', '@']);
    expect(dataEq).toEqual(['@body.json']);
    expect(out).toEqual(['logo.png']);
  });

  it('never starts node: a TAB runs no node, npx or gitlab-api (each a trap on PATH here)', () => {
    const trap = temp('bash-trap-');
    const marks = temp('bash-marks-');
    for (const cmd of ['node', 'nodejs', 'npx', 'tsx', 'gitlab-api']) {
      writeFileSync(join(trap, cmd), `#!/bin/sh\ntouch '${marks}/${cmd}'\n`, { mode: 0o755 });
    }
    const lines = ['gitlab-api ', 'gitlab-api project-i', 'gitlab-api project-issue list --', 'gitlab-api project-issue list --state ', 'gitlab-api --output=', 'gitlab-api project-issue create --data @', 'gitlab-api completion '];
    const got = bashComplete(fixtureDir, lines, { env: { ...process.env, PATH: `${trap}:${process.env.PATH}` } });
    expect(got[1]).toEqual(['project-issue']);
    expect(got[3]).toEqual(['opened', 'closed']);
    expect(readdirSync(marks)).toEqual([]);
  });

  it('works without the bash-completion package too', () => {
    const got = bashComplete(fixtureDir, ['gitlab-api project-issue list --state=', 'gitlab-api project-issue list --state=cl', 'gitlab-api project-i', 'gitlab-api project-issue g'], { bashCompletion: false });
    expect(got).toEqual([['opened', 'closed'], ['closed'], ['project-issue'], ['get']]);
  });
});
