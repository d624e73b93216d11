// `npm run generate` as users run it (scripts/launch.mjs and the bundle) on a small docs folder:
// nothing changed rebuilds and writes nothing; one page changed leaves every output exactly what a
// full run from scratch writes; a generated file edited by hand is put back; progress only on a
// terminal; --help.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/generate.js';

const tmp = mkdtempSync(join(tmpdir(), 'generate-incremental-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const generate = (args: string[]) =>
  promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'launch.mjs'), 'scripts/generate.ts', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
    .then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

/** Every file of spec/ and generated/ with its bytes and its modification time. */
function outputs(out: string): Record<string, { bytes: string; mtimeMs: number }> {
  const files: Record<string, { bytes: string; mtimeMs: number }> = {};
  for (const dir of ['spec', 'generated']) {
    for (const entry of readdirSync(join(out, dir), { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isFile()) files[relative(out, path)] = { bytes: readFileSync(path).toString('base64'), mtimeMs: statSync(path).mtimeMs };
    }
  }
  return files;
}
const bytes = (files: ReturnType<typeof outputs>) => Object.fromEntries(Object.entries(files).map(([file, { bytes: b }]) => [file, b]));

// Three pages of docs-source, so that every emitter has something to say.
const docs = join(tmp, 'docs');
const out = join(tmp, 'out');
beforeAll(() => {
  mkdirSync(docs);
  for (const page of ['labels.md', 'tags.md', 'version.md']) cpSync(join(ROOT, 'docs-source', page), join(docs, page));
});

describe('npm run generate, run again', () => {
  const args = () => ['--docs', docs, '--out', out];

  it('the first run builds every output', async () => {
    const r = await generate(args());
    expect(r.stderr).toBe('');
    // No changelog: there was no spec before.
    expect(r.stdout).toContain('Outputs: rebuilt spec-yaml, types, completions, docs-site, gitlab-api-v4; up to date: changelog\n');
    expect(Object.keys(outputs(out)).sort()).toEqual([
      'generated/cli-commands.json', 'generated/cli-index.json',
      'generated/completions/_gitlab-api', 'generated/completions/_gitlab-api-v4',
      'generated/completions/gitlab-api-v4.bash', 'generated/completions/gitlab-api-v4.fish',
      'generated/completions/gitlab-api.bash', 'generated/completions/gitlab-api.fish',
      'generated/diagnostics.json', 'generated/diagnostics.md', 'generated/docs/index.html',
      'generated/gitlab-api-v4-mapping.json', 'generated/gitlab-api-v4-mapping.md',
      'generated/response-media.d.ts', 'generated/response-media.js', 'generated/schema.d.ts',
      'spec/openapi.json', 'spec/openapi.yaml',
    ]);
    expect(r.stdout).toMatch(/^18 files changed under /m);
  }, 180_000);

  it('nothing changed: no output rebuilt, no file written, and it says so', async () => {
    const before = outputs(out);
    const r = await generate(args());
    expect(r.stdout).toContain('Outputs: none rebuilt; up to date: spec-yaml, types, completions, docs-site, gitlab-api-v4, changelog\n');
    // The spec itself is not built again either.
    expect(r.stdout).toContain('from cache); spec kept: no page and no code of the spec stage changed\n');
    expect(r.stdout).not.toMatch(/Time: .*\bspec \d/);
    expect(r.stdout).toContain(`0 files changed under ${out}\n`);
    expect(outputs(out)).toEqual(before); // same bytes, same modification times
  }, 180_000);

  it('one page changed: every output as a run from scratch writes it, and the changelog says what changed', async () => {
    const labels = join(docs, 'labels.md');
    const text = readFileSync(labels, 'utf8');
    // labels.md, "Create a new label": the `description` row, optional -> required.
    const row = '| `description` | string  | no       | The description of the label |';
    expect(text.split(row)).toHaveLength(2);
    writeFileSync(labels, text.replace(row, row.replace('| no       |', '| yes      |')));
    const r = await generate(args());
    expect(r.stdout).not.toContain('spec kept');
    expect(r.stdout).toContain('Outputs: rebuilt spec-yaml, types, completions, docs-site, gitlab-api-v4, changelog\n');

    const scratch = join(tmp, 'scratch');
    const full = await generate(['--docs', docs, '--out', scratch, '--no-cache']);
    expect(full.code).toBe(0);
    const incremental = bytes(outputs(out));
    const changelog = Object.keys(incremental).filter((file) => file.startsWith('generated/changelog/'));
    expect(changelog.sort()).toEqual(['generated/changelog/latest.json', 'generated/changelog/latest.md']);
    for (const file of changelog) delete incremental[file]; // a run from scratch has no previous spec
    expect(incremental).toEqual(bytes(outputs(scratch)));
    expect(readFileSync(join(out, 'generated/changelog/latest.md'), 'utf8')).toContain('`description`');
  }, 300_000);

  it('a generated file edited by hand: its emitter alone runs again and puts it back', async () => {
    const file = join(out, 'generated/completions/gitlab-api.bash');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `${good}# edited\n`);
    const r = await generate(args());
    expect(r.stdout).toContain('Outputs: rebuilt completions; up to date: spec-yaml, types, docs-site, gitlab-api-v4, changelog\n');
    expect(r.stdout).toContain('1 file changed under');
    expect(readFileSync(file, 'utf8')).toBe(good);
  }, 180_000);

  it('the spec edited by hand: built again from the pages and put back', async () => {
    const file = join(out, 'spec/openapi.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"openapi": "3.1.0"', '"openapi": "3.1.1"'));
    const r = await generate(args());
    expect(r.stdout).not.toContain('spec kept');
    expect(r.stdout).toMatch(/Time: .*\bspec \d/);
    // The spec is written back; the changelog reports against the edited spec it replaced.
    expect(r.stdout).toMatch(/^3 files changed under .*: spec\/openapi\.json, generated\/changelog\/latest\.md, generated\/changelog\/latest\.json$/m);
    expect(readFileSync(file, 'utf8')).toBe(good);
  }, 180_000);
});

describe('npm run generate, the command line', () => {
  it('--help prints the usage, exit 0', async () => {
    const r = await generate(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run generate -- \[options\]\n/);
    for (const option of ['--docs DIR', '--out DIR', '--no-emit NAME', '--no-cache', '--quiet']) expect(r.stdout).toContain(option);
  });

  it('an unknown option: exit 1, one line pointing to --help', async () => {
    const r = await generate(['--frobnicate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('generate: unknown option --frobnicate (npm run generate -- --help lists the options); nothing was written\n');
  });

  // `script` gives the run a terminal; its output is what the terminal received.
  const terminal = (args: string[]) => {
    const command = [process.execPath, join(ROOT, 'scripts', 'launch.mjs'), 'scripts/generate.ts', ...args].map((a) => `'${a}'`).join(' ');
    return execFileSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  };
  const progressArgs = ['--docs', docs, '--out', join(tmp, 'tty'), '--no-cache', '--no-emit', 'docs-site'];

  it('on a terminal: a progress line (pages, then outputs), cleared before the summary', () => {
    const shown = terminal(progressArgs);
    expect(shown).toContain('\r\x1b[2Kgenerate: parsing pages 3/3');
    expect(shown).toMatch(/\r\x1b\[2Kgenerate: outputs \d\/4: /);
    expect(shown).toMatch(/\r\x1b\[2KPages read: 3/);
  }, 120_000);

  it('with --quiet, even on a terminal: nothing at all', () => {
    expect(terminal([...progressArgs, '--quiet'])).toBe('');
  }, 120_000);
});
