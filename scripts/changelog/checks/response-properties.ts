// response-schema-{added,removed}, response-property-{added,removed,type-*,became-nullable}: what
// a client reads from a success response that both documents have. A property inside an added or
// removed object is not listed again. The body itself is the property `(body)`.
// Response schemas are read from the docs' examples and attribute tables, so where the newer docs
// say nothing (an example showing `null` or `[]` for it) nothing is reported: no type is no
// evidence. `null` beside a type is reported on its own (became-nullable).
import type { OperationDiff, ResponseProperty, ResponseView } from '../diff.js';
import { compareTypes, typeText, type SchemaType } from '../schema-type.js';
import type { ChangeId, Finding } from '../types.js';
import { sourceOf } from './field-pairs.js';

const TYPE_ID: Record<string, ChangeId> = {
  added: 'response-property-type-added',
  narrowed: 'response-property-type-narrowed',
  widened: 'response-property-type-widened',
  changed: 'response-property-type-changed',
};

/** The type without `null`, and whether it had it. */
function withoutNull(type: SchemaType): { type: SchemaType; nullable: boolean } {
  if (type.kind === 'unknown') return { type, nullable: false };
  const atoms = type.atoms.filter((a) => a.t !== 'null');
  return { type: atoms.length ? { kind: 'known', atoms } : { kind: 'unknown' }, nullable: atoms.length < type.atoms.length };
}

/** `a.b[].c` -> `a.b[]` -> `a.b` -> `a` -> `` (the body) -> undefined. */
function parentPath(path: string): string | undefined {
  if (path === '') return undefined;
  if (path.endsWith('[]')) return path.slice(0, -2);
  const dot = path.lastIndexOf('.');
  return dot >= 0 ? path.slice(0, dot) : '';
}

/**
 * Whether the revision says nothing about `path`'s shape: its nearest documented ancestor is an
 * object without a single property, or has no type (the newer example shows `"assignee": null`
 * and its table says `object`, so `assignee.id` is not gone).
 */
function shapeUnknown(path: string, revision: Map<string, ResponseProperty>): boolean {
  for (let parent = parentPath(path); parent !== undefined; parent = parentPath(parent)) {
    const property = revision.get(parent);
    if (!property) continue;
    const { type } = withoutNull(property.type);
    if (type.kind === 'known' && !type.atoms.every((a) => a.t === 'object')) return false;
    return ![...revision.keys()].some((key) => key !== parent && (parent === '' || key.startsWith(`${parent}.`) || key.startsWith(`${parent}[]`)));
  }
  return false;
}

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
  const removed = topmost([...base.properties.keys()].filter((path) => !revision.properties.has(path))).filter((path) => !shapeUnknown(path, revision.properties));
  const added = topmost([...revision.properties.keys()].filter((path) => !base.properties.has(path)));
  for (const path of removed) findings.push({ id: 'response-property-removed', subject: subjectOf(path), from: subjectOf(path), location, source: sourceOf('base', base.properties.get(path)?.source) ?? source });
  for (const path of added) findings.push({ id: 'response-property-added', subject: subjectOf(path), location, source: sourceOf('revision', revision.properties.get(path)?.source) ?? source });
  for (const [path, before] of base.properties) {
    const after = revision.properties.get(path);
    if (!after) continue;
    const at = sourceOf('revision', after.source) ?? source;
    if (before.type.kind === 'unknown') {
      // The older docs gave no type (an example showed `null` or `[]`): the newer ones now say it.
      if (after.type.kind === 'known') findings.push({ id: 'response-property-type-added', subject: subjectOf(path), location, from: 'unknown', to: typeText(after.type), source: at });
      continue;
    }
    const b = withoutNull(before.type);
    const a = withoutNull(after.type);
    if (a.nullable && !b.nullable) findings.push({ id: 'response-property-became-nullable', subject: subjectOf(path), location, source: at });
    const comparison = compareTypes(b.type, a.type);
    // `removed`: the newer docs give no type (`null` or `[]` in an example), which is no evidence.
    if (comparison === 'same' || comparison === 'removed') continue;
    findings.push({ id: TYPE_ID[comparison], subject: subjectOf(path), location, from: typeText(b.type), to: typeText(a.type), source: at });
  }
  return findings;
}

export function checkResponseProperties(op: OperationDiff): Finding[] {
  return op.responses.flatMap(({ base, revision }) => (base && revision ? compareResponses(base, revision, op) : []));
}
