// operation-deprecated, operation-undeprecated, request-{parameter,property}-deprecated,
// response-property-deprecated (a property of a success response both documents have).
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
  for (const { base, revision } of op.responses) {
    if (!base || !revision) continue;
    for (const [path, property] of revision.properties) {
      // A property added already deprecated is reported as added; its deprecation goes with it.
      const before = base.properties.get(path);
      if (!property.deprecated || !before || before.deprecated) continue;
      findings.push({ id: 'response-property-deprecated', subject: path, location: `response ${revision.status}`, source: sourceOf('revision', property.source) ?? source });
    }
  }
  return findings;
}
