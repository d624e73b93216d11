// What every transform of the openapi stage shares: where to put the diagnostics it finds, and the
// schema registry (`components.schemas`) that the document-wide entity pass fills before operations
// are built, so any transform can `$ref` an entity.
import type { Diagnostic, Severity, SourceRef } from '../model.js';
import type { SchemaObject } from '../openapi-document.js';

export interface Context {
  diagnostics: Diagnostic[];
  /** Named schemas for `components.schemas`, by name. */
  schemas: Record<string, SchemaObject>;
  report(source: SourceRef, ruleId: string, severity: Severity, reason: string): void;
}

export function createContext(): Context {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    schemas: {},
    report(source, ruleId, severity, reason) {
      diagnostics.push({ file: source.file, line: source.line, column: source.column ?? 1, ruleId, severity, reason });
    },
  };
}
