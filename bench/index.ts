// `npm run bench [NAME...]`: runs the `run()` of every other bench/*.ts (or only those named);
// `npm run bench -- --help` lists them with what each measures (the first line of each file).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const dir = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'measure.ts' && !f.endsWith('.d.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

/** What a bench measures: the first sentence of its file's opening comment, cut to one line. */
function summary(name: string): string {
  const lines = readFileSync(join(dir, `${name}.ts`), 'utf8').split('\n');
  const comment = lines.slice(0, lines.findIndex((line) => !line.startsWith('//'))).map((line) => line.replace(/^\/\/\s?/, '')).join(' ');
  const text = comment.replace(/^`npm run bench [^`]*`:\s*/, '');
  const sentence = /^.*?[^\d\s]\.(?=\s|$)/.exec(text)?.[0] ?? text; // not "1." of a list
  return sentence.length > 90 ? `${sentence.slice(0, 89).trimEnd()}…` : sentence;
}

function usage(): string {
  const width = Math.max(...benches.map((n) => n.length));
  return [
    'usage: npm run bench [-- NAME...]',
    '',
    'Runs the named benches (default: all), each printing its figures beside a baseline measured in the',
    'same run. BENCH_RUNS sets how many runs a median is taken over (default 5).',
    '',
    ...benches.map((name) => `  ${name.padEnd(width)}  ${summary(name)}`),
  ].join('\n');
}

let wanted: string[];
try {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(usage());
    process.exit(0);
  }
  wanted = positionals.map((n) => n.replace(/\.ts$/, ''));
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message.split('.')[0] : String(error)}\n\n${usage()}`);
  process.exit(2);
}
const unknown = wanted.filter((n) => !benches.includes(n));
if (unknown.length > 0) {
  console.error(`bench: no bench/${unknown.join('.ts, bench/')}.ts\n\n${usage()}`);
  process.exit(2);
}
for (const name of benches.filter((n) => wanted.length === 0 || wanted.includes(n))) {
  const module = (await import(pathToFileURL(join(dir, `${name}.ts`)).href)) as { run?: () => Promise<void> };
  if (typeof module.run !== 'function') continue; // a helper module, not a bench
  console.log(`\n## ${name}\n`);
  await module.run();
}
