// `npm run changelog -- OLD NEW [--json FILE] [--markdown FILE] [--base-version V] [--revision-version V]`
//
// Each side is a docs folder or one docs page (.md), run through the parse and openapi stages
// first, or a spec file (.json, .yaml, .yml). For a page, the rest of its folder is read too, to
// tell an operation that moved to another page from one that is gone. Writes the JSON report with
// --json and the Markdown with --markdown (nothing is written that was not asked for); prints the
// Markdown changelog, or a short summary when --markdown took it. Exit 0 whatever the changes are;
// 1 for bad input (one message naming the file, and the line for a syntax error); 2 for bad usage.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { changelog, formatJson, formatMarkdown, formatSummary, routeIndex, type RouteIndex } from './changelog/index.js';
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
  baseVersion?: string;
  revisionVersion?: string;
}

const USAGE = 'usage: npm run changelog -- OLD NEW [--json FILE] [--markdown FILE] [--base-version V] [--revision-version V]\n  OLD, NEW: a docs folder, a docs page (.md) or a spec file (.json, .yaml, .yml)';
const VALUE_OPTIONS = ['--json', '--markdown', '--base-version', '--revision-version'];

/** argv (after `tsx scripts/changelog-cli.ts`) to options; relative paths against `cwd`. */
export function parseArgs(argv: string[], cwd: string): ChangelogOptions {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (VALUE_OPTIONS.includes(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a ${arg.endsWith('version') ? 'version' : 'file path'}\n${USAGE}`);
      flags[arg.slice(2)] = value;
    } else if (VALUE_OPTIONS.some((option) => arg.startsWith(`${option}=`))) {
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
    ...(flags['base-version'] !== undefined ? { baseVersion: flags['base-version'] } : {}),
    ...(flags['revision-version'] !== undefined ? { revisionVersion: flags['revision-version'] } : {}),
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

/** A side of the changelog: its document, and for a page, where its folder documents each route. */
export interface LoadedSide {
  document: OpenAPIDocument;
  /** Set when the side is one page: the routes of its whole folder. */
  folderRoutes?: RouteIndex;
}

/**
 * One docs page, as the document of that page alone (its version is what it says), with the
 * routes of its whole folder beside it. The folder's pages are parsed once (the page cache).
 */
async function loadDocsPage(path: string): Promise<LoadedSide> {
  const dir = dirname(path);
  const [page, folder] = await Promise.all([buildSpec(dir, { only: [basename(path)] }), buildSpec(dir)]);
  return { document: page.document, folderRoutes: routeIndex(folder.document) };
}

/** A docs folder (through the pipeline), a docs page, or a spec file. */
export async function loadSide(path: string): Promise<LoadedSide> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new FatalError(`${path}: no such file or folder`);
  if (info.isDirectory()) return { document: (await buildSpec(path)).document };
  const ext = extname(path).toLowerCase();
  if (ext === '.md') return loadDocsPage(path);
  if (!['.json', '.yaml', '.yml'].includes(ext)) {
    throw new FatalError(`${path}: expected a docs folder, a docs page (.md) or a spec file ending in .json, .yaml or .yml`);
  }
  return { document: await loadSpecFile(path) };
}

/** A docs folder, a docs page or a spec file, as an OpenAPI document. */
export async function loadDocument(path: string): Promise<OpenAPIDocument> {
  return (await loadSide(path)).document;
}

/** Runs the command; returns the Markdown it wrote or printed. */
export async function runChangelog(options: ChangelogOptions, out: (text: string) => void): Promise<string> {
  // Both sides load at once, but when both fail the user hears about OLD first, whichever failed sooner.
  const [base, revision] = await Promise.allSettled([loadSide(options.base), loadSide(options.revision)]);
  if (base.status === 'rejected') throw base.reason;
  if (revision.status === 'rejected') throw revision.reason;
  const report = changelog(base.value.document, revision.value.document, {
    baseRoutes: base.value.folderRoutes,
    revisionRoutes: revision.value.folderRoutes,
    baseVersion: options.baseVersion,
    revisionVersion: options.revisionVersion,
  });
  const markdown = formatMarkdown(report);
  const files = [];
  if (options.json) files.push({ target: options.json, content: formatJson(report) });
  if (options.markdown) files.push({ target: options.markdown, content: markdown });
  await writeAllAtomically(files);
  if (options.markdown) out(`${formatSummary(report)}Wrote ${[options.markdown, options.json].filter(Boolean).join(' and ')}\n`);
  else out(markdown);
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
