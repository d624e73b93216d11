// `node scripts/launch.mjs scripts/generate.ts ARGS`: runs a TypeScript entry of the project (its
// exported `main(argv)`, whose number is the exit status) from an esbuild bundle of our own sources,
// rebuilt only when one of them changed (scripts/module-graph.mjs says why and how). Plain
// JavaScript: it runs before any TypeScript loader exists.
import { existsSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from './module-graph.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...argv] = process.argv.slice(2);
if (!entry || extname(entry) !== '.ts' || !existsSync(resolve(ROOT, entry))) {
  console.error('usage: node scripts/launch.mjs scripts/NAME.ts [ARGS...]');
  process.exit(2);
}
const module = await load(relative(ROOT, resolve(ROOT, entry)).split(sep).join('/'));
process.exitCode = await module.main(argv);
