// What every transform of the openapi stage shares: where to put the diagnostics it finds.
import type { Diagnostic, Severity, SourceRef } from '../model.js';

export interface Context {
  diagnostics: Diagnostic[];
  report(source: SourceRef, ruleId: string, severity: Severity, reason: string): void;
}

export function createContext(): Context {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    report(source, ruleId, severity, reason) {
      diagnostics.push({ file: source.file, line: source.line, column: source.column ?? 1, ruleId, severity, reason });
    },
  };
}
