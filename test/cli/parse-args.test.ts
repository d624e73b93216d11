// argv -> options, no server: command words, parameters and their forms, scopes of the global
// options, the request an operation builds; then the usage errors, each refused before sending
// (a real server checks that nothing arrives).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArgs } from '../../src/cli/parse-args.js';
import { loadCommands } from '../../src/cli/load-table.js';
import { operationOptions } from '../../src/cli/commands/operation.js';
import { FIXTURE, run, startServer, type TestServer } from './helpers.js';

const commands = loadCommands({ GITLAB_API_SPEC: FIXTURE });
const parse = (...argv: string[]) => parseArgs(argv, commands);
const options = async (...argv: string[]) => {
  const inv = parse(...argv);
  return operationOptions(inv.command!, inv, { readStdin: async () => '' });
};

describe('command words', () => {
  it('a resource and a verb name an operation; global options may come first', () => {
    const inv = parse('--url', 'https://x.example', 'project-issue', 'list', '--id', '1');
    expect(inv.command?.name).toBe('project-issue list');
    expect(inv.globals.get('url')).toBe('https://x.example');
    expect(inv.values.get('id')).toEqual(['1']);
  });

  it('a resource alone, a builtin and its words', () => {
    expect(parse('project-issue').resource).toBe('project-issue');
    expect(parse('project-issue').command).toBeUndefined();
    expect(parse('list', 'issue', 'labels')).toMatchObject({ builtin: 'list', positionals: ['issue', 'labels'] });
    expect(parse('api', 'POST', 'projects/1/issues', '-F', 'title=x', '--field', 'labels[]=a')).toMatchObject({ builtin: 'api', positionals: ['POST', 'projects/1/issues'] });
    expect(parse('api', 'projects', '-F', 'a=1', '-F', 'b=2').repeated.get('field')).toEqual(['a=1', 'b=2']);
  });

  it.each<[string, string[], RegExp]>([
    ['a misspelt resource', ['project-isue'], /unknown command project-isue\. Did you mean project-issue\b/],
    ['an old-style name, by the words of the names', ['list-project-issues'], /Did you mean project-issue list\b/],
    ['a heading-style name, by the summaries', ['new-issue'], /Did you mean project-issue create\?/],
    ['a misspelt verb', ['project-issue', 'lst'], /unknown command "project-issue lst"\. Did you mean project-issue list\b/],
    ['an operation option before the verb', ['project-issue', '--id', '1'], /project-issue needs a verb before its options: create, delete, get, list\./],
  ])('%s', (_name, argv, message) => {
    expect(() => parse(...argv)).toThrow(message);
  });
});

