// request-body-media-type-{added,removed}: the encodings a request body is accepted in, when both
// documents have a body (a body that appears or goes shows as its properties added or removed).
import type { OperationDiff } from '../diff.js';
import type { Finding } from '../types.js';
import { sourceOf } from './field-pairs.js';

export function checkRequestMediaTypes(op: OperationDiff): Finding[] {
  if (!op.base?.bodyMediaTypes.length || !op.revision?.bodyMediaTypes.length) return [];
  const before = new Set(op.base.bodyMediaTypes);
  const after = new Set(op.revision.bodyMediaTypes);
  const source = sourceOf('revision', op.revision.source);
  return [
    ...op.base.bodyMediaTypes.filter((type) => !after.has(type)).map((type): Finding => ({ id: 'request-body-media-type-removed', subject: type, from: type, source })),
    ...op.revision.bodyMediaTypes.filter((type) => !before.has(type)).map((type): Finding => ({ id: 'request-body-media-type-added', subject: type, to: type, source })),
  ];
}
