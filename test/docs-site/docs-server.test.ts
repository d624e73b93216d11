import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequestPath, startDocsServer, type DocsServer } from '../../scripts/docs-server.js';

let root: string;
let server: DocsServer;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'docs-server-'));
  root = join(base, 'docs');
  await mkdir(root);
  await mkdir(join(base, 'spec'));
  await writeFile(join(root, 'index.html'), '<!DOCTYPE html><title>site</title>');
  await writeFile(join(base, 'secret.txt'), 'not to be served');
  await writeFile(join(base, 'spec', 'openapi.json'), '{"openapi":"3.1.0"}');
  await writeFile(join(base, 'spec', 'openapi.yaml'), 'openapi: 3.1.0\n');
  await writeFile(join(base, 'spec', 'README.md'), 'not the spec');
  server = await startDocsServer({ root, specDir: join(base, 'spec') });
});

afterAll(async () => {
  await server?.close();
  if (root) await rm(join(root, '..'), { recursive: true, force: true });
});

/** A raw request (fetch would normalise `..` away before sending). */
function get(path: string, method = 'GET'): Promise<{ status: number; type?: string; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('startDocsServer', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves index.html for / and by name, as HTML', async () => {
    for (const path of ['/', '/index.html', '/?x=1#frag']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.type).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('<title>site</title>');
    }
  });

  it('serves the spec for download beside the page, and nothing else of its folder', async () => {
    expect(await get('/openapi.json')).toMatchObject({ status: 200, type: 'application/json; charset=utf-8', body: '{"openapi":"3.1.0"}' });
    expect(await get('/openapi.yaml')).toMatchObject({ status: 200, type: 'application/yaml; charset=utf-8', body: 'openapi: 3.1.0\n' });
    expect((await get('/README.md')).status).toBe(404);
    expect((await get('/sub/openapi.json')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await get('/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get('/', 'POST')).status).toBe(405);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00', '/nope.html']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('not to be served');
    }
  });
});

describe('resolveRequestPath', () => {
  it.each([
    ['/', '/site/index.html'],
    ['/a/b.html', '/site/a/b.html'],
    ['/../x', '/site/x'],
    ['/%2e%2e%2fx', undefined],
    ['/%E0%A4%A', undefined],
  ])('%s', (path, want) => {
    expect(resolveRequestPath('/site', path)).toBe(want);
  });
});

describe('npm run docs', () => {
  const script = fileURLToPath(new URL('../../scripts/docs-server.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

  it('says what to do when the site was not generated', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'docs-server-empty-'));
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      execFile(tsx, [script, '--dir', empty], (error, _stdout, stderr) => done({ code: error ? (error.code as number) : 0, stderr }));
    });
    await rm(empty, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('index.html does not exist; run `npm run generate` first');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints its address and serves the folder', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(tsx, [script, '--dir', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) done(out);
        });
        child.on('exit', (code) => fail(new Error(`exited with ${code}`)));
      });
      const url = /Docs site: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line)?.[1];
      expect(url).toBeDefined();
      const res = await fetch(url!);
      expect(await res.text()).toContain('<title>site</title>');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
