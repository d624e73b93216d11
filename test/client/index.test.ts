// The entry point: what it exports, that it stays browser-safe, and how the client object behaves.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as entry from '../../src/client/index.js';

const dir = new URL('../../src/client/', import.meta.url);

/**
 * Modules the client may import: its own files, the generated types (type-only) and response media
 * table (a plain object), openapi-fetch (browser-safe).
 */
const ALLOWED = /^(\.\/[\w-]+\.js|\.\.\/\.\.\/generated\/(schema|response-media)\.js|openapi-fetch)$/;
/** Globals that exist in Node only. */
const NODE_GLOBALS = new Set(['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate', 'module', 'exports']);

/**
 * Every module specifier (static, export-from, dynamic `import()`, `import('x').T` types, require) that is
 * not allowed, and every free use of a Node-only global, as `file:line: text`. Parses with TypeScript
 * rather than matching lines, so `from 'node:fs'` or `import('fs')` cannot slip through a regex.
 */
function nodeOnlyUses(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => found.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const checkSpecifier = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node) && !ALLOWED.test(node.text)) report(node, `imports '${node.text}'`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkSpecifier(node.moduleSpecifier);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) checkSpecifier(node.argument.literal);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      checkSpecifier(node.arguments[0]);
    } else if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isMemberName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isParameter(parent) || ts.isVariableDeclaration(parent) || ts.isBindingElement(parent);
      if (!isMemberName) report(node, `uses the Node global ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('src/client', () => {
  it('imports nothing Node-only and uses no Node-only global (it must run in browsers)', () => {
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((name) => nodeOnlyUses(name, readFileSync(new URL(name, dir), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the scan finds what it looks for (so the test above can fail)', () => {
    const bad = [
      `import { readFileSync } from 'node:fs';`,
      `import type { Agent } from 'http';`,
      `export { x } from 'node:stream';`,
      `const m = await import('node:crypto');`,
      `type T = import('node:url').URL;`,
      `const c = require('child_process');`,
      `const b = Buffer.from('x');`,
      `if (process.env.X) {}`,
      `import { a } from './ok.js'; const o = { process: 1 }; o.process; import type { paths } from '../../generated/schema.js'; import createClient from 'openapi-fetch';`,
    ].join('\n');
    expect(nodeOnlyUses('bad.ts', bad)).toEqual([
      `bad.ts:1: imports 'node:fs'`,
      `bad.ts:2: imports 'http'`,
      `bad.ts:3: imports 'node:stream'`,
      `bad.ts:4: imports 'node:crypto'`,
      `bad.ts:5: imports 'node:url'`,
      `bad.ts:6: imports 'child_process'`,
      `bad.ts:6: uses the Node global require`,
      `bad.ts:7: uses the Node global Buffer`,
      `bad.ts:8: uses the Node global process`,
    ]);
  });

  it('exports the runtime API the README documents', () => {
    expect(Object.keys(entry).sort()).toEqual(['GitLabApiError', 'PageIterator', 'createGitLabClient', 'gitlabMessage', 'nextLink', 'nodeFetch', 'paginate', 'resolveBaseUrl']);
  });
});

describe('the client object', () => {
  const gitlab = entry.createGitLabClient({ host: 'gitlab.example.com', token: 'tok-1234' });
  it('answers its own members, and every tag key with the shared openapi-fetch client', () => {
    expect(gitlab.options.baseUrl).toBe('https://gitlab.example.com/api/v4');
    expect(typeof gitlab.request).toBe('function');
    expect(typeof gitlab.paginate).toBe('function');
    const views = gitlab as unknown as Record<string, { GET: unknown }>;
    expect(typeof views.issues.GET).toBe('function');
    expect(views.mergeRequests).toBe(views.issues);
  });
  it('is not a thenable and converts to a string (a Proxy must not answer everything)', async () => {
    expect((gitlab as unknown as { then?: unknown }).then).toBeUndefined();
    expect(await Promise.resolve(gitlab)).toBe(gitlab);
    expect(String(gitlab)).toBe('[object Object]');
    expect(JSON.stringify(gitlab)).not.toContain('tok-1234');
  });
});
