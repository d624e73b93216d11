// Where the connection comes from (flags, environment, config file) and where each credential may
// go: a config file's token only to its host, CI_JOB_TOKEN only to the CI server, flags and
// GITLAB_TOKEN to the URL in use; messages name the source, never the secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { json, run, startServer, tempDir, type TestServer } from './helpers.js';

function home(config?: unknown, mode = 0o600): { HOME: string; file: string } {
  const dir = tempDir('cli-config-');
  const file = join(dir, '.config/gitlab-api/config.json');
  if (config !== undefined) {
    mkdirSync(join(dir, '.config/gitlab-api'), { recursive: true });
    writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
    chmodSync(file, mode);
  }
  return { HOME: dir, file };
}

const dry = ['project', 'list', '--dry-run'];

describe('precedence: flags > environment > config file, for the URL and for credentials', () => {
  const { HOME } = home({ url: 'https://file.example', token: 'file-token-1', sudo: 'filesudo' });

  it('the file alone: its token and Sudo go to its url', async () => {
    const r = await run(dry, { env: { HOME } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("curl --request GET --header 'PRIVATE-TOKEN: [REDACTED]' --header 'Sudo: filesudo' 'https://file.example/api/v4/projects'\n");
  });

  it('GITLAB_URL, GITLAB_HOST (a bare host) over the file\'s url; GITLAB_TOKEN goes to the URL in use', async () => {
    expect((await run(dry, { env: { HOME, GITLAB_HOST: 'env.example', GITLAB_TOKEN: 'env-token-1' } })).stdout).toBe("curl --request GET --header 'PRIVATE-TOKEN: [REDACTED]' 'https://env.example/api/v4/projects'\n");
    expect((await run(dry, { env: { HOME, GITLAB_URL: 'http://url.example:8080/', GITLAB_HOST: 'host.example' } })).stdout).toContain("'http://url.example:8080/api/v4/projects'");
  });

  it('flags over both', async () => {
    const r = await run([...dry, '--url', 'https://flag.example/api/v4', '--oauth-token', 'oauth-123', '--sudo', 'alice'], { env: { HOME, GITLAB_URL: 'https://env.example', GITLAB_TOKEN: 'env-token-1' } });
    expect(r.stdout).toBe("curl --request GET --header 'Authorization: Bearer [REDACTED]' --header 'Sudo: alice' 'https://flag.example/api/v4/projects'\n");
  });
});

describe('a config file token goes only to the host it was saved for', () => {
  it('another --url or GITLAB_URL gets neither its token nor its Sudo', async () => {
    const { HOME } = home({ url: 'https://gitlab.example.com', token: 'file-token-1', sudo: 'filesudo' });
    expect((await run([...dry, '--url', 'https://evil.example'], { env: { HOME } })).stdout).toBe("curl --request GET 'https://evil.example/api/v4/projects'\n");
    expect((await run(dry, { env: { HOME, GITLAB_URL: 'https://evil.example' } })).stdout).toBe("curl --request GET 'https://evil.example/api/v4/projects'\n");
    // The same host under another spelling of its URL still gets it.
    expect((await run([...dry, '--url', 'gitlab.example.com/'], { env: { HOME } })).stdout).toContain('PRIVATE-TOKEN');
  });

  it('a token without a url in the file belongs to gitlab.com', async () => {
    const { HOME } = home({ token: 'file-token-1' });
    expect((await run(dry, { env: { HOME } })).stdout).toContain("--header 'PRIVATE-TOKEN: [REDACTED]' 'https://gitlab.com/api/v4/projects'");
    expect((await run([...dry, '--url', 'https://self.example'], { env: { HOME } })).stdout).not.toContain('PRIVATE-TOKEN');
  });

  it('several hosts, each with its own credential (glab-style hosts)', async () => {
    const { HOME } = home({ url: 'https://a.example', hosts: { 'a.example': { token: 'token-a-1' }, 'https://b.example:8443/': { oauth_token: 'oauth-b-1', sudo: 'bob' } } });
    expect((await run(dry, { env: { HOME } })).stdout).toBe("curl --request GET --header 'PRIVATE-TOKEN: [REDACTED]' 'https://a.example/api/v4/projects'\n");
    expect((await run([...dry, '--url', 'https://b.example:8443'], { env: { HOME } })).stdout).toBe("curl --request GET --header 'Authorization: Bearer [REDACTED]' --header 'Sudo: bob' 'https://b.example:8443/api/v4/projects'\n");
    expect((await run([...dry, '--url', 'https://b.example'], { env: { HOME } })).stdout).toBe("curl --request GET 'https://b.example/api/v4/projects'\n");
  });
});

describe('CI_JOB_TOKEN goes to the CI server only', () => {
  it('with CI_SERVER_URL (or CI_API_V4_URL) the instance is the default URL and gets the job token', async () => {
    expect((await run(dry, { env: { CI_JOB_TOKEN: 'job-token-123', CI_SERVER_URL: 'https://ci.example' } })).stdout).toBe("curl --request GET --header 'JOB-TOKEN: [REDACTED]' 'https://ci.example/api/v4/projects'\n");
    expect((await run(dry, { env: { CI_JOB_TOKEN: 'job-token-123', CI_API_V4_URL: 'https://ci.example/api/v4', CI_SERVER_URL: 'https://other.example' } })).stdout).toBe("curl --request GET --header 'JOB-TOKEN: [REDACTED]' 'https://ci.example/api/v4/projects'\n");
  });

  it('never to gitlab.com by default, nor to another --url', async () => {
    expect((await run(dry, { env: { CI_JOB_TOKEN: 'job-token-123' } })).stdout).toBe("curl --request GET 'https://gitlab.com/api/v4/projects'\n");
    expect((await run([...dry, '--url', 'https://gitlab.com'], { env: { CI_JOB_TOKEN: 'job-token-123', CI_SERVER_URL: 'https://ci.example' } })).stdout).toBe("curl --request GET 'https://gitlab.com/api/v4/projects'\n");
  });
});

describe('errors name the source of the credential, never its value', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    server.handle((_r, res) => json(res, 401, { message: '401 Unauthorized' }));
  });
  afterAll(() => server.close());

  it('a refused token: the variable it came from', async () => {
    const r = await run(['project', 'list'], { env: { GITLAB_URL: server.url, GITLAB_TOKEN: 'glpat-refused-1' } });
    expect([r.code, r.stderr]).toEqual([1, 'gitlab-api: GET /projects: 401 Unauthorized: 401 Unauthorized (PRIVATE-TOKEN from GITLAB_TOKEN)\n']);
  });

  it('a config token not sent to another host: the file, and the host it is for', async () => {
    const { HOME, file } = home({ url: 'https://gitlab.example.com', token: 'glpat-file-secret-2' });
    server.received.length = 0;
    const r = await run(['project', 'list', '--url', server.url], { env: { HOME } });
    expect(server.received[0].headers['private-token']).toBeUndefined();
    expect(r.stderr).toBe(`gitlab-api: GET /projects: 401 Unauthorized: 401 Unauthorized (no credential for ${new URL(server.url).host}: ${file} is for gitlab.example.com)\n`);
    expect(r.stdout + r.stderr).not.toContain('glpat-file-secret-2');
  });

  it('a job token without its server, named by its variables', async () => {
    const r = await run(['project', 'list'], { env: { GITLAB_URL: server.url, CI_JOB_TOKEN: 'job-secret-3' } });
    expect(r.stderr).toContain('(no credential for 127.0.0.1');
    expect(r.stderr).toContain('CI_JOB_TOKEN is sent only to CI_API_V4_URL or CI_SERVER_URL, and neither is set)');
    expect(r.stderr).not.toContain('job-secret-3');
  });
});

