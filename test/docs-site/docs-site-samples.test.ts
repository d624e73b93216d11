// The docs site's code samples: made from the CLI's command table and the client, so they are run
// here as users would run them. Every `gitlab-api` sample goes through the real CLI (in-process, with
// --dry-run, words split by bash); every TypeScript sample is type-checked with the package's types,
// and some run against a local server that checks each request against the spec.
// Operations are named by method and path, never by operationId or command name (those change).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callValues,
  CLI_LABEL,
  CLIENT_LABEL,
  CLIENT_SETUP,
  codeSamples,
  placeholder,
  shellWord,
  tsValue,
} from '../../scripts/emit/docs-site-samples.js';
import type { CodeSample, OpenAPIDocument } from '../../scripts/openapi-document.js';
import type { CommandParam } from '../../src/cli/command-table.js';
import { main } from '../../src/cli/main.js';
import { redactor } from '../../src/cli/io.js';
import { compilerOptions, createService, repoRoot } from '../client/helpers/language-service.js';
import { asLocal, runExample } from '../client/helpers/run-example.js';
import { startSpecServer, type SpecServer } from '../client/helpers/spec-server.js';
import { loadSpec, operations } from '../helpers/pipeline.js';

const param = (over: Partial<CommandParam>): CommandParam => ({ flag: 'x', name: 'x', in: 'query', types: [], required: true, description: '', ...over });

describe('callValues: what a docs curl call sends, by name', () => {
  it.each([
    // issues.md:488 (docs-source): the query string of a POST
    ['curl --request POST --header "PRIVATE-TOKEN: 9koXpg98eAheJpvBs5tK" https://gitlab.example.com/api/v4/projects/4/issues?title=Issues%20with%20auth&labels=bug',
      '/projects/{id}/issues', { id: '4' }, [['title', ['Issues with auth']], ['labels', ['bug']]]],
    // groups.md style: form data and an encoded path
    ["curl --request POST --header 'PRIVATE-TOKEN: x' --data 'name=a+b&path=g%2Fh' https://host/api/v4/groups/my%2Fgroup/subgroups",
      '/groups/{id}/subgroups', { id: 'my/group' }, [['name', ['a b']], ['path', ['g/h']]]],
    // project_import_export.md:128: --form fields, the file kept as written
    ['curl --request POST --form "path=api-project" --form "file=@/path/to/file" https://gitlab.example.com/api/v4/projects/import',
      '/projects/import', {}, [['path', ['api-project']], ['file', ['@/path/to/file']]]],
    // events.md:278 glues its query on with `&`
    ['curl --header "PRIVATE-TOKEN: x" https://gitlab.example.com/api/v4/projects/:id/events&target_type=issue&action=created',
      '/projects/{id}/events', { id: ':id' }, [['target_type', ['issue']], ['action', ['created']]]],
  ])('%s', (source, route, path, fields) => {
    const values = callValues(source, route);
    expect(values?.path).toEqual(path);
    expect([...(values?.fields ?? [])]).toEqual(fields);
  });

  it('reads a JSON body, also one built in a here-document (commits.md:104)', () => {
    const source = `PAYLOAD=$(cat << 'JSON'\n{\n  "branch": "master",\n  "actions": [{"action": "create"}]\n}\nJSON\n)\ncurl --request POST --data "$PAYLOAD" https://gitlab.example.com/api/v4/projects/1/repository/commits`;
    expect(callValues(source, '/projects/{id}/repository/commits')?.json).toEqual({ branch: 'master', actions: [{ action: 'create' }] });
  });

  it('gives nothing for a call to another route', () => {
    expect(callValues('curl https://gitlab.example.com/api/v4/projects/4/issues/2', '/projects/{id}/issues')).toBeUndefined();
  });
});

