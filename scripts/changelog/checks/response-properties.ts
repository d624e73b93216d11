// response-schema-{added,removed} and response-property-{added,removed,type-*}: what a client
// reads from a success response that both documents have. A property inside an added or removed
// object is not listed again. The body itself is the property `(body)`.
import type { OperationDiff, ResponseView } from '../diff.js';
import { compareTypes, typeText } from '../schema-type.js';
import type { ChangeId, Finding } from '../types.js';
import { sourceOf } from './field-pairs.js';

const TYPE_ID: Record<string, ChangeId> = {
  added: 'response-property-type-added',
  narrowed: 'response-property-type-narrowed',
  // A property that lost its type may now hold anything: as unsafe for a reader as a widening.
  removed: 'response-property-type-widened',
  widened: 'response-property-type-widened',
  changed: 'response-property-type-changed',
};

const subjectOf = (path: string) => path || '(body)';

function topmost(paths: string[]): string[] {
  return paths.filter((path) => !paths.some((other) => other !== path && (path.startsWith(`${other}.`) || path.startsWith(`${other}[]`))));
}

function compareResponses(base: ResponseView, revision: ResponseView, op: OperationDiff): Finding[] {
  const location = `response ${revision.status}`;
  const source = sourceOf('revision', op.revision?.source);
  if (!base.hasSchema && revision.hasSchema) return [{ id: 'response-schema-added', location, source }];
  if (base.hasSchema && !revision.hasSchema) return [{ id: 'response-schema-removed', location, source }];
  const findings: Finding[] = [];
  const removed = topmost([...base.properties.keys()].filter((path) => !revision.properties.has(path)));
  const added = topmost([...revision.properties.keys()].filter((path) => !base.properties.has(path)));
  for (const path of removed) findings.push({ id: 'response-property-removed', subject: subjectOf(path), from: subjectOf(path), location, source: sourceOf('base', base.properties.get(path)?.source) ?? source });
  for (const path of added) findings.push({ id: 'response-property-added', subject: subjectOf(path), location, source: sourceOf('revision', revision.properties.get(path)?.source) ?? source });
  for (const [path, before] of base.properties) {
    const after = revision.properties.get(path);
    if (!after) continue;
    const comparison = compareTypes(before.type, after.type);
    if (comparison === 'same') continue;
    findings.push({ id: TYPE_ID[comparison], subject: subjectOf(path), location, from: typeText(before.type), to: typeText(after.type), source: sourceOf('revision', after.source) ?? source });
  }
  return findings;
}

export function checkResponseProperties(op: OperationDiff): Finding[] {
  return op.responses.flatMap(({ base, revision }) => (base && revision ? compareResponses(base, revision, op) : []));
}
