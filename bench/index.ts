// `npm run bench [NAME...]`: runs the `run()` of every other bench/*.ts (or only those named).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2).map((n) => n.replace(/\.ts$/, ''));
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.d.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
const unknown = wanted.filter((n) => !benches.includes(n));
if (unknown.length > 0) {
  console.error(`bench: no bench/${unknown.join('.ts, bench/')}.ts`);
  process.exit(1);
}
for (const name of benches) {
  const module = (await import(pathToFileURL(join(dir, `${name}.ts`)).href)) as { run?: () => Promise<void> };
  if (typeof module.run !== 'function') continue; // a helper module, not a bench
  console.log(`\n## ${name}\n`);
  await module.run();
}
