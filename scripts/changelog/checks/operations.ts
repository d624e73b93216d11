// operation-added, operation-removed, operation-removed-from-page, operation-moved,
// operation-method-changed: an operation (method + path) only one document has, or the same
// operation at another method or on another docs page.
import type { OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { sourceOf } from './field-pairs.js';

export function checkOperations(op: OperationDiff): Finding[] {
  const { base, revision } = op;
  if (revision && !base) {
    if (op.elsewhere && revision.source) return [{ id: 'operation-moved', from: op.elsewhere, to: revision.source.file, source: sourceOf('revision', revision.source) }];
    return [{ id: 'operation-added', to: revision.operationId, source: sourceOf('revision', revision.source) }];
  }
  if (base && !revision) {
    const source = sourceOf('base', base.source);
    if (op.elsewhere && base.source) return [{ id: 'operation-moved', from: base.source.file, to: op.elsewhere, source }];
    if (op.otherSidePagesOnly) return [{ id: 'operation-removed-from-page', from: base.source?.file ?? 'the page', source }];
    return [{ id: 'operation-removed', from: base.operationId, source }];
  }
  if (!base || !revision) return [];
  const findings: Finding[] = [];
  const source = sourceOf('revision', revision.source);
  if (base.method !== revision.method) findings.push({ id: 'operation-method-changed', from: base.method, to: revision.method, source });
  if (base.source && revision.source && base.source.file !== revision.source.file) {
    findings.push({ id: 'operation-moved', from: base.source.file, to: revision.source.file, source });
  }
  return findings;
}
