// `npm run changelog -- OLD NEW [--json FILE] [--markdown FILE]`
//
// Each side is a docs folder (run through the parse and openapi stages first) or a spec file
// (.json, .yaml, .yml). Prints the Markdown changelog, and writes the JSON report with --json and
// the Markdown with --markdown (nothing is written that was not asked for). Exit 0 whatever the changes are;
// 1 for bad input (one message naming the file, and the line for a syntax error); 2 for bad usage.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { changelog, formatJson, formatMarkdown } from './changelog/index.js';
import type { OpenAPIDocument } from './openapi-document.js';
import { FatalError } from './pages.js';
import { buildSpec } from './spec-stage.js';
import { writeAllAtomically } from './write-atomic.js';

export class UsageError extends Error {}

export interface ChangelogOptions {
  base: string;
  revision: string;
  json?: string;
  markdown?: string;
}

const USAGE = 'usage: npm run changelog -- OLD NEW [--json FILE] [--markdown FILE]\n  OLD, NEW: a docs folder or a spec file (.json, .yaml, .yml)';

/** argv (after `tsx scripts/changelog-cli.ts`) to options; relative paths against `cwd`. */
export function parseArgs(argv: string[], cwd: string): ChangelogOptions {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json' || arg === '--markdown') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a file path\n${USAGE}`);
      flags[arg.slice(2)] = value;
    } else if (arg.startsWith('--json=') || arg.startsWith('--markdown=')) {
      const [name, value] = [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)];
      flags[name] = value;
    } else if (arg === '-h' || arg === '--help') {
      throw new UsageError(USAGE);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) throw new UsageError(`expected two paths, OLD and NEW, got ${positional.length}\n${USAGE}`);
  return {
    base: resolve(cwd, positional[0]),
    revision: resolve(cwd, positional[1]),
    json: flags.json === undefined ? undefined : resolve(cwd, flags.json),
    markdown: flags.markdown === undefined ? undefined : resolve(cwd, flags.markdown),
  };
}

function checkSpec(value: unknown, path: string): OpenAPIDocument {
  const doc = value as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object' || typeof doc.openapi !== 'string' || !doc.paths || typeof doc.paths !== 'object') {
    throw new FatalError(`${path}: not an OpenAPI document (expected \`openapi\` and \`paths\` at the top)`);
  }
  return doc as unknown as OpenAPIDocument;
}

async function loadSpecFile(path: string): Promise<OpenAPIDocument> {
  const text = await readFile(path, 'utf8');
  // YAML 1.2 reads JSON too, and its errors carry a line and column for either.
  const parsed = parseDocument(text, { uniqueKeys: false });
  const error = parsed.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const place = at ? `${path}:${at.line}:${at.col}` : path;
    throw new FatalError(`${place}: not valid ${extname(path) === '.json' ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:$/, '')}`);
  }
  return checkSpec(parsed.toJS({ maxAliasCount: -1 }), path);
}

async function loadDocsFolder(dir: string): Promise<OpenAPIDocument> {
  return (await buildSpec(dir)).document;
}

/** A docs folder (through the pipeline) or a spec file, as an OpenAPI document. */
export async function loadDocument(path: string): Promise<OpenAPIDocument> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new FatalError(`${path}: no such file or folder`);
  if (info.isDirectory()) return loadDocsFolder(path);
  if (!['.json', '.yaml', '.yml'].includes(extname(path).toLowerCase())) {
    throw new FatalError(`${path}: expected a docs folder or a spec file ending in .json, .yaml or .yml`);
  }
  return loadSpecFile(path);
}

/** Runs the command; returns the Markdown it printed. */
export async function runChangelog(options: ChangelogOptions, out: (text: string) => void): Promise<string> {
  // Both sides load at once, but when both fail the user hears about OLD first, whichever failed sooner.
  const [base, revision] = await Promise.allSettled([loadDocument(options.base), loadDocument(options.revision)]);
  if (base.status === 'rejected') throw base.reason;
  if (revision.status === 'rejected') throw revision.reason;
  const report = changelog(base.value, revision.value);
  const markdown = formatMarkdown(report);
  const files = [];
  if (options.json) files.push({ target: options.json, content: formatJson(report) });
  if (options.markdown) files.push({ target: options.markdown, content: markdown });
  await writeAllAtomically(files);
  out(markdown);
  return markdown;
}

async function main(): Promise<number> {
  try {
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    const options = parseArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
    await runChangelog(options, (text) => process.stdout.write(text));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`changelog: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof FatalError ? error.message : error instanceof Error ? `${error.message}` : String(error);
    process.stderr.write(`changelog: ${message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
