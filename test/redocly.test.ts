// scripts/redocly.ts's banner filter and `npm run redocly` (scripts/redocly-cli.ts), run for real.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BannerFilter, redoclyMessage, withoutBanners } from '../scripts/redocly.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// What @redocly/cli 2.77 writes to stderr on Node 20 before every command (node_modules/@redocly/cli/lib/index.js).
const BANNER = [
  '',
  '    ╔═════════════════════════════════════════════════════════════════╗',
  '    ║                                                                 ║',
  '    ║  Deprecation warning: Node.js 20 support is ending              ║',
  '    ║                                                                 ║',
  '    ║  Node.js 20 reached end-of-life on April 30, 2026.              ║',
  '    ║  Future Redocly CLI releases require Node.js 22.12.0 or later.  ║',
  '    ║  You are using Node.js v20.20.2.                                ║',
  '    ║                                                                 ║',
  '    ║  Update Node.js: https://nodejs.org/en/download                 ║',
  '    ║                                                                 ║',
  '    ╚═════════════════════════════════════════════════════════════════╝',
  '',
  '',
].join('\n');

describe('withoutBanners', () => {
  it.each([
    ['the banner alone', BANNER, ''],
    ['the banner, then the output', `${BANNER}Document: spec/openapi.json stats:\n\n\nspec/openapi.json: stats processed in 2605ms\n\n`,
      'Document: spec/openapi.json stats:\n\n\nspec/openapi.json: stats processed in 2605ms\n\n'],
    ['output without a banner', 'a\n\nb\n', 'a\n\nb\n'],
    ['no final newline', 'a\nb', 'a\nb'],
    ['blank lines before a banner that follows output go with it', `a\n${BANNER}b\n`, 'a\nb\n'],
  ])('%s', (_name, given, want) => {
    expect(withoutBanners(given)).toBe(want);
  });

  it('gives the same text whatever the chunks the output arrives in', () => {
    const given = `${BANNER}warning: one\n\nerror: two\n`;
    for (let cut = 0; cut <= given.length; cut++) {
      const filter = new BannerFilter();
      expect(filter.push(given.slice(0, cut)) + filter.push(given.slice(cut)) + filter.end()).toBe('warning: one\n\nerror: two\n');
    }
  });

  it('redoclyMessage keeps only the lines that say something', () => {
    expect(redoclyMessage(`${BANNER}\n[1] openapi.json:3:1 at #/paths\n\nSomething went wrong\n`)).toBe('[1] openapi.json:3:1 at #/paths\nSomething went wrong');
  });
});

describe('npm run redocly', () => {
  // As npm runs it: from the package root, with INIT_CWD where the command was typed.
  const typedIn = join(ROOT, 'test/docs-site/fixtures');
  const run = (args: string[]) =>
    promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/redocly-cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, INIT_CWD: typedIn } })
      .then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

  it('runs the installed Redocly from where it was typed, with its exit status and without the banner', async () => {
    const ok = await run(['stats', 'small.yaml', '--format=json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).operations.metric).toBe('👷 Operations');
    expect(ok.stderr).not.toMatch(/[╔║╚]|Node\.js 20/);

    const missing = await run(['lint', 'no-such-file.yaml']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).not.toMatch(/[╔║╚]/);
  });
});
