// request-{parameter,property}-type-{added,removed,widened,narrowed,changed}; see schema-type.ts
// for what each comparison means.
import type { OperationDiff } from '../diff.js';
import { compareTypes, typeText } from '../schema-type.js';
import type { FieldChangeKind, Finding } from '../types.js';
import { fieldChangeId, matchFields, sourceOf } from './field-pairs.js';

const KIND = { added: 'type-added', removed: 'type-removed', widened: 'type-widened', narrowed: 'type-narrowed', changed: 'type-changed' } as const satisfies Record<string, FieldChangeKind>;

export function checkTypes(op: OperationDiff): Finding[] {
  const findings: Finding[] = [];
  for (const { base, revision } of matchFields(op).matched) {
    const comparison = compareTypes(base.type, revision.type);
    if (comparison === 'same') continue;
    findings.push({
      id: fieldChangeId(revision, KIND[comparison]),
      subject: revision.name,
      location: revision.location,
      from: typeText(base.type),
      to: typeText(revision.type),
      source: sourceOf('revision', revision.source),
    });
  }
  return findings;
}
