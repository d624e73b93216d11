// The client's costs, each beside its baselines in the same run (targets from issue 15):
// 1. runtime: sequential calls through the client vs raw fetch to a local server (<= 1.10x), with
//    the transports it could use (client-runtime.ts);
// 2. what a consumer pays in tsc for a file with 20 calls, above an empty file, vs @gitbeaker/rest
//    (<= 1.5x in CPU and memory) (client-editor.ts);
// 3. path completion after an edit in a language service: per-page view <= 0.2 s, all-paths
//    client <= 0.5 s, on this spec and on one four times its size (today's docs' size).
// Types from spec/openapi.json, or $GITLAB_SPEC.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIDocument } from '../scripts/openapi-document.js';
import { completionCosts, completionProbes, enlarge, operationCount, preparePackage, typecheckCosts } from './client-editor.js';
import { runtimeOverhead } from './client-runtime.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, '.cache/bench-client');

export async function run(): Promise<void> {
  const specPath = process.env.GITLAB_SPEC ?? join(ROOT, 'spec/openapi.json');
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as OpenAPIDocument;
  const big = enlarge(spec, 4);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  await preparePackage(ROOT, join(WORK, 'pkg'), spec);
  await preparePackage(ROOT, join(WORK, 'pkg-4x'), big, join(WORK, 'pkg/dist'));
  console.log(`types from ${specPath}: ${operationCount(spec)} operations; the 4x spec: ${operationCount(big)}`);
  await runtimeOverhead(1000, 7);
  typecheckCosts(ROOT, WORK, 'pkg', 3);
  completionCosts(WORK, completionProbes('pkg', 'pkg-4x'), 9);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