describe('placeholder: a value of the type for a required parameter without one', () => {
  it.each<[string, Partial<CommandParam>, unknown]>([
    ['an integer', { types: ['integer', 'string'] }, 1],
    ['the first enum value', { types: ['string'], enum: ['opened', 'closed'] }, 'opened'],
    ['a named string', { flag: 'title', types: ['string'] }, '<title>'],
    ['an untyped value, as a string', { flag: 'sha', types: [] }, '<sha>'],
    ['a boolean', { types: ['boolean'] }, true],
    ['an array of its items', { types: ['array'], items: ['integer'] }, [1]],
    ['a file', { flag: 'file', types: ['string'], file: true }, { file: 'file.png' }],
  ])('%s', (_, over, want) => {
    expect(placeholder(param(over))).toEqual(want);
  });
});

describe('shellWord and tsValue', () => {
  it('quote so that bash reads the value back exactly', () => {
    const values = ['plain', "it's", '<title>', '$(touch x)', 'a b', '`id`', 'x\ny'];
    const words = spawnSync('bash', ['-c', `printf '%s\\0' ${values.map(shellWord).join(' ')}`], { encoding: 'utf8' }).stdout.split('\0').slice(0, -1);
    expect(words).toEqual(values);
  });

  it('writes TypeScript literals', () => {
    expect(tsValue({ a: [1, 'x'], 'iids[]': true })).toBe(`{ a: [1, 'x'], 'iids[]': true }`);
    expect(tsValue("it's\n")).toBe(`'it\\'s\\n'`);
  });
});

// The samples of the docs-source spec, by `METHOD path`.
let spec: OpenAPIDocument;
let samples: Map<string, CodeSample[]>;

beforeAll(() => {
  spec = loadSpec();
  samples = codeSamples(spec);
});

const sampleOf = (key: string, label: string) => samples.get(key)?.find((s) => s.label === label)?.source ?? '';

describe('the samples of every operation (spec of docs-source)', () => {
  it('every operation has a gitlab-api and a TypeScript sample', () => {
    const keys = operations(spec).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(keys.length).toBeGreaterThan(300);
    for (const key of keys) {
      expect(sampleOf(key, CLI_LABEL), key).toMatch(/^gitlab-api /);
      expect(sampleOf(key, CLIENT_LABEL), key).toContain(`.${key.split(' ')[0]}('${key.split(' ')[1]}'`);
    }
  });

  it("takes the docs' values: issues.md:488 creates issue `Issues with auth` with label `bug` in project 4", () => {
    const cli = sampleOf('POST /projects/{id}/issues', CLI_LABEL);
    expect(cli).toMatch(/ --id 4 /);
    expect(cli).toContain("--title 'Issues with auth'");
    expect(cli).toContain('--labels bug');
    expect(sampleOf('POST /projects/{id}/issues', CLIENT_LABEL)).toContain(`gitlab.issues.POST('/projects/{id}/issues', {
  params: { path: { id: 4 } },
  body: { title: 'Issues with auth', labels: 'bug' },
});`);
  });
});

