// Where the connection comes from: flags, then environment, then the config file; the file's
// permissions and shape are checked.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './helpers.js';

function home(config?: string, mode = 0o600): { HOME: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cli-config-'));
  const file = join(dir, '.config/gitlab-api/config.json');
  if (config !== undefined) {
    mkdirSync(join(dir, '.config/gitlab-api'), { recursive: true });
    writeFileSync(file, config);
    chmodSync(file, mode);
  }
  return { HOME: dir, file };
}

const dry = ['list-projects', '--dry-run'];

describe('precedence: flags > environment > config file', () => {
  const { HOME } = home(JSON.stringify({ url: 'https://file.example', token: 'file-token-1', sudo: 'filesudo' }));

  it('the file alone', async () => {
    const r = await run(dry, { env: { HOME } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("curl --request GET --header 'PRIVATE-TOKEN: [REDACTED]' --header 'Sudo: filesudo' 'https://file.example/api/v4/projects'\n");
  });

  it('the environment over the file (GITLAB_HOST as a bare host, CI_JOB_TOKEN)', async () => {
    const r = await run(dry, { env: { HOME, GITLAB_HOST: 'env.example', CI_JOB_TOKEN: 'job-token-123' } });
    expect(r.stdout).toBe("curl --request GET --header 'JOB-TOKEN: [REDACTED]' --header 'Sudo: filesudo' 'https://env.example/api/v4/projects'\n");
    const u = await run(dry, { env: { HOME, GITLAB_URL: 'http://url.example:8080/', GITLAB_HOST: 'host.example' } });
    expect(u.stdout).toContain("'http://url.example:8080/api/v4/projects'");
  });

  it('flags over both', async () => {
    const r = await run([...dry, '--url', 'https://flag.example/api/v4', '--oauth-token', 'oauth-123', '--sudo', 'alice'], {
      env: { HOME, GITLAB_URL: 'https://env.example', GITLAB_TOKEN: 'env-token-1' },
    });
    expect(r.stdout).toBe("curl --request GET --header 'Authorization: Bearer [REDACTED]' --header 'Sudo: alice' 'https://flag.example/api/v4/projects'\n");
  });
});

describe('the config file is checked', () => {
  it('readable by others: a warning naming the file and the fix', async () => {
    const { HOME, file } = home(JSON.stringify({ token: 'file-token-1' }), 0o644);
    const r = await run(dry, { env: { HOME } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`gitlab-api: warning: ${file} holds a token and is readable by others (mode 644); run: chmod 600 ${file}\n`);
  });

  it.each([
    ['malformed JSON', '{"url": "https://x",', /malformed config file: .*JSON/],
    ['not an object', '[1,2]', /malformed config file: expected a JSON object/],
    ['an unknown key', '{"host": "x"}', /unknown key "host"/],
    ['a non-string value', '{"token": 42}', /"token" must be a string/],
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
