// [slow] The examples of docs/client.md are real: each ```ts block type-checks with the shipped types
// (generated/schema.d.ts, through the TypeScript language service) and runs against a server that
// checks every request against the spec (spec/openapi.json) and answers with the docs' examples.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilerOptions, createService, repoRoot } from './helpers/language-service.js';
import { asLocal, runExample } from './helpers/run-example.js';
import { startSpecServer } from './helpers/spec-server.js';
import type { Answer, Matched, SpecServer } from './helpers/spec-server.js';

const DOC = resolve(repoRoot, 'docs/client.md');
const SPEC = resolve(repoRoot, 'spec/openapi.json');
const DIR = resolve(repoRoot, '.cache/test-docs-examples');

/** The ```ts blocks of the page, with the line each starts on. */
function examples(markdown: string): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```ts') continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1].trim() !== '```') i++;
    blocks.push({ line: start + 1, code: lines.slice(start, i + 1).join('\n') });
    i++;
  }
  return blocks;
}


const blocks = existsSync(DOC) ? examples(readFileSync(DOC, 'utf8')) : [];

/**
 * The downloads of the examples, answered as GitLab does (repository_files.md:73 "Get raw file",
 * repositories.md:107 "Get file archive") where the spec gives them no example to answer with.
 */
function downloads(_: unknown, m: Matched): Answer | undefined {
  if (m.template === '/projects/{id}/repository/files/{file_path}/raw') return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'puts "hello"\n' };
  if (m.template === '/projects/{id}/repository/archive') return { status: 200, headers: { 'content-type': 'application/zip' }, body: new Uint8Array([0x50, 0x4b, 0x05, 0x06]) };
  return undefined;
}

describe.skipIf(!existsSync(SPEC))('[slow] docs/client.md examples', () => {
  let server: SpecServer;
  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    server = await startSpecServer(JSON.parse(readFileSync(SPEC, 'utf8')), { answer: downloads });
  });
  afterAll(() => server?.close());

  it('has examples, each importing the package', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const block of blocks) expect(block.code, `docs/client.md:${block.line}`).toContain(`from 'gitlab-openapi'`);
  });

  it('every example type-checks with the shipped types (no errors)', () => {
    const files = Object.fromEntries(blocks.map((b, i) => [resolve(DIR, `check-${i}.ts`), `${asLocal(b.code)}\nexport {};\n`]));
    // Examples read process.env, as Node users do: Node's types on.
    const service = createService(files, { ...compilerOptions, types: ['node'] });
    const problems = Object.keys(files).flatMap((file, i) =>
      service.getSemanticDiagnostics(file).map((d) => {
        const line = ts.getLineAndCharacterOfPosition(service.getProgram()!.getSourceFile(file)!, d.start!).line;
        return `docs/client.md:${blocks[i].line + line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
      }),
    );
    expect(problems).toEqual([]);
  });

  it.each(blocks.map((b, i) => [b.line, i] as const))('the example at docs/client.md:%i runs; every request fits the spec', async (line, i) => {
    // The examples name gitlab.example.com; here it is the spec-checking server.
    const { matched, violations, talksToServer } = await runExample(server, blocks[i].code, resolve(DIR, `run-${i}.ts`));
    expect(talksToServer, 'an example must talk to gitlab.example.com').toBe(true);
    expect(violations, `docs/client.md:${line}`).toEqual([]);
    // Examples that only build clients send nothing; the others' calls all reached the server.
    if (/\.(GET|POST|PUT|PATCH|DELETE)\(|paginate\(/.test(blocks[i].code)) expect(matched.length).toBeGreaterThan(0);
  });
});