describe('the config file is checked', () => {
  it('readable by others: a warning naming the file and the fix', async () => {
    const { HOME, file } = home({ hosts: { 'gitlab.com': { token: 'file-token-1' } } }, 0o644);
    const r = await run(dry, { env: { HOME } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`gitlab-api: warning: ${file} holds a token and is readable by others (mode 644); run: chmod 600 ${file}\n`);
  });

  it.each([
    ['malformed JSON', '{"url": "https://x",', /malformed config file: .*JSON/],
    ['not an object', '[1,2]', /malformed config file: expected a JSON object/],
    ['an unknown key', '{"host": "x"}', /unknown key "host" in the file/],
    ['a non-string value', '{"token": 42}', /"token" must be a string/],
    ['hosts not an object', '{"hosts": []}', /"hosts" must be an object/],
    ['an unknown key in a host', '{"hosts": {"a.example": {"password": "x"}}}', /unknown key "password" in hosts\."a\.example"/],
    ['a host entry not an object', '{"hosts": {"a.example": "tok"}}', /hosts\."a\.example" must be an object/],
    ['a host that is not one', '{"hosts": {"http://": {}}}', /hosts: "http:\/\/" is not a host name/],
  ])('%s: a message naming the file, exit 2', async (_name, text, message) => {
    const { HOME, file } = home(text);
    const r = await run(dry, { env: { HOME } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.startsWith(`gitlab-api: ${file}: `)).toBe(true);
  });

  it('a missing --config file is an error; a missing default file is not', async () => {
    expect((await run([...dry, '--config', '/nonexistent/c.json'])).stderr).toMatch(/\/nonexistent\/c\.json: cannot read the config file \(ENOENT\)/);
    expect((await run(dry)).code).toBe(0);
  });
});
