// operation-id-changed: the same operation under another operationId. An operation that had none
// and gains one is not reported: no name was in use; nor one whose method changed, since ids
// name the method (`updateX` -> `createX`): that is one change, reported as the method's.
import type { OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { sourceOf } from './field-pairs.js';

export function checkOperationId(op: OperationDiff): Finding[] {
  if (!op.base || !op.revision || op.base.method !== op.revision.method) return [];
  const from = op.base.operationId;
  const to = op.revision.operationId;
  if (from === undefined || from === to) return [];
  return [{ id: 'operation-id-changed', from, to: to ?? '(none)', source: sourceOf('revision', op.revision.source) }];
}
