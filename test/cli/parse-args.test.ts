// Usage errors: refused before anything is sent, with exit code 2 and a message that helps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, startServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('usage errors exit 2 and send nothing', () => {
  it.each<[string, string[], RegExp]>([
    ['unknown operation, with a suggestion', ['list-project-isues'], /unknown operation list-project-isues\. Did you mean list-project-issues/],
    ['unknown parameter, with a suggestion', ['list-project-issues', '--id', '1', '--stat', 'opened'], /unknown option --stat for list-project-issues\. Did you mean --state/],
    ['a parameter of another operation', ['list-projects', '--title', 'x'], /unknown option --title for list-projects/],
    ['missing required parameters, all listed', ['create-issue'], /create-issue: missing required parameters --id, --title\./],
    ['a wrong type', ['create-issue', '--id', '1', '--title', 't', '--weight', 'heavy'], /--weight expects integer, got heavy\./],
    ['a wrong item type in an array', ['create-issue', '--id', '1', '--title', 't', '--assignee_ids', '1,x'], /--assignee_ids expects integer, got x\./],
    ['a value outside the enum, with a suggestion', ['list-project-issues', '--id', '1', '--state', 'open'], /--state must be one of opened, closed; got open\. Did you mean opened\?/],
    ['a boolean given a non-boolean', ['list-projects', '--archived=maybe'], /--archived expects boolean, got maybe\./],
    ['--no- on a switch given a value', ['list-projects', '--no-archived=true'], /--no-archived takes no value/],
    ['a scalar given twice', ['list-project-issues', '--id', '1', '--id', '2'], /--id given more than once/],
    ['an option without its value', ['list-project-issues', '--id'], /--id needs a value\./],
    ['a positional argument after the operation', ['list-projects', 'extra'], /takes no positional arguments/],
    ['a short option', ['list-projects', '-x'], /unknown option -x/],
    ['an unknown --output', ['list-projects', '--output', 'xml'], /--output must be one of json, ndjson, yaml/],
    ['a bad --max-pages', ['list-projects', '--paginate', '--max-pages', '0'], /--max-pages expects a positive integer/],
    ['--data that is not JSON', ['create-issue', '--id', '1', '--data', '{title:'], /--data: the --data value is not valid JSON/],
    ['--data from a missing file', ['create-issue', '--id', '1', '--data', '@/nonexistent/x.json'], /cannot read \/nonexistent\/x\.json \(ENOENT\)/],
    ['--paginate on a POST', ['create-issue', '--id', '1', '--title', 't', '--paginate'], /--paginate is for GET lists; create-issue is POST\./],
    ['--data on a GET', ['list-projects', '--data', '{}'], /takes no request body/],
    ['a path parameter that would leave its segment', ['get-project-issue', '--id', '..', '--issue_iid', '1'], /id cannot be/],
    ['completion without a shell', ['completion'], /completion needs a shell: bash, zsh or fish/],
    ['completion of an unknown shell', ['completion', 'zhs'], /Did you mean zsh\?/],
    ['help for an unknown operation', ['help', 'create-isue'], /Did you mean create-issue\?/],
    ['a token with a line break', ['list-projects', '--token', 'abc\r\nX-Evil: 1'], /token contains a CR, LF or NUL/],
    ['a Sudo with a line break', ['list-projects', '--token', 'abcdef', '--sudo', 'root\nX: y'], /sudo contains a CR, LF or NUL/],
    ['a bad URL', ['list-projects', '--url', 'ftp://x'], /invalid GitLab URL/],
  ])('%s', async (_name, argv, message) => {
    server.received.length = 0;
    const r = await run([...argv, ...(argv.includes('--url') ? [] : ['--url', server.url])]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^gitlab-api: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(server.received).toHaveLength(0);
  });

  it('a token with a line break is refused for --dry-run too, and never printed', async () => {
    const r = await run(['list-projects', '--url', server.url, '--dry-run', '--token', 'abcdef\nX-Evil: 1']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('abcdef');
  });
});

describe('accepted forms', () => {
  it('--name=value, --name value, --flag=false, -- per_page as --per-page, and --help after a mistake', async () => {
    const dry = async (...argv: string[]) => (await run([...argv, '--url', 'https://gitlab.example.com', '--dry-run'])).stdout;
    expect(await dry('list-projects', '--archived=false', '--per-page', '5')).toContain("'https://gitlab.example.com/api/v4/projects?archived=false&per_page=5'");
    expect(await dry('list-project-issues', '--id=7', '--iids=1', '--iids=2')).toContain('/projects/7/issues?iids[]=1&iids[]=2');
    const help = await run(['create-issue', '--bogus', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('POST /projects/{id}/issues');
  });
});
