// response-success-status-{added,removed}: the 2xx statuses an operation documents.
import type { OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { sourceOf } from './field-pairs.js';

export function checkResponseStatus(op: OperationDiff): Finding[] {
  const findings: Finding[] = [];
  for (const { base, revision } of op.responses) {
    if (base && !revision) findings.push({ id: 'response-success-status-removed', subject: base.status, source: sourceOf('revision', op.revision?.source) });
    if (revision && !base) findings.push({ id: 'response-success-status-added', subject: revision.status, source: sourceOf('revision', op.revision?.source) });
  }
  return findings;
}
