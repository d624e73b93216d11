// End to end, in-process: argv -> request received by a real server on 127.0.0.1 -> output.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { json, run, tempDir, useServer } from './helpers.js';

const TOKEN = 'glpat-secret-token-0123';
const ctx = useServer(TOKEN);

function fresh() {
  ctx.server.received.length = 0;
}

describe('requests', () => {
  it('GET with path and query parameters: encoded id, repeated and comma arrays, switch, enum', async () => {
    fresh();
    ctx.server.handle((_r, res) => json(res, 200, [{ iid: 1, title: 'a' }]));
    const r = await run(['project-issue', 'list', ...ctx.base, '--id', 'group/project', '--state=opened', '--iids', '1,2', '--iids', '3', '--labels', 'bug,ui', '--confidential']);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '[{"iid":1,"title":"a"}]\n', '']);
    const [req] = ctx.server.received;
    expect(req.method).toBe('GET');
    const url = new URL(req.url, ctx.server.url);
    expect(url.pathname).toBe('/api/v4/projects/group%2Fproject/issues');
    expect(url.searchParams.getAll('iids[]')).toEqual(['1', '2', '3']);
    expect(url.searchParams.get('state')).toBe('opened');
    expect(url.searchParams.get('labels')).toBe('bug,ui');
    expect(url.searchParams.get('confidential')).toBe('true');
    expect(req.headers['private-token']).toBe(TOKEN);
  });

  it('prints JSON pretty on a terminal, NDJSON and YAML on request', async () => {
    ctx.server.handle((_r, res) => json(res, 200, [{ iid: 1 }, { iid: 2 }]));
    expect((await run(['project', 'list', ...ctx.base], { tty: true })).stdout).toBe('[\n  {\n    "iid": 1\n  },\n  {\n    "iid": 2\n  }\n]\n');
    expect((await run(['project', 'list', ...ctx.base, '--output', 'ndjson'])).stdout).toBe('{"iid":1}\n{"iid":2}\n');
    expect((await run(['project', 'list', ...ctx.base, '--output=yaml'])).stdout).toBe('- iid: 1\n- iid: 2\n');
  });

  it('POST with a JSON body typed from the spec (integer, array of integers, boolean)', async () => {
    fresh();
    ctx.server.handle((_r, res) => json(res, 201, { iid: 7 }));
    const r = await run(['project-issue', 'create', ...ctx.base, '--id', '5', '--title', 'Broken build', '--weight', '3', '--assignee_ids', '1,2', '--no-confidential']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"iid":7}\n');
    const [req] = ctx.server.received;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/api/v4/projects/5/issues');
    expect(req.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(req.body)).toEqual({ title: 'Broken build', weight: 3, assignee_ids: [1, 2], confidential: false });
  });

  it('--data @file gives the body (and its keys satisfy required parameters); options override it', async () => {
    fresh();
    const file = join(tempDir('cli-data-'), 'issue.json');
    writeFileSync(file, JSON.stringify({ title: 'From file', labels: 'a' }));
    const r = await run(['project-issue', 'create', ...ctx.base, '--id', '5', '--data', `@${file}`, '--labels', 'b']);
    expect(r.code).toBe(0);
    expect(JSON.parse(ctx.server.received[0].body)).toEqual({ title: 'From file', labels: 'b' });
  });

  it('--data - reads the body from stdin', async () => {
    fresh();
    const r = await run(['project-issue', 'create', ...ctx.base, '--id', '5', '--data', '-'], { stdin: '{"title":"stdin"}' });
    expect(r.code).toBe(0);
    expect(JSON.parse(ctx.server.received[0].body)).toEqual({ title: 'stdin' });
  });

  it('the parameters of an operation shadow global options of the same name (hooks have url and token)', async () => {
    fresh();
    const r = await run(['--url', ctx.server.url, '--token', TOKEN, 'project-hook', 'create', '--id', '1', '--url', 'https://hook.example/x', '--token', 'hook-secret']);
    expect(r.code).toBe(0);
    expect(JSON.parse(ctx.server.received[0].body)).toEqual({ url: 'https://hook.example/x', token: 'hook-secret' });
    expect(ctx.server.received[0].headers['private-token']).toBe(TOKEN);
  });

  it('--paginate follows X-Next-Page and prints one array; --max-pages stops; ndjson streams', async () => {
    ctx.server.handle((req, res) => {
      const page = Number(new URL(req.url, ctx.server.url).searchParams.get('page') ?? 1);
      json(res, 200, [{ n: page * 10 + 1 }, { n: page * 10 + 2 }], page < 3 ? { 'X-Next-Page': String(page + 1) } : {});
    });
    fresh();
    const all = await run(['project', 'list', ...ctx.base, '--paginate']);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual([{ n: 11 }, { n: 12 }, { n: 21 }, { n: 22 }, { n: 31 }, { n: 32 }]);
    expect(ctx.server.received).toHaveLength(3);
    const two = await run(['project', 'list', ...ctx.base, '--all', '--max-pages', '2', '--output', 'ndjson']);
    expect(two.stdout).toBe('{"n":11}\n{"n":12}\n{"n":21}\n{"n":22}\n');
  });

  it('--include prints the status line and headers before the body', async () => {
    ctx.server.handle((_r, res) => json(res, 200, { ok: true }, { 'X-Total': '1' }));
    const r = await run(['project-issue', 'get', ...ctx.base, '--id', '1', '--issue_iid', '2', '--include']);
    expect(r.stdout).toMatch(/^HTTP 200 OK\n/);
    expect(r.stdout).toMatch(/\nx-total: 1\n/i);
    expect(r.stdout.endsWith('\n\n{"ok":true}\n')).toBe(true);
  });

  it('an error response: exit 1 and GitLab\'s own message', async () => {
    ctx.server.handle((_r, res) => json(res, 404, { message: '404 Project Not Found' }));
    const r = await run(['project-issue', 'get', ...ctx.base, '--id', '999', '--issue_iid', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('404 Project Not Found');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--dry-run prints a curl command with the token redacted and sends nothing', async () => {
    fresh();
    const r = await run(['project-issue', 'create', ...ctx.base, '--id', 'g/p', '--title', "it's", '--dry-run']);
    expect(r.code).toBe(0);
    expect(ctx.server.received).toHaveLength(0);
    expect(r.stdout).toBe(
      `curl --request POST --header 'PRIVATE-TOKEN: [REDACTED]' --header 'Content-Type: application/json' --data '{"title":"it'\\''s"}' '${ctx.server.url}/api/v4/projects/g%2Fp/issues'\n`,
    );
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('uploads a file parameter as multipart/form-data', async () => {
    fresh();
    ctx.server.handle((_r, res) => json(res, 201, { url: '/uploads/x/logo.png' }));
    const file = join(tempDir('cli-up-'), 'logo.png');
    writeFileSync(file, 'PNGDATA');
    const r = await run(['project-upload', 'create', ...ctx.base, '--id', '1', '--file', `@${file}`]);
    expect(r.code).toBe(0);
    expect(ctx.server.received[0].headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(ctx.server.received[0].body).toContain('filename="logo.png"');
    expect(ctx.server.received[0].body).toContain('PNGDATA');
  });
});

describe('values typed from the spec', () => {
  it('arrays of objects as JSON, one per option or as a JSON array', async () => {
    const spec = JSON.parse((await import('node:fs')).readFileSync((await import('./helpers.js')).FIXTURE, 'utf8'));
    spec.paths['/projects/{id}/issues'].post.requestBody.content['application/json'].schema = {
      type: 'object',
      properties: { links: { type: 'array', items: { type: 'object' }, description: 'links', 'x-source': { file: 'x.md', line: 1 } }, title: { type: 'string', description: 't', 'x-source': { file: 'x.md', line: 1 } } },
    };
    const file = join(tempDir('cli-spec-'), 'openapi.json');
    writeFileSync(file, JSON.stringify(spec));
    const r = await run(['project-issue', 'create', '--id', '1', '--links', '{"name":"a,b","url":"u"}', '--links', '[{"name":"c"}]', '--url', 'https://x.example', '--dry-run'], { env: { GITLAB_API_SPEC: file } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`--data '{"links":[{"name":"a,b","url":"u"},{"name":"c"}]}'`);
  });
});
