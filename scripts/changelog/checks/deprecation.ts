// operation-deprecated, operation-undeprecated, request-{parameter,property}-deprecated.
import type { OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { fieldChangeId, matchFields, sourceOf } from './field-pairs.js';

export function checkDeprecation(op: OperationDiff): Finding[] {
  if (!op.base || !op.revision) return [];
  const findings: Finding[] = [];
  const source = sourceOf('revision', op.revision.source);
  if (!op.base.deprecated && op.revision.deprecated) findings.push({ id: 'operation-deprecated', source });
  if (op.base.deprecated && !op.revision.deprecated) findings.push({ id: 'operation-undeprecated', source });
  for (const { base, revision } of matchFields(op).matched) {
    if (!base.deprecated && revision.deprecated) {
      findings.push({ id: fieldChangeId(revision, 'deprecated'), subject: revision.name, location: revision.location, source: sourceOf('revision', revision.source) });
    }
  }
  return findings;
}
