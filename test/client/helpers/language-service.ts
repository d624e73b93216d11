// A TypeScript language service over in-memory files plus the real ones on disk: what an editor does.
import ts from 'typescript';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/**
 * A language service whose only roots are `files` (absolute path -> text), other files from disk.
 * The caller may change or add texts in `files` between queries: the service sees the new text.
 */
export function createService(files: Record<string, string>, options: ts.CompilerOptions = compilerOptions): ts.LanguageService {
  // A file's version goes up whenever its text in `files` differs from the one last seen, which is
  // how the service knows to re-read it (one service re-checked is much cheaper than a new one).
  const seen = new Map<string, { text: string | undefined; version: number }>();
  const versionOf = (f: string): string => {
    const last = seen.get(f);
    if (last && last.text === files[f]) return String(last.version);
    const version = (last?.version ?? 0) + 1;
    seen.set(f, { text: files[f], version });
    return String(version);
  };
  // As tsserver does: files from disk are read once and kept (it watches them; these do not change
  // under a test), and module resolutions are cached, so a new program after an edit re-reads and
  // re-resolves only what changed. Without this every keystroke would re-read the 2 MB schema.
  const disk = new Map<string, ts.IScriptSnapshot | undefined>();
  const resolutions = new Map<string, ts.ResolvedModuleWithFailedLookupLocations>();
  const moduleCache = ts.createModuleResolutionCache(repoRoot, (f) => f, options);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => Object.keys(files),
    getScriptVersion: versionOf,
    getScriptSnapshot: (f) => {
      if (files[f] !== undefined) return ts.ScriptSnapshot.fromString(files[f]);
      if (!disk.has(f)) disk.set(f, existsSync(f) ? ts.ScriptSnapshot.fromString(readFileSync(f, 'utf8')) : undefined);
      return disk.get(f);
    },
    resolveModuleNameLiterals: (literals, containingFile, _redirect, compilerOptions, sourceFile) =>
      literals.map((literal) => {
        const mode = ts.getModeForUsageLocation(sourceFile, literal, compilerOptions);
        const key = `${containingFile}\0${literal.text}\0${mode}`;
        let resolved = resolutions.get(key);
        if (!resolved) {
          resolved = ts.resolveModuleName(literal.text, containingFile, compilerOptions, ts.sys, moduleCache, undefined, mode);
          resolutions.set(key, resolved);
        }
        return resolved;
      }),
    getCurrentDirectory: () => repoRoot,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => f in files || ts.sys.fileExists(f),
    readFile: (f) => files[f] ?? ts.sys.readFile(f),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

/** Completion entry names at the `|` marker in `source` (marker removed). */
export function completionsAt(file: string, source: string, extra: Record<string, string> = {}): { names: string[]; diagnostics: ts.Diagnostic[] } {
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const service = createService({ ...extra, [file]: text });
  const completions = service.getCompletionsAtPosition(file, offset, {});
  return { names: completions?.entries.map((e) => e.name) ?? [], diagnostics: service.getSemanticDiagnostics(file) };
}

export function diagnosticsOf(file: string, source: string, extra: Record<string, string> = {}): { code: number; line: number; message: string }[] {
  const service = createService({ ...extra, [file]: source });
  const program = service.getProgram()!;
  const sf = program.getSourceFile(file)!;
  return [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)].map((d) => ({
    code: d.code,
    line: d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line + 1,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}
