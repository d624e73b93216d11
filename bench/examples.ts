// Code examples and schema inference: the time to read every code block of docs-source, and how
// reading a flawed JSON block and inferring its schema (the entity pass on one response) grow with
// the block's size (should be linear: the ratio per size step should stay near the size ratio, 10).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Code } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Endpoint } from '../scripts/model.js';
import { createContext } from '../scripts/openapi/context.js';
import { buildEntities } from '../scripts/openapi/entities/index.js';
import { parseCodeExample } from '../scripts/parse/example.js';
import { parseTolerantJson } from '../scripts/parse/json-tolerant.js';
import { measure } from './measure.js';

const RUNS = 5;

const time = (fn: () => void): number => measure(RUNS, fn).ms;

/** The entity pass over one response showing `value`: the schema inference of the spec stage. */
function inferSchema(value: unknown): void {
  const source = { file: 'bench.md', line: 1 };
  const endpoint: Endpoint = {
    method: 'GET', path: '/things', queryExamples: [], file: 'bench.md', heading: 'Things', headingPath: [], description: '', deprecated: false,
    parameters: [], requestExamples: [], foundBy: 'signature', source,
    responses: [{ statusFrom: 'none', examples: [{ kind: 'json', lang: 'json', raw: '', value, source }], attributes: [], source }],
  };
  buildEntities([endpoint], createContext());
}

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
      if (example.kind === 'json') inferSchema(example.value);
    }
  });
  console.log(`parseCodeExample + the entity pass over the ${blocks.length} code blocks of docs-source: ${all.toFixed(1)} ms (median of ${RUNS})`);

  let previous: number | undefined;
  for (const n of [100, 1000, 10000]) {
    const text = flawedList(n);
    const parse = time(() => parseTolerantJson(text));
    const strict = JSON.stringify(JSON.parse(`[${Array.from({ length: n }, (_, i) => `{"id":${i},"name":"x${i}","created_at":"2013-09-30T13:46:02Z"}`).join(',')}]`));
    const baseline = time(() => JSON.parse(strict));
    const value = (parseTolerantJson(text) as { value: unknown }).value;
    const infer = time(() => inferSchema(value));
    const ratio = previous === undefined ? '' : `, x${(parse / previous).toFixed(1)} for x10 the size`;
    console.log(`flawed list of ${n} objects (${(text.length / 1024).toFixed(0)} KB, ${2 * n + 1} flaws): repair ${parse.toFixed(1)} ms (JSON.parse of the strict text: ${baseline.toFixed(2)} ms, ratio ${(parse / baseline).toFixed(0)})${ratio}; schema ${infer.toFixed(1)} ms`);
    previous = parse;
  }
}
