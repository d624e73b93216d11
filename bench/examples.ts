// Code examples and schema inference: the time to read every code block of docs-source, and how
// reading a flawed JSON block and inferring its schema grow with the block's size (should be linear:
// the ratio per size step should stay near the size ratio, 10).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Code } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { schemaFromExample } from '../scripts/openapi/schema-from-example.js';
import { parseCodeExample } from '../scripts/parse/example.js';
import { parseTolerantJson } from '../scripts/parse/json-tolerant.js';
import { measure } from './measure.js';

const RUNS = 5;

const time = (fn: () => void): number => measure(RUNS, fn).ms;

/** A list of `n` objects written the way the docs' worst blocks are: trailing and missing commas. */
function flawedList(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `  {\n    "id": ${i}\n    "name": "x${i}",\n    "created_at": "2013-09-30T13:46:02Z",\n  }`);
  return `[\n${items.join(',\n')},\n  ...\n]`;
}

export async function run(): Promise<void> {
  const docs = fileURLToPath(new URL('../docs-source', import.meta.url));
  const blocks: { file: string; code: Code }[] = [];
  for (const file of readdirSync(docs, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))) {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(join(docs, file), 'utf8'));
    visit(tree, 'code', (code: Code) => {
      blocks.push({ file, code });
    });
  }
  const all = time(() => {
    for (const { file, code } of blocks) {
      const { example } = parseCodeExample(code, file);
      if (example.kind === 'json') schemaFromExample(example.value);
    }
  });
  console.log(`parseCodeExample + schemaFromExample over the ${blocks.length} code blocks of docs-source: ${all.toFixed(1)} ms (median of ${RUNS})`);

  let previous: number | undefined;
  for (const n of [100, 1000, 10000]) {
    const text = flawedList(n);
    const parse = time(() => parseTolerantJson(text));
    const strict = JSON.stringify(JSON.parse(`[${Array.from({ length: n }, (_, i) => `{"id":${i},"name":"x${i}","created_at":"2013-09-30T13:46:02Z"}`).join(',')}]`));
    const baseline = time(() => JSON.parse(strict));
    const value = (parseTolerantJson(text) as { value: unknown }).value;
    const infer = time(() => schemaFromExample(value));
    const ratio = previous === undefined ? '' : `, x${(parse / previous).toFixed(1)} for x10 the size`;
    console.log(`flawed list of ${n} objects (${(text.length / 1024).toFixed(0)} KB, ${2 * n + 1} flaws): repair ${parse.toFixed(1)} ms (JSON.parse of the strict text: ${baseline.toFixed(2)} ms, ratio ${(parse / baseline).toFixed(0)})${ratio}; schema ${infer.toFixed(1)} ms`);
    previous = parse;
  }
}
