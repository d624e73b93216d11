// Issue 7: a run of `npm run generate` that dies in the middle leaves the previous spec/ and
// generated/ exactly as they were, byte for byte. Each case starts from a copy of the committed
// outputs in a temporary --out folder: a real `npm run generate` child killed with SIGKILL (its
// whole process group) while emitting, while staging files, and between two renames (then the
// next run rolls back); each emitter throwing; a write that fails as on a full disk (simulated,
// and a real ENOSPC on a small tmpfs where this machine lets us mount one).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMITTERS, generate, ROOT } from '../scripts/generate.js';
import { tempRoot } from '../scripts/write-atomic.js';

const tmp = mkdtempSync(join(tmpdir(), 'gitlab-openapi-interrupted-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const DOCS = join(ROOT, 'docs-source');
/** The two slow emitters (openapi-typescript, Redoc), left out where the case does not need them. */
const SLOW = ['types', 'docs-site'];

/** A temporary --out folder holding a copy of the committed spec/ and generated/. */
function copyOfOutputs(name: string): string {
  const out = join(tmp, name);
  for (const dir of ['spec', 'generated']) cpSync(join(ROOT, dir), join(out, dir), { recursive: true });
  return out;
}

/** Every file of spec/ and generated/ with its bytes. */
function snapshot(out: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['spec', 'generated']) {
    for (const entry of readdirSync(join(out, dir), { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isFile()) files[relative(out, path)] = readFileSync(path).toString('base64');
    }
  }
  return files;
}

function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]).sort();
}