describe('parameters', () => {
  it('booleans: --flag, --flag false, --flag=false, --no-flag', () => {
    expect(parse('project', 'list', '--archived').values.get('archived')).toEqual(['true']);
    expect(parse('project', 'list', '--archived', 'false', '--search', 'x').values.get('archived')).toEqual(['false']);
    expect(parse('project', 'list', '--archived=false').values.get('archived')).toEqual(['false']);
    expect(parse('project', 'list', '--no-archived').values.get('archived')).toEqual(['false']);
  });

  it('arrays: repeated, or a comma list; both at once', async () => {
    const o = await options('project-issue', 'list', '--id', 'g/p', '--iids', '1', '--iids', '2,3');
    expect(o.request.query).toEqual({ 'iids[]': [1, 2, 3] });
    expect(o.request.path).toEqual({ id: 'g/p' });
  });

  it('a JSON option (an array of objects) and typed body values', async () => {
    const o = await options('project-repository-commit', 'create', '--id', '1', '--branch', 'main', '--commit_message', 'm',
      '--actions', '{"action":"create","file_path":"a"}', '--actions', '[{"action":"delete","file_path":"b"}]');
    expect(o.request.json).toEqual({ branch: 'main', commit_message: 'm', actions: [{ action: 'create', file_path: 'a' }, { action: 'delete', file_path: 'b' }] });
    const issue = await options('project-issue', 'create', '--id', '1', '--title', 't', '--confidential', 'false', '--assignee_ids', '1,2', '--weight', '3');
    expect(issue.request.json).toEqual({ title: 't', confidential: false, assignee_ids: [1, 2], weight: 3 });
  });

  it('a file parameter makes the body multipart, the other fields text', async () => {
    const o = await options('project-upload', 'create', '--id', '1', '--file', '@logo.png');
    expect(o.request.form).toEqual({ fields: [], files: [['file', 'logo.png']] });
  });

  it('output options', async () => {
    const o = await options('project', 'list', '--paginate', '--max-pages', '2', '--output', 'ndjson', '--output-file', 'x.json', '--verbose');
    expect(o.exchange).toEqual({ format: 'ndjson', include: false, verbose: true, dryRun: false, outputFile: 'x.json', paginate: true, maxPages: 2 });
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('usage errors exit 2 and send nothing', () => {
  it.each<[string, string[], RegExp]>([
    ['unknown command, with a suggestion', ['project-isue', 'list'], /unknown command project-isue\. Did you mean project-issue/],
    ['a resource without its verb', ['project-issue'], /project-issue needs a verb: create, delete, get, list\. See 'gitlab-api help project-issue'/],
    ['unknown parameter, with a suggestion', ['project-issue', 'list', '--id', '1', '--stat', 'opened'], /unknown option --stat for project-issue list\. Did you mean --state/],
    ['a parameter of another operation', ['project', 'list', '--title', 'x'], /unknown option --title for project list/],
    ['missing required parameters, all listed', ['project-issue', 'create'], /project-issue create: missing required parameters --id, --title\./],
    ['a wrong type', ['project-issue', 'create', '--id', '1', '--title', 't', '--weight', 'heavy'], /--weight expects integer, got heavy\./],
    ['a wrong item type in an array', ['project-issue', 'create', '--id', '1', '--title', 't', '--assignee_ids', '1,x'], /--assignee_ids expects integer, got x\./],
    ['a value outside the enum, with a suggestion', ['project-issue', 'list', '--id', '1', '--state', 'open'], /--state must be one of opened, closed; got open\. Did you mean opened\?/],
    ['a value outside the enum inside a JSON option is left to the server, but a bad JSON is not', ['project-repository-commit', 'create', '--id', '1', '--branch', 'b', '--commit_message', 'm', '--actions', '{x'], /--actions expects object or array, got "\{x"\./],
    ['a boolean given a non-boolean', ['project', 'list', '--archived=maybe'], /--archived expects boolean, got maybe\./],
    ['--no- on a switch given a value', ['project', 'list', '--no-archived=true'], /--no-archived takes no value/],
    ['a scalar given twice', ['project-issue', 'list', '--id', '1', '--id', '2'], /--id given more than once/],
    ['a comma-list string given twice: the message says how', ['project-issue', 'list', '--id', '1', '--labels', 'a', '--labels', 'b'], /--labels given more than once; it takes one value \(a comma-separated list: --labels a,b\)\./],
    ['an option without its value', ['project-issue', 'list', '--id'], /--id needs a value\./],
    ['a word after the command', ['project', 'list', 'extra'], /project list takes no more words/],
    ['a short option', ['project', 'list', '-x'], /unknown option -x/],
    ['an unknown --output', ['project', 'list', '--output', 'xml'], /--output must be one of json, ndjson, yaml/],
    ['a bad --max-pages', ['project', 'list', '--paginate', '--max-pages', '0'], /--max-pages expects a positive integer/],
    ['--paginate on an operation that returns one object', ['project', 'get', '--id', '1', '--paginate'], /--paginate is for commands that return a list; project get \(GET \/projects\/\{id\}\) does not\./],
    ['--paginate on a POST', ['project-issue', 'create', '--id', '1', '--title', 't', '--paginate'], /--paginate is for commands that return a list/],
    ['--data that is not JSON', ['project-issue', 'create', '--id', '1', '--data', '{title:'], /--data: the --data value is not valid JSON/],
    ['--data from a missing file', ['project-issue', 'create', '--id', '1', '--data', '@/nonexistent/x.json'], /cannot read \/nonexistent\/x\.json \(ENOENT\)/],
    ['--data on a GET', ['project', 'list', '--data', '{}'], /project list \(GET\) takes no request body; --data is not allowed/],
    ['an api option on an operation', ['project', 'list', '--field', 'a=1'], /--field is an option of 'gitlab-api api'/],
    ['a path parameter that would leave its segment', ['project-issue', 'get', '--id', '..', '--issue_iid', '1'], /id cannot be/],
    ['completion without a shell', ['completion'], /completion needs a shell: bash, zsh or fish/],
    ['completion of an unknown shell', ['completion', 'zhs'], /Did you mean zsh\?/],
    ['help for an unknown command', ['help', 'project-issue', 'creat'], /Did you mean project-issue create\?/],
    ['a token with a line break', ['project', 'list', '--token', 'abc\r\nX-Evil: 1'], /token contains a CR, LF or NUL/],
    ['a Sudo with a line break', ['project', 'list', '--token', 'abcdef', '--sudo', 'root\nX: y'], /sudo contains a CR, LF or NUL/],
    ['a bad URL', ['project', 'list', '--url', 'ftp://x'], /invalid URL in --url/],
    ['api without a path', ['api'], /api takes a path, optionally after a method/],
    ['api with a full URL', ['api', 'https://gitlab.example.com/api/v4/projects'], /not a URL; give the host with --url/],
    ['api --field without =', ['api', 'projects', '--field', 'title'], /--field expects KEY=VALUE, got title\./],
    ['api uploading a file with GET', ['api', 'projects', '-X', 'GET', '-F', 'f=@x.png'], /uploads a file, which needs a request body \(not GET\)/],
    ['api --paginate on a POST', ['api', 'POST', 'projects', '--paginate'], /--paginate follows the pages of a GET; this is POST\./],
  ])('%s', async (_name, argv, message) => {
    server.received.length = 0;
    const r = await run([...argv, ...(argv.includes('--url') ? [] : ['--url', server.url])]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^gitlab-api: [^\n]*\n$/);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(server.received).toHaveLength(0);
  });

  it('a token with a line break is refused for --dry-run too, and never printed', async () => {
    const r = await run(['project', 'list', '--url', server.url, '--dry-run', '--token', 'abcdef\nX-Evil: 1']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('abcdef');
  });
});

describe('accepted forms', () => {
  it('--name=value, --name value, --flag=false, --per-page for per_page, and --help after a mistake', async () => {
    const dry = async (...argv: string[]) => (await run([...argv, '--url', 'https://gitlab.example.com', '--dry-run'])).stdout;
    expect(await dry('project', 'list', '--archived=false', '--per-page', '5')).toContain("'https://gitlab.example.com/api/v4/projects?archived=false&per_page=5'");
    expect(await dry('project-issue', 'list', '--id=7', '--iids=1', '--iids=2')).toContain('/projects/7/issues?iids[]=1&iids[]=2');
    const help = await run(['project-issue', 'create', '--bogus', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('POST /projects/{id}/issues');
    expect((await run(['project-issue', '--id', '1', '--help'])).stdout).toMatch(/^project-issue: 4 commands\n/);
  });

  it('the fixture spec names what these tests use', () => {
    const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    expect(doc.paths['/projects/{id}/issues'].get['x-gitlab-command']).toBe('project-issue list');
  });
});
