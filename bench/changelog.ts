// The changelog over the whole docs-source spec: the earlier services page against the current
// one, with every other page the same (so the diff walks every operation). Baseline, measured in
// the same run: structuredClone of both documents, a plain walk over the same data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { changelog, formatJson, formatMarkdown } from '../scripts/changelog/index.js';
import { toOpenAPI } from '../scripts/openapi/index.js';
import { listPages, readPages } from '../scripts/pages.js';
import { parseDocs } from '../scripts/parse/index.js';
import { measure } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function run(): Promise<void> {
  const docs = `${ROOT}docs-source`;
  const { pages } = await readPages(docs, await listPages(docs));
  const earlier = readFileSync(`${ROOT}docs-versions/earlier/services.md`, 'utf8');
  const revision = toOpenAPI(parseDocs(pages)).document;
  const base = toOpenAPI(parseDocs(pages.map((p) => (p.file === 'services.md' ? { ...p, text: earlier } : p)))).document;
  const operations = Object.values(revision.paths ?? {}).reduce((n, item) => n + Object.keys(item as object).filter((k) => k !== 'parameters').length, 0);

  const runs = 7;
  const clone = measure(runs, () => structuredClone([base, revision])).ms;
  const diff = measure(runs, () => changelog(base, revision)).ms;
  const report = changelog(base, revision);
  const format = measure(runs, () => [formatMarkdown(report), formatJson(report)]).ms;
  console.log(`changelog: ${operations} operations, ${report.changes.length} changes (median of ${runs} runs)`);
  console.log(`  baseline structuredClone(base, revision): ${clone.toFixed(1)} ms`);
  console.log(`  changelog(base, revision):                ${diff.toFixed(1)} ms (${(diff / clone).toFixed(2)}x baseline)`);
  console.log(`  formatMarkdown + formatJson:              ${format.toFixed(1)} ms (${(format / clone).toFixed(2)}x baseline)`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) await run();