/** `npm run generate` in its own process group, so that a kill reaches npm, sh and node alike. */
function npmGenerate(out: string, args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; exited: Promise<number | null>; progress: string[] } {
  // --progress: a line on stderr per step, so that a case can tell when the emitters run.
  const child = spawn('npm', ['run', 'generate', '--', '--docs', DOCS, '--out', out, '--version', '99-interrupted', '--progress', ...args],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const progress: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (text: string) => progress.push(...text.split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, progress };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `ready()` (or the child's exit), then SIGKILLs the group; true if killed while ready. */
async function killWhen(child: ChildProcess, exited: Promise<unknown>, ready: () => boolean, thenWaitMs = 0): Promise<boolean> {
  let done = false;
  void exited.then(() => { done = true; });
  while (!done && !ready()) await sleep(2);
  if (done) return false;
  if (thenWaitMs > 0) await sleep(thenWaitMs);
  if (done) return false;
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
  return true;
}

/** The staging folders of runs under `out` and what each holds. */
function staged(out: string): string[][] {
  const root = tempRoot(out);
  return existsSync(root) ? readdirSync(root).map((name) => readdirSync(join(root, name))) : [];
}

describe('a real `npm run generate` killed with SIGKILL', () => {
  it('while its emitters run: spec/ and generated/ exactly as they were', async () => {
    const out = copyOfOutputs('kill-emitting');
    const before = snapshot(out);
    const { child, exited, progress } = npmGenerate(out, []);
    // All emitters, no pause: killed once the slow ones (seconds each) are running. The spec and the
    // steps already done are staged by then, but nothing is committed (no journal).
    const emitting = () => progress.some((line) => /outputs \d+\/\d+: .*\b(types|docs-site)\b/.test(line));
    expect(await killWhen(child, exited, emitting)).toBe(true);
    expect(progress.some((line) => /^generate: outputs \d+\/\d+$/.test(line))).toBe(false); // not all done
    expect(staged(out).flat()).not.toContain('journal.json');
    expect(changed(before, snapshot(out))).toEqual([]);
  }, 60_000);

  it('while staging its files: exactly as they were', async () => {
    const out = copyOfOutputs('kill-staging');
    const before = snapshot(out);
    const { child, exited } = npmGenerate(out, SLOW.flatMap((n) => ['--no-emit', n]), { GITLAB_OPENAPI_TEST_PAUSE_MS: '100' });
    const killed = await killWhen(child, exited, () => staged(out).some((files) => files.length >= 3 && !files.includes('journal.json')));
    expect(killed).toBe(true);
    expect(changed(before, snapshot(out))).toEqual([]);
  }, 60_000);

  it('between two renames: every file whole, and the next run puts back exactly the previous ones', async () => {
    const out = copyOfOutputs('kill-renaming');
    const before = snapshot(out);
    const { child, exited } = npmGenerate(out, SLOW.flatMap((n) => ['--no-emit', n]), { GITLAB_OPENAPI_TEST_PAUSE_MS: '150' });
    // The journal is written just before the first rename; three pauses later, a few are done.
    const killed = await killWhen(child, exited, () => staged(out).some((files) => files.includes('journal.json')), 400);
    expect(killed).toBe(true);
    const mixed = snapshot(out);
    const replaced = changed(before, mixed);
    expect(replaced.length).toBeGreaterThan(0); // the kill did land inside the rename loop
    expect(staged(out).some((files) => files.some((f) => /^\d+-/.test(f)))).toBe(true); // with renames still to do
    for (const file of Object.keys(mixed).filter((f) => f.endsWith('.json'))) {
      expect(() => JSON.parse(Buffer.from(mixed[file], 'base64').toString()), file).not.toThrow();
    }
    // The next run rolls back first: even one that then fails at once (no such docs folder).
    await expect(generate({ docs: join(tmp, 'no-such-docs'), out })).rejects.toThrow(/docs folder not found/);
    expect(changed(before, snapshot(out))).toEqual([]);
    expect(readdirSync(tempRoot(out))).toEqual([]);
  }, 60_000);
});

describe('an emitter that throws', () => {
  for (const { name } of EMITTERS) {
    it(`(${name}): spec/ and generated/ exactly as they were`, async () => {
      const out = copyOfOutputs(`throw-${name}`);
      const before = snapshot(out);
      const failing = generate({
        docs: DOCS, out, version: '99-interrupted',
        // The other emitters run for real, but for the two slow ones.
        noEmit: SLOW.filter((n) => n !== name),
        emitters: { [name]: () => { throw new Error(`${name} exploded`); } },
      });
      await expect(failing).rejects.toThrow(new RegExp(`emitter ${name} failed: ${name} exploded`));
      expect(changed(before, snapshot(out))).toEqual([]);
    }, 60_000);
  }
});

describe('a write that fails as on a full disk', () => {
  for (const at of [1, 5]) {
    it(`(write ${at} of the run): exactly as they were, nothing staged left`, async () => {
      const out = copyOfOutputs(`enospc-${at}`);
      const before = snapshot(out);
      let writes = 0;
      const failing = generate({
        docs: DOCS, out, version: '99-interrupted', noEmit: SLOW,
        writeHooks: { beforeWrite: () => { if (++writes === at) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); } },
      });
      await expect(failing).rejects.toThrow(/ENOSPC/);
      expect(writes).toBe(at);
      expect(changed(before, snapshot(out))).toEqual([]);
      expect(readdirSync(tempRoot(out))).toEqual([]);
    }, 60_000);
  }

  // A real full disk: a tmpfs with room for the previous outputs and 1 MB more (the new spec alone
  // is larger). Needs the right to mount (root, and a container that allows it): skipped otherwise.
  const bytes = Object.values(snapshot(ROOT)).reduce((n, b64) => n + Buffer.from(b64, 'base64').length, 0);
  const mount = (at: string) => spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(bytes / 1024) + 1024}k`, 'tmpfs', at]).status === 0;
  // Probed here, mounted in the test itself (a hook would not run, nor unmount, when the test is filtered out).
  const probe = join(tmp, 'probe');
  mkdirSync(probe);
  const canMount = mount(probe) && spawnSync('umount', [probe]).status === 0;

  it.skipIf(!canMount)('(a real ENOSPC on a small tmpfs): one clear line, exit 1, exactly as they were', async () => {
    const mountPoint = join(tmp, 'small-disk');
    mkdirSync(mountPoint);
    expect(mount(mountPoint)).toBe(true);
    try {
      await realFullDisk(mountPoint);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  }, 60_000);
});

/** `npm run generate` into a tmpfs with no room for the new outputs: a real ENOSPC. */
async function realFullDisk(mountPoint: string): Promise<void> {
  for (const dir of ['spec', 'generated']) cpSync(join(ROOT, dir), join(mountPoint, dir), { recursive: true });
  const before = snapshot(mountPoint);
  const result = spawnSync('npm', ['run', '--silent', 'generate', '--', '--docs', DOCS, '--out', mountPoint, '--version', '99-interrupted', ...SLOW.flatMap((n) => ['--no-emit', n])],
    { cwd: ROOT, encoding: 'utf8' });
  expect(result.status).toBe(1);
  const lines = result.stderr.split('\n').filter((l) => l.startsWith('generate:'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/ENOSPC|no space left/);
  expect(lines[0]).toContain('nothing was written');
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(changed(before, snapshot(mountPoint))).toEqual([]);
  expect(readdirSync(tempRoot(mountPoint))).toEqual([]);
}
