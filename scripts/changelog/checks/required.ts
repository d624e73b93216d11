// request-{parameter,property}-became-{required,optional}.
import type { OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { fieldChangeId, matchFields, sourceOf } from './field-pairs.js';

export function checkRequired(op: OperationDiff): Finding[] {
  return matchFields(op)
    .matched.filter(({ base, revision }) => base.required !== revision.required)
    .map(({ revision }) => ({
      id: fieldChangeId(revision, revision.required ? 'became-required' : 'became-optional'),
      subject: revision.name,
      location: revision.location,
      source: sourceOf('revision', revision.source),
    }));
}
