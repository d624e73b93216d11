// `gitlab-api api`: argv -> options (no server), then options -> HTTP against a real server, with
// the same credentials, pagination and output as the operations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/parse-args.js';
import { loadCommands } from '../../src/cli/load-table.js';
import { apiOptions } from '../../src/cli/commands/api.js';
import { FIXTURE, json, run, startServer, tempDir, type TestServer } from './helpers.js';

const commands = loadCommands({ GITLAB_API_SPEC: FIXTURE });
const options = (argv: string[], stdin = '') => apiOptions(parseArgs(['api', ...argv], commands), { readStdin: async () => stdin });

describe('api: argv -> request', () => {
  it('GET sends the fields as the query: typed, arrays by key[]', async () => {
    const { request } = await options(['GET', 'projects/g%2Fp/issues', '-F', 'state=opened', '--field', 'iids[]=1', '--field', 'iids[]=2', '-f', 'search=42']);
    expect(request).toEqual({ method: 'GET', pathTemplate: '/projects/g%2Fp/issues', path: {}, query: { state: 'opened', 'iids[]': [1, 2], search: '42' }, headers: {} });
  });

  it('fields make it a POST with a JSON body: true/false/null/numbers typed, --raw-field a string, key[] arrays, key[sub] objects', async () => {
    const { request } = await options(['/api/v4/projects/42/issues', '-F', 'title=Broken', '-F', 'confidential=true', '-F', 'weight=3', '-F', 'milestone_id=null', '-f', 'description=007', '-F', 'labels[]=bug', '-F', 'labels[]=ui', '-F', 'position[line]=4']);
    expect(request.method).toBe('POST');
    expect(request.pathTemplate).toBe('/projects/42/issues');
    expect(request.json).toEqual({ title: 'Broken', confidential: true, weight: 3, milestone_id: null, description: '007', labels: ['bug', 'ui'], position: { line: 4 } });
  });

  it('METHOD PATH, -X, --header; @FILE is a multipart upload', async () => {
    const { request } = await options(['put', 'projects/42', '-F', 'avatar=@logo.png', '-F', 'name=x', '-H', 'X-Trace: 1']);
    expect(request).toMatchObject({ method: 'PUT', headers: { 'X-Trace': '1' }, form: { fields: [['name', 'x']], files: [['avatar', 'logo.png']] } });
    expect((await options(['-X', 'DELETE', 'projects/42'])).request.method).toBe('DELETE');
    expect((await options(['projects/42'])).request.method).toBe('GET');
    expect((await options(['projects', '-F', 'search=x', '--paginate'])).request).toMatchObject({ method: 'GET', query: { search: 'x' } });
  });

  it('--input: the body as given (stdin with -), JSON by default; the fields then go to the query', async () => {
    const { request } = await options(['POST', 'projects/1/statuses/abc', '--input', '-', '-F', 'state=success'], '{"name":"ci"}');
    expect(Buffer.from(request.raw!.bytes).toString()).toBe('{"name":"ci"}');
    expect(request.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(request.query).toEqual({ state: 'success' });
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('api: HTTP', () => {
  const base = () => ['--url', server.url, '--token', 'glpat-api-token-1'];

  it('a GET with pagination, through the same client: every page, the token, JSON output', async () => {
    server.received.length = 0;
    server.handle((req, res) => {
      const page = Number(new URL(req.url, server.url).searchParams.get('page') ?? 1);
      json(res, 200, [{ page }], page < 2 ? { 'X-Next-Page': String(page + 1) } : {});
    });
    const r = await run(['api', 'projects', '-F', 'search=x', '--paginate', ...base()]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '[{"page":1},{"page":2}]\n', '']);
    expect(server.received.map((q) => q.url)).toEqual(['/api/v4/projects?search=x', '/api/v4/projects?search=x&page=2']);
    expect(server.received[0].headers['private-token']).toBe('glpat-api-token-1');
  });

  it('a POST with a JSON body, and a multipart upload', async () => {
    server.received.length = 0;
    server.handle((_r, res) => json(res, 201, { ok: true }));
    const file = join(tempDir('cli-api-'), 'logo.png');
    writeFileSync(file, 'PNGBYTES');
    expect((await run(['api', 'POST', 'projects/42/issues', '-F', 'title=T', '-F', 'labels[]=a', ...base()])).code).toBe(0);
    expect((await run(['api', 'PUT', 'projects/42', '-F', `avatar=@${file}`, '-F', 'name=n', ...base()])).code).toBe(0);
    const [post, put] = server.received;
    expect([post.method, post.url, JSON.parse(post.body)]).toEqual(['POST', '/api/v4/projects/42/issues', { title: 'T', labels: ['a'] }]);
    expect([put.method, put.url]).toEqual(['PUT', '/api/v4/projects/42']);
    expect(put.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(put.body).toMatch(/name="avatar"; filename="logo\.png"\r\n(.+\r\n)*\r\nPNGBYTES\r\n/);
    expect(put.body).toMatch(/name="name"\r\n\r\nn\r\n/);
  });

  it('--input FILE sends the bytes as they are; --dry-run shows it as curl', async () => {
    server.received.length = 0;
    server.handle((_r, res) => json(res, 201, {}));
    const file = join(tempDir('cli-api-'), 'body.json');
    writeFileSync(file, '{"ref": "main"}');
    expect((await run(['api', 'POST', 'projects/1/pipeline', '--input', file, ...base()])).code).toBe(0);
    expect([server.received[0].body, server.received[0].headers['content-type']]).toEqual(['{"ref": "main"}', 'application/json']);
    const dry = await run(['api', 'POST', 'projects/1/pipeline', '--input', file, '--dry-run', ...base()]);
    expect(dry.stdout).toBe(`curl --request POST --header 'PRIVATE-TOKEN: [REDACTED]' --header 'Content-Type: application/json' --data-binary '@${file}' '${server.url}/api/v4/projects/1/pipeline'\n`);
  });
});
