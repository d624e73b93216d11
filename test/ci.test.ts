// The repository stands alone: `.ci/run` runs the README's commands on a fresh clone in a scratch
// folder (too long to run inside `npm test`, which it runs itself); these tests keep it honest:
// its commands are the README's, its Node check stops an old Node, and no tracked file leans on
// anything outside the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CI = join(ROOT, '.ci', 'run');

/** The commands of the README's first shell block, without their comments. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no ```sh block');
  return block[1].split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

describe('.ci/run', () => {
  it('runs the README\'s commands, as they are written there', () => {
    // README.md:8-9: "npm install && npm run generate", then "npm test".
    const commands = readmeCommands();
    expect(commands).toEqual(['npm install && npm run generate', 'npm test']);
    const lines = readFileSync(CI, 'utf8').split('\n').map((line) => line.trim());
    for (const command of commands) expect(lines).toContain(command);
  });

  describe('stops, saying why, when Node is missing or older than package.json\'s engines.node', () => {
    const bin = mkdtempSync(join(tmpdir(), 'ci-bin-'));
    afterAll(() => rmSync(bin, { recursive: true, force: true }));
    // A PATH of its own: the tools the check uses, a `node` reporting a chosen version, and an
    // `apt-get` that only says it was reached, so that a check that lets an old Node through can
    // never install anything.
    for (const tool of ['bash', 'sed', 'sort', 'head', 'dirname', 'printf']) {
      const path = execFileSync('bash', ['-c', `command -v ${tool} || true`], { encoding: 'utf8' }).trim();
      if (path.startsWith('/')) symlinkSync(path, join(bin, tool));
    }
    writeFileSync(join(bin, 'apt-get'), '#!/bin/sh\necho "apt-get reached" >&2\nexit 99\n');
    chmodSync(join(bin, 'apt-get'), 0o755);
    const run = (node: string | undefined) => {
      rmSync(join(bin, 'node'), { force: true });
      if (node) {
        writeFileSync(join(bin, 'node'), `#!/bin/sh\necho ${node}\n`);
        chmodSync(join(bin, 'node'), 0o755);
      }
      return spawnSync(join(bin, 'bash'), [CI], { env: { PATH: bin }, encoding: 'utf8' });
    };
    const engines = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

    it('package.json asks for Node 20.19 or newer', () => {
      expect(engines).toBe('>=20.19');
    });

    it.each([
      ['18.19.0', 'Node.js 18.19.0 is too old; gitlab-openapi needs Node 20.19 or newer'],
      ['20.18.3', 'Node.js 20.18.3 is too old; gitlab-openapi needs Node 20.19 or newer'],
      [undefined, 'Node.js is not installed; gitlab-openapi needs Node 20.19 or newer'],
    ])('node %s: exit 1 with one message, before installing anything', (node, message) => {
      const result = run(node);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`ci: ${message} (Debian 12's nodejs package is 18`);
      expect(result.stderr).not.toContain('apt-get reached');
    });

    it.each(['20.19.0', '22.12.0', '24.1.0'])('node %s: goes on', (node) => {
      const result = run(node);
      expect(result.stderr).toContain('apt-get reached');
      expect(result.status).toBe(99);
    });
  });
});

describe('the repository stands alone', () => {
  it('no tracked file refers to folders beside or above the checkout', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    // The shared folder this project was first developed beside, and this machine's absolute paths.
    // (Written so that this file does not match itself.)
    const outside = new RegExp(['\\.\\./shared', '/work/(shared|main|wt)\\b', ['gitlab', 'api', 'docs/'].join('-')].join('|'));
    const offending = files.filter((file) => {
      let text: string;
      try {
        text = readFileSync(join(ROOT, file), 'utf8');
      } catch {
        return false; // deleted in the working tree
      }
      return outside.test(text);
    });
    expect(offending).toEqual([]);
  });
});
