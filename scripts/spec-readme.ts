// `npm run spec-readme`: refreshes the figures in spec/README.md from spec/openapi.json, so the
// README never drifts from the spec it sits beside: the docs version (info.version) and the
// `redocly stats` table. Run after `npm run generate`; everything else in the README is prose.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runRedocly } from './redocly.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `redocly stats --format=markdown` without the lines naming the local path and the time taken. */
export function cleanStats(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^Document: .* stats:$/.test(line.trim()) && !/stats processed in \d+ms/.test(line))
    .join('\n')
    .trim();
}

/** `readme` with the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` replaced. */
export function replaceBlock(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`spec/README.md: no ${start} ... ${end} block`);
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}

async function main(): Promise<void> {
  const spec = join(ROOT, 'spec', 'openapi.json');
  const readmePath = join(ROOT, 'spec', 'README.md');
  const doc = JSON.parse(await readFile(spec, 'utf8')) as { info?: { version?: string } };
  const { stdout } = await runRedocly(['stats', 'openapi.json', '--format=markdown'], join(ROOT, 'spec'), 'redocly stats');
  let readme = await readFile(readmePath, 'utf8');
  readme = replaceBlock(readme, 'docs-version', `\`${doc.info?.version ?? 'unversioned'}\``);
  readme = replaceBlock(readme, 'redocly-stats', cleanStats(stdout));
  await writeFile(readmePath, readme);
  process.stdout.write(`spec/README.md: figures refreshed from spec/openapi.json (${doc.info?.version})\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`spec-readme: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
