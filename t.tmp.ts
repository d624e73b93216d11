import { readFileSync } from 'node:fs';
import { parsePage } from './scripts/parse/page.js';
for (const f of process.argv.slice(2)) {
  const r = parsePage(f.split('/').pop()!, readFileSync(f, 'utf8'));
  for (const l of r.page.valueLists ?? []) console.log(f.replace(/.*docs-/, ''), l.source.line, JSON.stringify(l.anchor), JSON.stringify(l.title), l.names.join(','), '=>', l.values.join(' '));
}
