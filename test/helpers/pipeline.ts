// The shared pipeline run (test/setup/pipeline.ts), for any test file:
//   const spec = loadSpec();            // spec/openapi.json of docs-source, parsed
//   const diagnostics = loadDiagnostics();
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Diagnostic } from '../../scripts/model.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

/** The output folder of the shared run; throws with the run's error when it failed. */
export function pipelineOut(): string {
  const error = inject('pipelineError');
  if (error) throw new Error(`the shared pipeline run failed (test/setup/pipeline.ts): ${error}`);
  return inject('pipelineOut');
}

export function specPath(format: 'json' | 'yaml' = 'json'): string {
  return join(pipelineOut(), 'spec', `openapi.${format}`);
}

let spec: OpenAPIDocument | undefined;
/** The spec generated from docs-source in this test run (a fresh copy is not made: do not mutate). */
export function loadSpec(): OpenAPIDocument {
  spec ??= JSON.parse(readFileSync(specPath('json'), 'utf8')) as OpenAPIDocument;
  return spec;
}

let diagnostics: Diagnostic[] | undefined;
export function loadDiagnostics(): Diagnostic[] {
  diagnostics ??= JSON.parse(readFileSync(join(pipelineOut(), 'generated', 'diagnostics.json'), 'utf8')) as Diagnostic[];
  return diagnostics;
}

/** Every operation of the spec with its method and path. */
export function operations(doc: OpenAPIDocument = loadSpec()): { method: string; path: string; operation: Record<string, any> }[] {
  const result: { method: string; path: string; operation: Record<string, any> }[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, any>)) {
      if (['get', 'put', 'post', 'delete', 'patch', 'head'].includes(method)) result.push({ method, path, operation });
    }
  }
  return result;
}
