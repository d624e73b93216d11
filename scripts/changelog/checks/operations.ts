// operation-added, operation-removed: an operation (method + path) only one document has.
import type { OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { sourceOf } from './field-pairs.js';

export function checkOperations(op: OperationDiff): Finding[] {
  if (op.revision && !op.base) return [{ id: 'operation-added', to: op.revision.operationId, source: sourceOf('revision', op.revision.source) }];
  if (op.base && !op.revision) return [{ id: 'operation-removed', from: op.base.operationId, source: sourceOf('base', op.base.source) }];
  return [];
}
