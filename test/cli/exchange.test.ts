// Every response, against a real server: JSON formatted; raw files, archives and job logs copied
// byte for byte to stdout or --output-file; binary kept off a terminal unless asked; --verbose shows
// the credential's source and each retry with its wait.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { json, run, tempDir, useServer } from './helpers.js';

const TOKEN = 'glpat-exchange-token-77';
const ctx = useServer(TOKEN);

// A zip's first bytes, a NUL, and bytes that are not UTF-8.
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0xff, 0xfe, 0x80, 0x0a]);
const raw = (type: string, body: Buffer | string) => (_r: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
};
const rawFile = ['project-repository-file', 'raw', '--id', 'g/p', '--file_path', 'bin/logo.zip', '--ref', 'main'];

describe('raw content', () => {
  it('a raw file (text) to stdout unchanged, even on a terminal', async () => {
    const text = 'line one\n\u001b[32mgreen\u001b[0m ünïcode\n';
    ctx.server.handle(raw('text/plain; charset=utf-8', text));
    const r = await run([...rawFile, ...ctx.base], { tty: true });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.bytes.equals(Buffer.from(text))).toBe(true);
    expect(ctx.server.received.at(-1)!.url).toBe('/api/v4/projects/g%2Fp/repository/files/bin%2Flogo.zip/raw?ref=main');
  });

  it('binary to a pipe byte for byte', async () => {
    ctx.server.handle(raw('application/zip', ZIP));
    const r = await run([...rawFile, ...ctx.base]);
    expect(r.code).toBe(0);
    expect(r.bytes.equals(ZIP)).toBe(true);
  });

  it('binary is not written to a terminal: exit 2 and how to ask for it; --output-file - writes it anyway', async () => {
    ctx.server.handle(raw('application/octet-stream', ZIP));
    const refused = await run([...rawFile, ...ctx.base], { tty: true });
    expect(refused.code).toBe(2);
    expect(refused.bytes.length).toBe(0);
    expect(refused.stderr).toBe('gitlab-api: the response is binary (application/octet-stream, 12 bytes); not written to a terminal: give --output-file FILE, or --output-file - to write it here anyway.\n');
    const forced = await run([...rawFile, ...ctx.base, '--output-file', '-'], { tty: true });
    expect(forced.code).toBe(0);
    expect(forced.bytes.equals(ZIP)).toBe(true);
  });

  it('a NUL in text/plain is binary too', async () => {
    ctx.server.handle(raw('text/plain', Buffer.from('a\0b')));
    expect((await run([...rawFile, ...ctx.base], { tty: true })).code).toBe(2);
  });

  it('--output-file FILE: the bytes in FILE, nothing on stdout, no temporary file left', async () => {
    ctx.server.handle(raw('application/zip', ZIP));
    const dir = tempDir('cli-out-');
    const file = join(dir, 'logo.zip');
    const r = await run([...rawFile, ...ctx.base, '--output-file', file], { tty: true });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(file).equals(ZIP)).toBe(true);
    expect(readdirSync(dir)).toEqual(['logo.zip']);
  });

  it('a download cut off: exit 1, FILE not written, no temporary file', async () => {
    ctx.server.handle((_r, res) => {
      res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Length': '100000' });
      res.write(ZIP);
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const dir = tempDir('cli-out-');
    const r = await run([...rawFile, ...ctx.base, '--output-file', join(dir, 'logo.zip')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^gitlab-api: GET \/projects\/g%2Fp\/repository\/files\/bin%2Flogo\.zip\/raw\?ref=main: .+\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('JSON to --output-file is the compact JSON, and an unwritable place is a usage error', async () => {
    ctx.server.handle((_r, res) => json(res, 200, [{ id: 1 }]));
    const file = join(tempDir('cli-out-'), 'projects.json');
    expect((await run(['project', 'list', ...ctx.base, '--output-file', file], { tty: true })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('[{"id":1}]\n');
    const r = await run(['project', 'list', ...ctx.base, '--output-file', '/nonexistent/dir/x.json']);
    expect([r.code, r.stderr]).toEqual([2, 'gitlab-api: --output-file /nonexistent/dir/x.json: cannot write there (ENOENT).\n']);
    expect(existsSync('/nonexistent/dir')).toBe(false);
  });

  it('--include before a raw body; a 204 prints nothing', async () => {
    ctx.server.handle(raw('text/plain', 'log'));
    const r = await run([...rawFile, ...ctx.base, '--include']);
    expect(r.stdout).toMatch(/^HTTP 200 OK\n(.+\n)*\nlog$/);
    ctx.server.handle((_r, res) => {
      res.writeHead(204);
      res.end();
    });
    expect(await run(['project-issue', 'delete', '--id', '1', '--issue_iid', '2', ...ctx.base])).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('an HTML page where the API answers is an error, not content', async () => {
    ctx.server.handle(raw('text/html', '<!doctype html><p>Sign in</p>'));
    const r = await run([...rawFile, ...ctx.base]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/invalid response.*got text\/html \(a login page or proxy error\?\)/);
  });
});

describe('--verbose', () => {
  it('shows the request, the credential by its source (never its value), each retry and its wait, and the status', async () => {
    let n = 0;
    ctx.server.handle((_r, res) => (n++ === 0 ? json(res, 429, { message: 'slow down' }, { 'Retry-After': '1' }) : json(res, 200, [])));
    const r = await run(['project', 'list', ...ctx.base, '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`> GET ${ctx.server.url}/api/v4/projects\n* PRIVATE-TOKEN from --token\n* 429: retry 1 in 1.0 s (retry-after)\n< 200 OK\n`);
  });
});