describe('every gitlab-api sample runs with --dry-run and sends the request of its operation', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'docs-site-samples-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('all of them', async () => {
    const keys = [...samples.keys()];
    // One bash for all: each sample's words as bash reads them, `gitlab-api` replaced by printf.
    const script = keys.map((key) => `${sampleOf(key, CLI_LABEL).replace(/^gitlab-api /, "printf '%s\\0' ")}\nprintf '\\1\\0'`).join('\n');
    const out = spawnSync('bash', ['-c', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(out.status, out.stderr).toBe(0);
    const commands = out.stdout.split('\u0001\0').slice(0, -1).map((words) => words.split('\0').slice(0, -1));
    expect(commands).toHaveLength(keys.length);
    const failures: string[] = [];
    for (const [i, key] of keys.entries()) {
      const [method, path] = key.split(' ');
      // A spec of this one operation: the CLI reads its table from it at each run.
      const file = join(dir, `op-${i}.json`);
      writeFileSync(file, JSON.stringify({ ...spec, paths: { [path]: { [method.toLowerCase()]: (spec.paths![path] as Record<string, unknown>)[method.toLowerCase()] } } }));
      const argv = [...commands[i], '--dry-run'].map((word) => (word.startsWith('@') ? `@${join(dir, 'upload.bin')}` : word));
      writeFileSync(join(dir, 'upload.bin'), 'contents');
      let stdout = '';
      let stderr = '';
      const r = redactor();
      const code = await main({
        argv,
        env: { GITLAB_API_SPEC: file, GITLAB_URL: 'https://gitlab.example.com', GITLAB_TOKEN: 'sample-token', HOME: dir },
        stdout: (t) => void (stdout += r.apply(t)),
        stderr: (t) => void (stderr += r.apply(t)),
        writeStdout: async (bytes) => void (stdout += Buffer.from(bytes).toString('utf8')),
        readStdin: async () => '',
        stdoutIsTTY: false,
        addSecrets: (s) => r.add(s),
      });
      // The request line: the operation's method, its path with the sample's values in it.
      const route = new RegExp(`^curl --request ${method} .*'https://gitlab\\.example\\.com/api/v4${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/?\']+')}[?']`);
      if (code !== 0 || !route.test(stdout)) failures.push(`${key}: exit ${code}: ${stderr.trim() || stdout.split('\n')[0]}\n  ${sampleOf(key, CLI_LABEL)}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('the TypeScript samples', () => {
  const DIR = resolve(repoRoot, '.cache/test-docs-site-samples');
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  it('type-check with the shipped types, every one (uploads pass a Blob for a multipart file field)', () => {
    const keys = [...samples.keys()];
    expect(keys.filter((key) => sampleOf(key, CLIENT_LABEL).includes('new Blob(')).length).toBeGreaterThan(0);
    expect(keys.length).toBeGreaterThan(300);
    // One file: the setup every sample starts with, then each sample's call in its own function
    // (one program checks them all at once; one file each costs a third more).
    const calls = keys.map((key, i) => {
      const sample = sampleOf(key, CLIENT_LABEL);
      expect(sample.startsWith(CLIENT_SETUP), key).toBe(true);
      return `// ${key}\nexport async function sample${i}() {\n${sample.slice(CLIENT_SETUP.length)}}\n`;
    });
    const file = resolve(DIR, 'samples.ts');
    const service = createService({ [file]: `${asLocal(CLIENT_SETUP)}\n${calls.join('\n')}` }, { ...compilerOptions, types: ['node'] });
    const program = service.getProgram()!;
    const problems = service.getSemanticDiagnostics(file).map((d) => {
      const line = ts.getLineAndCharacterOfPosition(program.getSourceFile(file)!, d.start!).line;
      const owner = program.getSourceFile(file)!.text.split('\n').slice(0, line + 1).reverse().find((l) => l.startsWith('// ')) ?? '';
      return `${owner.slice(3)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(problems).toEqual([]);
  }, 180_000);

  describe('run against a local server that checks every request against the spec', () => {
    let server: SpecServer;
    beforeAll(async () => {
      mkdirSync(DIR, { recursive: true });
      server = await startSpecServer(spec as Record<string, any>);
    });
    afterAll(() => server?.close());

    // A sample of each kind: docs values in path, query and body, JSON arrays of objects, placeholders.
    it.each([
      'POST /projects/{id}/issues',
      'GET /projects/{id}/issues',
      'GET /projects/{id}/merge_requests/{merge_request_iid}',
      'POST /projects/{id}/repository/commits',
      'PUT /projects/{id}/repository/branches/{branch}/protect',
      'GET /user',
      'DELETE /projects/{id}/issues/{issue_iid}',
    ])('%s', async (key) => {
      const { matched, violations, talksToServer } = await runExample(server, sampleOf(key, CLIENT_LABEL), resolve(DIR, `run-${key.replace(/[^a-z0-9]+/gi, '-')}.ts`));
      expect(talksToServer).toBe(true);
      expect(violations).toEqual([]);
      expect(matched.map((m) => `${m.method} ${m.template}`)).toEqual([key]);
    });
  });
});
