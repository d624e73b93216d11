// request-{parameter,property}-enum-{value-added,value-removed,added,removed}: one change per value,
// so each removed value stands out as its own breaking change.
import type { OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { fieldChangeId, matchFields, sourceOf } from './field-pairs.js';

export function checkEnums(op: OperationDiff): Finding[] {
  const findings: Finding[] = [];
  for (const { base, revision } of matchFields(op).matched) {
    const common = { subject: revision.name, location: revision.location, source: sourceOf('revision', revision.source) };
    if (!base.enum && revision.enum) findings.push({ ...common, id: fieldChangeId(revision, 'enum-added'), to: revision.enum.join(', ') });
    else if (base.enum && !revision.enum) findings.push({ ...common, id: fieldChangeId(revision, 'enum-removed'), from: base.enum.join(', ') });
    else if (base.enum && revision.enum) {
      const before = new Set(base.enum);
      const after = new Set(revision.enum);
      for (const value of revision.enum) if (!before.has(value)) findings.push({ ...common, id: fieldChangeId(revision, 'enum-value-added'), to: value });
      for (const value of base.enum) if (!after.has(value)) findings.push({ ...common, id: fieldChangeId(revision, 'enum-value-removed'), from: value });
    }
  }
  return findings;
}
