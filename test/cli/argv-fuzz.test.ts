// Argument fuzzing: random argv from the spec's operation and parameter names, the global
// options, values and garbage. The CLI never crashes: exit 0, 1 or 2, one-line messages, no stack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCommandTable } from '../../src/cli/command-table.js';
import { json, run, startServer, type TestServer } from './helpers.js';
import { specUnderTest } from '../completions/expected.js';

// The spec of docs-source generated in this run (its 500+ operations and their names).
const spec = specUnderTest();
const specPath = spec.path;
const table = buildCommandTable(spec.doc);
// Resources and verbs as separate words (a command is two of them), and the builtins.
const names = [...new Set(table.commands.flatMap((c) => c.name.split(' '))), 'list', 'help', 'completion', 'api'];
const flags = [...new Set(table.commands.flatMap((c) => c.params.map((p) => `--${p.flag}`)))];
const globals = ['--url', '--token', '--oauth-token', '--job-token', '--sudo', '--timeout', '--output', '--include', '--paginate', '--all', '--max-pages', '--data', '--dry-run', '--verbose', '--help', '--version', '--field', '-F', '--raw-field', '--header', '--input', '--method', '-h', '--', '-'];
const values = ['1', '0', '-1', 'abc', 'opened', 'true', 'false', 'json', 'yaml', 'a,b', '@/nonexistent', '{}', '[]', '{"title":"x"}', '', 'group/project', '..', 'bash', 'GET', 'projects', 'a=1', 'a[]=@/nonexistent', '-'];

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  server.handle((_r, res) => json(res, 200, [{ id: 1 }]));
});
afterAll(() => server.close());

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...names) },
  { weight: 4, arbitrary: fc.constantFrom(...flags) },
  { weight: 2, arbitrary: fc.constantFrom(...globals) },
  { weight: 3, arbitrary: fc.constantFrom(...values) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...flags, ...globals), fc.constantFrom(...values)).map(([f, v]) => `${f}=${v}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('--no-confidential', '--no-archived', '--no-x', '--=', '---', '--\n', '--id\r\n', '\0') },
);

describe(`argv fuzzing over the ${spec.name}`, () => {
  it('never crashes; usage errors exit 2 with one message line', async () => {
    const counts = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 8 }), async (argv) => {
        // Never the real network; stdin empty.
        const r = await run(argv, { env: { GITLAB_API_SPEC: specPath, GITLAB_URL: server.url, GITLAB_TOKEN: 'fuzz-token-1234' } });
        counts[r.code] = (counts[r.code] ?? 0) + 1;
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at |TypeError|ReferenceError/);
        if (r.code === 2) expect(r.stderr).toMatch(/^gitlab-api: [^\n]*\n$/);
        expect(r.stdout + r.stderr).not.toContain('fuzz-token-1234');
      }),
      { numRuns: 300, seed: 4 },
    );
    // The generator reaches all three outcomes (or the property says little).
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[2]).toBeGreaterThan(0);
    // Each run builds the command table from the 540-operation spec (GITLAB_API_SPEC): about 20 s
    // in all on an idle machine, so a limit well above vitest's default 30 s.
  }, 180_000);
});
