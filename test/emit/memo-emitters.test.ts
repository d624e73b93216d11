// Every output step that keeps fragments between runs (scripts/emit/memo.ts) makes, from a memo
// of the spec before a change, exactly the files it makes from nothing: on the current pages'
// spec, after a change to one operation's description (then only that path's fragments are made
// again), and after changes that reach many fragments (a path removed, a property added to an
// entity, which every path's samples and commands may read).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitCompletions } from '../../scripts/emit/completions/index.js';
import { emitDocsSite } from '../../scripts/emit/docs-site.js';
import { emitGitLabApiV4 } from '../../scripts/emit/gitlab-api-v4/index.js';
import { withMemo, type Memo } from '../../scripts/emit/memo.js';
import { emitTypes } from '../../scripts/emit/types.js';
import { HTTP_METHODS, type OpenAPIDocument, type OperationObject } from '../../scripts/openapi-document.js';
import { toYaml } from '../../scripts/spec-yaml.js';
import { currentRun } from '../current/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-memo-emitters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Files = { path: string; content: string | Uint8Array }[];
type Step = (doc: OpenAPIDocument, memo: Memo) => Files | Promise<Files>;
/** Each step, and whether its files show an operation's description and a response entity's properties. */
const STEPS: [string, Step, { description: boolean; entities: boolean }][] = [
  ['spec-yaml', (doc, memo) => [{ path: 'openapi.yaml', content: toYaml(doc, memo) }], { description: true, entities: true }],
  ['types', (doc, memo) => emitTypes(doc, memo), { description: true, entities: true }],
  // The command table holds descriptions; the CLI's options are request parameters only.
  ['completions', (doc, memo) => emitCompletions(doc, memo), { description: true, entities: false }],
  ['docs-site', (doc, memo) => emitDocsSite(doc, {}, memo), { description: true, entities: true }],
  // Its completions describe methods by the operation's summary.
  ['gitlab-api-v4', (doc, memo) => emitGitLabApiV4(doc, undefined, memo), { description: false, entities: false }],
];

let before: OpenAPIDocument;
beforeAll(async () => {
  before = (await currentRun()).document;
});

function firstOperation(doc: OpenAPIDocument, index: number): OperationObject {
  const item = Object.values(doc.paths ?? {})[index] as Record<string, OperationObject>;
  return HTTP_METHODS.map((m) => item[m]).find(Boolean)!;
}

/** The files whose paths or bytes differ (not the bytes themselves: megabytes in a failure). */
function sameFiles(a: Files, b: Files): string[] {
  const text = (f: Files[number]) => (typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('base64'));
  if (a.length !== b.length) return [`${a.length} files against ${b.length}`];
  return a.flatMap((f, i) => (f.path !== b[i].path || text(f) !== text(b[i]) ? [f.path] : []));
}

/** The files of `step` on `after` with a memo warmed on `before`, those without one, and the fragments it made again. */
async function compare(name: string, run: Step, after: OpenAPIDocument) {
  const ref = { file: join(dir, `${name}-${Math.random().toString(36).slice(2)}.json`), version: 'test' };
  await withMemo(ref, (memo) => run(structuredClone(before), memo));
  let made = 0;
  const memoised = await withMemo(ref, async (memo) => {
    const files = await run(structuredClone(after), memo);
    made = memo.made;
    return files;
  });
  const fresh = await withMemo(undefined, (memo) => run(structuredClone(after), memo));
  return { memoised, fresh, made };
}

describe('an output step with the memo of the spec before a change', () => {
  for (const [name, run, shows] of STEPS) {
    it(`${name}: one description changed, the same files as without a memo, few fragments made again`, async () => {
      const after = structuredClone(before);
      firstOperation(after, 3).description = 'A description changed by the memo test.';
      const { memoised, fresh, made } = await compare(name, run, after);
      expect(sameFiles(memoised, fresh)).toEqual([]);
      if (shows.description) expect(JSON.stringify(fresh)).toContain('changed by the memo test');
      // The changed path's fragment, and for the command table's readers its commands.
      expect(made).toBeLessThanOrEqual(3);
    }, 60_000);

    it(`${name}: a path removed and an entity property added, the same files as without a memo`, async () => {
      const after = structuredClone(before);
      delete after.paths![Object.keys(after.paths!)[1]];
      const schemas = after.components?.schemas as Record<string, { properties?: Record<string, unknown> }>;
      const entity = Object.values(schemas).find((s) => s.properties)!;
      entity.properties!.added_by_the_memo_test = { type: 'string', description: 'Added by the memo test.' };
      const { memoised, fresh } = await compare(name, run, after);
      expect(sameFiles(memoised, fresh)).toEqual([]);
      if (shows.entities) expect(JSON.stringify(fresh)).toContain('added_by_the_memo_test');
    }, 60_000);

    it(`${name}: a shared parameter changed (every path that refers to it reads it), the same files as without a memo`, async () => {
      const after = structuredClone(before);
      const parameters = after.components?.parameters as Record<string, { description?: string }>;
      expect(Object.keys(parameters)).toContain('per_page');
      parameters.per_page.description = 'A shared parameter changed by the memo test.';
      const { memoised, fresh } = await compare(name, run, after);
      expect(sameFiles(memoised, fresh)).toEqual([]);
      if (name === 'types' || name === 'spec-yaml') expect(JSON.stringify(fresh)).toContain('shared parameter changed by the memo test');
    }, 60_000);
  }
});
