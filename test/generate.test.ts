// scripts/generate.ts end to end on small docs folders: bad input still gives a valid spec and
// diagnostics naming file and line; a failed run (an emitter throws, a write fails) leaves the
// previous outputs untouched; fatal problems give one clear line and exit code 1; a page left out
// (binary, a link leaving the folder) stops the run with exit code 3 unless --keep-going (issue 17).
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { EMITTERS, generate, ROOT } from '../scripts/generate.js';

const run = promisify(execFile);
const NO_EMITTERS = EMITTERS.map((e) => e.name);
let tmp = '';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'gitlab-openapi-generate-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function docsFolder(name: string, pages: Record<string, string | Uint8Array>): Promise<string> {
  const dir = join(tmp, name);
  for (const [file, content] of Object.entries(pages)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  return dir;
}

/** Every file under a folder with its bytes, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (relative(dir, entry.parentPath).split(/[\\/]/)[0] === '.cache') continue; // staging area, not an output
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name)).toString('base64');
  }
  return files;
}

const GOOD = `# Tags API

Tags of a project.

## List project repository tags

Get a list of repository tags.

\`\`\`
GET /projects/:id/repository/tags
\`\`\`

| Attribute | Type | Required | Description |
| --------- | ---- | -------- | ----------- |
| \`id\` | integer/string | yes | The ID or URL-encoded path of the project |
| \`order_by\` | string | no | Return tags ordered by \`name\` or \`updated\` fields. Default is \`updated\` |

Example response:

\`\`\`json
[
  { "name": "v1.0.0", "message": null }
]
\`\`\`
`;

const BAD = {
  'unterminated.md': `# Broken API\n\n## Get thing\n\n\`\`\`\nGET /things/:id\n\`\`\`\n\nExample response:\n\n\`\`\`json\n{ "id": 1,\n`,
  'missing-cells.md': `# Cells API\n\n## Create cell\n\n\`\`\`\nPOST /cells\n\`\`\`\n\n| Attribute | Type | Required | Description |\n| --------- | ---- | -------- | ----------- |\n| \`name\` | string |\n| \`size\` |\n`,
  'invalid-json.md': `# Json API\n\n## Get json\n\n\`\`\`\nGET /json\n\`\`\`\n\nExample response:\n\n\`\`\`json\n{ "id": 1, "name": "a", }\n\`\`\`\n\n## Get broken\n\n\`\`\`\nGET /broken\n\`\`\`\n\nExample response:\n\n\`\`\`json\n{ "id": 1 "name" ... \n\`\`\`\n`,
  'empty.md': '',
  'binary.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]),
  'tags.md': GOOD,
  'notes.txt': 'not a page',
};

describe('generate on bad input', () => {
  it('finishes with diagnostics naming file and line, and a valid spec', async () => {
    const docs = await docsFolder('bad', BAD);
    const out = join(tmp, 'bad-out');
    const result = await generate({ docs, out, noEmit: NO_EMITTERS, cacheDir: false, keepGoing: true });
    expect(result.summary.leftOut.map((p) => p.file)).toEqual(['binary.md']);
    const files = new Set(result.diagnostics.map((d) => d.file));
    for (const file of ['invalid-json.md', 'empty.md', 'binary.md']) expect(files).toContain(file);
    expect(files).not.toContain('notes.txt');
    expect(result.diagnostics.find((d) => d.file === 'binary.md')).toMatchObject({ line: 1, ruleId: 'binary-file' });
    expect(result.diagnostics.find((d) => d.file === 'empty.md')).toMatchObject({ line: 1, ruleId: 'empty-file' });
    // unterminated.md: the JSON fence opened at line 11 is never closed.
    expect(result.diagnostics.find((d) => d.file === 'unterminated.md' && d.ruleId === 'unterminated-code-block')).toMatchObject({ line: 11 });
    // missing-cells.md: rows 11 (`name`, 2 cells) and 12 (`size`, 1 cell) of a 4-column table.
    expect(result.diagnostics.filter((d) => d.file === 'missing-cells.md' && d.ruleId === 'missing-cell').map((d) => d.line)).toEqual([11, 12]);
    // The invalid JSON example: the second block starts at line 25 of invalid-json.md.
    const json = result.diagnostics.filter((d) => d.file === 'invalid-json.md').map((d) => d.line);
    expect(json.some((line) => line >= 11 && line <= 13)).toBe(true);
    expect(json.some((line) => line >= 23 && line <= 25)).toBe(true);
    // Every diagnostic points at a line that exists in its file.
    for (const d of result.diagnostics) {
      const text = readFileSync(join(docs, d.file), 'utf8');
      expect(d.line, `${d.file}:${d.line}`).toBeGreaterThanOrEqual(1);
      expect(d.line, `${d.file}:${d.line}`).toBeLessThanOrEqual(Math.max(1, text.split('\n').length));
    }
    // The good page and the readable parts of the bad ones are in the spec.
    const paths = Object.keys(result.document.paths ?? {});
    expect(paths).toEqual(expect.arrayContaining(['/projects/{id}/repository/tags', '/cells', '/json', '/things/{id}']));
    const validator = new Validator();
    const validation = await validator.validate(JSON.parse(readFileSync(join(out, 'spec', 'openapi.json'), 'utf8')));
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    const md = readFileSync(join(out, 'generated', 'diagnostics.md'), 'utf8');
    expect(md).toMatch(/binary\.md:1:1: .+ \[binary-file\]/);
  });
});

describe('hostile docs, round 2 (issue 17): no page lost in silence', () => {
  // GOOD documents GET /projects/{id}/repository/tags; each page below is GOOD in another form.
  const tagsAt = (prefix: string) => GOOD.replace('# Tags API', `# ${prefix} API`).replace('GET /projects/', `GET /${prefix.toLowerCase()}/`);
  const latin1 = Buffer.from(tagsAt('Latin').replace('Get a list of repository tags.', 'Caf\u00e9 tags.'), 'latin1');
  const utf16 = Buffer.concat([Uint8Array.of(0xff, 0xfe), Buffer.from(tagsAt('Sixteen'), 'utf16le')]);
  // 10,000 levels on one line (a 20 KB line), inserted as line 3, before the page's endpoint.
  const deep = (marker: string, name: string) => tagsAt(name).replace('\n\n', `\n\n${marker.repeat(10_000)}deep\n\n`);

  it('nesting is cut at its line, other encodings decoded, links inside followed, a loop reported: every endpoint in the spec', async () => {
    const docs = await docsFolder('hostile', {
      'lists.md': deep('- ', 'Lists'),
      'quotes.md': deep('> ', 'Quotes'),
      'latin1.md': latin1,
      'utf16.md': utf16,
      'real/linked.txt': tagsAt('Linked'),
      'node_modules/folder/page.md': tagsAt('Folder'),
    });
    symlinkSync('real/linked.txt', join(docs, 'linked.md'));
    symlinkSync('node_modules/folder', join(docs, 'folder'));
    symlinkSync('.', join(docs, 'loop'));
    const result = await generate({ docs, out: join(tmp, 'hostile-out'), noEmit: NO_EMITTERS, cacheDir: false });
    expect(result.summary.leftOut).toEqual([]);
    expect(Object.keys(result.document.paths ?? {}).sort()).toEqual(
      ['folder', 'latin', 'linked', 'lists', 'quotes', 'sixteen'].map((p) => `/${p}/{id}/repository/tags`));
    const found = result.diagnostics.filter((d) => ['deep-nesting', 'not-utf8', 'symlink-loop'].includes(d.ruleId));
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} [${d.ruleId}]`)).toEqual([
      'latin1.md:7:1 warning [not-utf8]',
      'lists.md:3:201 warning [deep-nesting]',
      'loop:1:1 warning [symlink-loop]',
      'quotes.md:3:201 warning [deep-nesting]',
    ]);
    // The Latin-1 page's é came through as é.
    expect(JSON.stringify(result.document)).toContain('Caf\u00e9 tags.');
  });
});

describe('same input, same bytes', () => {
  it('two runs, one parsing every page and one reading them from the cache, write identical files', async () => {
    const docs = await docsFolder('same', { ...BAD, 'more/tags.md': GOOD.replace('Tags API', 'More tags API') });
    const cacheDir = join(tmp, 'same-cache');
    const first = await generate({ docs, out: join(tmp, 'same-1'), noEmit: NO_EMITTERS, cacheDir, keepGoing: true });
    const second = await generate({ docs, out: join(tmp, 'same-2'), noEmit: NO_EMITTERS, cacheDir, keepGoing: true });
    expect(first.summary.cached).toBe(0);
    expect(second.summary.parsed).toBe(0);
    expect(second.summary.cached).toBe(first.summary.parsed);
    expect(snapshot(join(tmp, 'same-2'))).toEqual(snapshot(join(tmp, 'same-1')));
  });
});

describe('a failed run leaves the previous outputs untouched', () => {
  let docs = '';
  let out = '';
  let before: Record<string, string> = {};

  beforeAll(async () => {
    docs = await docsFolder('ok', { 'tags.md': GOOD });
    out = join(tmp, 'ok-out');
    await generate({ docs, out, noEmit: NO_EMITTERS, cacheDir: false });
    // The next runs would write different bytes: another page, another version.
    await writeFile(join(docs, 'tags.md'), GOOD.replace('Get a list of repository tags.', 'Changed.'));
    before = snapshot(out);
    expect(Object.keys(before).sort()).toEqual(['generated/diagnostics.json', 'generated/diagnostics.md', 'spec/openapi.json', 'spec/openapi.yaml']);
  });

  it('when an emitter throws', async () => {
    const failing = generate({ docs, out, version: '99', noEmit: NO_EMITTERS, cacheDir: false, emitters: { boom: () => { throw new Error('emitter exploded'); } } });
    await expect(failing).rejects.toThrow(/emitter boom failed: emitter exploded/);
    expect(snapshot(out)).toEqual(before);
  });

  it('when a write fails half-way (a full disk)', async () => {
    // The files whose bytes change are the spec's two (the diagnostics stay the same): the second fails.
    let writes = 0;
    const failing = generate({
      docs, out, version: '99', noEmit: NO_EMITTERS, cacheDir: false,
      writeHooks: { beforeWrite: () => { if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }); } },
    });
    await expect(failing).rejects.toThrow(/ENOSPC/);
    expect(writes).toBe(2);
    expect(snapshot(out)).toEqual(before); // no temporary file left behind either
  });

  it('and a run that succeeds afterwards replaces them all', async () => {
    await generate({ docs, out, version: '99', noEmit: NO_EMITTERS, cacheDir: false });
    const after = snapshot(out);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(JSON.parse(Buffer.from(after['spec/openapi.json'], 'base64').toString()).info.version).toBe('99');
  });
});

describe('a run killed in the middle (SIGKILL)', () => {
  it('leaves spec/ and generated/ as they were, never a half-written file', async () => {
    const docs = await docsFolder('kill-before', { 'tags.md': GOOD });
    const out = join(tmp, 'kill-out');
    await generate({ docs, out, noEmit: NO_EMITTERS, cacheDir: false });
    const before = snapshot(out);
    let untouched = 0;
    for (const delay of [150, 400, 800, 1600, 3200]) {
      // The whole of docs-source, no cache: seconds of work to interrupt.
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate.ts'), '--docs', join(ROOT, 'docs-source'), '--out', out, '--no-cache',
        ...NO_EMITTERS.flatMap((n) => ['--no-emit', n])], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const after = snapshot(out);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      if (JSON.stringify(after) === JSON.stringify(before)) {
        untouched++;
      } else {
        // Killed after its renames began: each file is then whole (the new one), never cut.
        const spec = Buffer.from(after['spec/openapi.json'], 'base64').toString();
        expect(() => JSON.parse(spec)).not.toThrow();
        expect(() => JSON.parse(Buffer.from(after['generated/diagnostics.json'], 'base64').toString())).not.toThrow();
      }
    }
    expect(untouched).toBeGreaterThan(0);
    // The next run clears what killed runs staged.
    await generate({ docs, out, noEmit: NO_EMITTERS, cacheDir: false });
    expect(readdirSync(join(out, '.cache', 'generate-tmp'))).toEqual([]);
  }, 120_000);
});

describe('the CLI', () => {
  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate.ts'), ...args], { cwd: ROOT })
      .then((r) => ({ code: 0, ...r }))
      .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

  it('a missing --docs folder: one clear line, exit 1, nothing written', async () => {
    const out = join(tmp, 'cli-missing');
    const r = await cli(['--docs', join(tmp, 'no-such-folder'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('docs folder not found');
    expect(r.stderr).toContain('no-such-folder');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(() => readdirSync(out)).toThrow();
  });

  it('a folder without pages: exit 1', async () => {
    const docs = await docsFolder('no-pages', { 'a.txt': 'x' });
    const r = await cli(['--docs', docs, '--out', join(tmp, 'cli-empty')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no .md pages');
  });

  it('an unknown option: exit 1 with the list of options', async () => {
    const r = await cli(['--frobnicate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown option --frobnicate');
  });

  it('a page left out: exit 3, the page named, nothing written; --keep-going writes and names it in the summary', async () => {
    const docs = await docsFolder('cli-left-out', { 'tags.md': GOOD, 'image.md': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00) });
    symlinkSync(join(ROOT, 'docs-source', 'version.md'), join(docs, 'outside.md'));
    const args = (out: string) => ['--docs', docs, '--out', join(tmp, out), '--no-cache', ...NO_EMITTERS.flatMap((n) => ['--no-emit', n])];
    const stopped = await cli(args('cli-left-out-1'));
    expect(stopped.code).toBe(3);
    expect(stopped.stderr.trim().split('\n')).toHaveLength(1);
    expect(stopped.stderr).toMatch(/^generate: 2 pages left out: image\.md \(not a text file: .*\), outside\.md \(a symbolic link to .*version\.md, outside the docs folder; not followed\)\. .*--keep-going.*; nothing was written\n$/);
    expect(existsSync(join(tmp, 'cli-left-out-1', 'spec'))).toBe(false);
    const kept = await cli([...args('cli-left-out-2'), '--keep-going']);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('Pages left out (written anyway, --keep-going): 2 (image.md (not a text file');
    expect(JSON.parse(readFileSync(join(tmp, 'cli-left-out-2', 'spec', 'openapi.json'), 'utf8')).paths).toHaveProperty(['/projects/{id}/repository/tags']);
  });

  it('--help lists --keep-going and the exit statuses', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--keep-going +write the outputs even when pages are left out/);
    expect(r.stdout).toMatch(/Exit status:\n +0 .*\n +1 +nothing was written.*\n +3 +nothing was written: pages were left out/);
  });

  it('the summary counts the parameters that stay untyped (users.md:284 "Skype ID" settles no type)', async () => {
    const page = '# Users API\n\n## Create\n\n```\nPOST /users\n```\n\nParameters:\n\n- `email` (required) - Email\n- `skype` (optional) - Skype ID\n- `admin` (optional) - User is admin - true or false (default)\n';
    const docs = await docsFolder('cli-untyped', { 'users.md': page });
    const r = await cli(['--docs', docs, '--out', join(tmp, 'cli-untyped-out'), '--no-cache', ...NO_EMITTERS.flatMap((n) => ['--no-emit', n])]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Operations: 1, parameters: 3 (1 untyped, 33.3%)');
    expect(r.stdout).toContain('  type-inferred (info): 2\n');
    expect(r.stdout).toContain('  type-not-inferred (info): 1\n');
  });

  it('a good run prints the summary', async () => {
    const docs = await docsFolder('cli-ok', { 'tags.md': GOOD, 'overview.md': '# Overview\n\nNo endpoint here.\n', 'empty.md': '' });
    const r = await cli(['--docs', docs, '--out', join(tmp, 'cli-ok-out'), '--no-cache', ...NO_EMITTERS.flatMap((n) => ['--no-emit', n])]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Pages read: 3');
    // A page without endpoints (a MANIFEST.md, oauth2.md) is read and named, not counted silently.
    expect(r.stdout).toContain('Pages without endpoints: 1 (overview.md)');
    expect(r.stdout).toContain('Operations: 1, parameters: 2 (0 untyped, 0%), operations with a response schema: 1');
    // Diagnostics by kind: the empty page is the only problem; the tag's `"message": null` (and no other
    // `message` in these docs) is a note that it stays untyped.
    expect(r.stdout).toContain('Diagnostics: 0 errors, 1 warnings, 1 notes\n  empty-file (warning): 1\n  null-only-property (info): 1\n');
    expect(r.stdout).toMatch(/Time: .*parse \d+ ms/);
  });
});
