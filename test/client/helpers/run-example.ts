// Runs a TypeScript example of the package (docs/client.md, the docs site's samples) against the
// spec-checking server: `from 'gitlab-openapi'` resolves to the client's sources, the example's
// `host: 'gitlab.example.com'` becomes the server. Returns what the server matched and refused.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import type { Matched, SpecServer } from './spec-server.js';

/** As a file two folders below the repository root: the package name resolves to the client's sources. */
export const asLocal = (code: string) => code.replaceAll(`from 'gitlab-openapi'`, `from '../../src/client/index.js'`);

export async function runExample(server: SpecServer, code: string, file: string): Promise<{ matched: Matched[]; violations: string[]; talksToServer: boolean }> {
  const local = asLocal(code).replaceAll(`host: 'gitlab.example.com'`, `baseUrl: ${JSON.stringify(server.apiRoot)}`);
  writeFileSync(resolve(file), `${local}\nexport {};\n`);
  const matched = server.matched.length;
  const violations = server.violations.length;
  // The examples print what they get; the test reads the server's record instead.
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await import(pathToFileURL(resolve(file)).href);
  } finally {
    log.mockRestore();
  }
  return { matched: server.matched.slice(matched), violations: server.violations.slice(violations), talksToServer: local.includes(server.apiRoot) };
}
