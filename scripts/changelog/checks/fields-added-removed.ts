// request-{parameter,property}-{added-required,added-optional,removed,renamed}.
// A body property inside an added or removed object is not listed again: the object says it.
import type { Field, OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { fieldChangeId, matchFields, sourceOf } from './field-pairs.js';

function withoutChildren(fields: Field[]): Field[] {
  return fields.filter((field) => !fields.some((other) => other !== field && other.location === field.location && field.name.startsWith(`${other.name}[`)));
}

export function checkFieldsAddedRemoved(op: OperationDiff): Finding[] {
  if (!op.base || !op.revision) return [];
  const { matched, added, removed } = matchFields(op);
  const findings: Finding[] = [];
  for (const field of withoutChildren(added)) {
    findings.push({
      id: fieldChangeId(field, field.required ? 'added-required' : 'added-optional'),
      subject: field.name,
      location: field.location,
      source: sourceOf('revision', field.source),
    });
  }
  for (const field of withoutChildren(removed)) {
    findings.push({ id: fieldChangeId(field, 'removed'), subject: field.name, from: field.name, location: field.location, source: sourceOf('base', field.source) });
  }
  for (const { base, revision, renamed } of matched) {
    if (!renamed) continue;
    findings.push({
      id: fieldChangeId(revision, 'renamed'),
      subject: revision.name,
      from: base.name,
      to: revision.name,
      location: revision.location,
      source: sourceOf('revision', revision.source),
    });
  }
  return findings;
}
