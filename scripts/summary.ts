// What `npm run generate` says when it ends: the counts of the spec it wrote (operations, parameters
// and how many stay untyped, response schemas) and the summary lines, from a run's result.
import type { OpenAPIDocument } from './openapi-document.js';
import type { GenerateResult } from './generate.js';
import { describeLeftOut } from './left-out.js';

/** A schema that says something about the value's type (not `{}`, which allows anything). */
function isTyped(schema: any): boolean {
  return !!schema && ['type', 'anyOf', 'oneOf', 'allOf', '$ref', 'enum', 'const'].some((key) => schema[key] !== undefined);
}

/** The counts of the summary's Operations line. */
export function countOperations(document: OpenAPIDocument) {
  let operations = 0;
  let parameters = 0;
  let untyped = 0;
  let withResponseSchema = 0;
  for (const item of Object.values(document.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, any>)) {
      if (!['get', 'put', 'post', 'delete', 'patch', 'head'].includes(method)) continue;
      operations++;
      const own = (op.parameters ?? []).filter((p: any) => !p.$ref);
      // The body's fullest encoding: multipart holds the files that JSON leaves out.
      const bodies = Object.values(op.requestBody?.content ?? {}).map((m: any) => m?.schema?.properties ?? {});
      const properties = Object.values(bodies.reduce((a: object, b: object) => (Object.keys(b).length > Object.keys(a).length ? b : a), {}));
      parameters += own.length + properties.length;
      untyped += own.filter((p: any) => !isTyped(p.schema)).length + properties.filter((s) => !isTyped(s)).length;
      const hasSchema = Object.entries(op.responses ?? {}).some(([status, r]: [string, any]) =>
        status.startsWith('2') && Object.values(r.content ?? {}).some((m: any) => m.schema));
      if (hasSchema) withResponseSchema++;
    }
  }
  return { operations, parameters, untyped, withResponseSchema };
}

/** `0.6%`: one decimal, enough to tell 0.9% from 1.1%. */
function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10}%`;
}

/** At most ten names, then how many more. */
function listShort(names: string[]): string {
  return names.slice(0, 10).join(', ') + (names.length > 10 ? `, and ${names.length - 10} more` : '');
}

export function formatSummary(result: GenerateResult, outDir: string): string {
  const s = result.summary;
  const lines = [
    `Pages read: ${s.pages} (${s.parsed} parsed, ${s.byWorkers} of them by a worker thread; ${s.cached} from cache)${s.specReused ? '; spec kept: no page and no code of the spec stage changed' : ''}`,
    `Pages without endpoints: ${s.pagesWithoutEndpoints.length}${s.pagesWithoutEndpoints.length === 0 ? '' : ` (${listShort(s.pagesWithoutEndpoints)})`}`,
    ...(s.leftOut.length > 0 ? [`Pages left out (written anyway, --keep-going): ${s.leftOut.length} (${describeLeftOut(s.leftOut)})`] : []),
    `Operations: ${s.operations}, parameters: ${s.parameters} (${s.untyped} untyped, ${percent(s.untyped, s.parameters)}), operations with a response schema: ${s.withResponseSchema}`,
    `Diagnostics: ${s.diagnostics.bySeverity.error} errors, ${s.diagnostics.bySeverity.warning} warnings, ${s.diagnostics.bySeverity.info} notes`,
    ...Object.entries(s.diagnostics.byRule).map(([rule, n]) => `  ${rule} (${s.diagnostics.severityByRule[rule].join('/')}): ${n}`),
    `Outputs: ${s.ran.length === 0 ? 'none rebuilt' : `rebuilt ${s.ran.join(', ')}`}${s.current.length === 0 ? '' : `; up to date: ${s.current.join(', ')}`}`,
    `Time: ${Object.entries(s.timings).map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`).join(', ')}`,
  ];
  if (s.workerErrors.length > 0) lines.push(`Parse workers failed (their pages were parsed on the main thread): ${s.workerErrors.join('; ')}`);
  const changed = result.changed.length;
  lines.push(`${changed} ${changed === 1 ? 'file' : 'files'} changed under ${outDir}${changed === 0 ? '' : `: ${listShort(result.changed)}`}`);
  return lines.join('\n');
}

