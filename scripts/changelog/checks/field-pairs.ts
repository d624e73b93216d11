// Which request fields of an operation are the same field in both documents: same location and
// name, or evidently renamed. Shared by the checks that compare a field with itself (required,
// type, enum, deprecation) and by the one that reports additions, removals and renames.
import type { Field, OperationDiff } from '../diff.js';
import { typeText } from '../schema-type.js';
import type { ChangeId, ChangeSource, FieldChangeKind } from '../types.js';

export interface FieldMatches {
  /** Same field in both (by name, or renamed). */
  matched: { base: Field; revision: Field; renamed: boolean }[];
  added: Field[];
  removed: Field[];
}

/** `position` for `position[base_sha]`, `actions[]` for `actions[][file_path]`, '' for a top-level name. */
function parentOf(name: string): string {
  const match = /^(.*)\[[^[\]]*\]$/.exec(name);
  return match ? match[1] : '';
}

function renameSignature(field: Field): string {
  return JSON.stringify([field.location, parentOf(field.name), typeText(field.type), field.description]);
}

/**
 * A rename is evident when, at one place (location and parent), exactly one removed field and
 * exactly one added field share type and description. An empty description is no evidence:
 * two undescribed fields of one type are as likely two different fields.
 */
export function matchFields(op: OperationDiff): FieldMatches {
  // Four checks ask for the same operation's matches: work them out once.
  let result = cache.get(op);
  if (!result) {
    result = computeMatches(op);
    cache.set(op, result);
  }
  return result;
}

const cache = new WeakMap<OperationDiff, FieldMatches>();

function computeMatches(op: OperationDiff): FieldMatches {
  const matched: FieldMatches['matched'] = [];
  let added: Field[] = [];
  let removed: Field[] = [];
  for (const pair of op.fields) {
    if (pair.base && pair.revision) matched.push({ base: pair.base, revision: pair.revision, renamed: false });
    else if (pair.base) removed.push(pair.base);
    else if (pair.revision) added.push(pair.revision);
  }
  const bySignature = (fields: Field[]) => {
    const groups = new Map<string, Field[]>();
    for (const field of fields) {
      if (!field.description.trim()) continue;
      const key = renameSignature(field);
      groups.set(key, [...(groups.get(key) ?? []), field]);
    }
    return groups;
  };
  const addedGroups = bySignature(added);
  for (const [key, gone] of bySignature(removed)) {
    const came = addedGroups.get(key);
    if (gone.length !== 1 || came?.length !== 1) continue;
    matched.push({ base: gone[0], revision: came[0], renamed: true });
    removed = removed.filter((f) => f !== gone[0]);
    added = added.filter((f) => f !== came[0]);
  }
  return { matched, added, removed };
}

export function fieldChangeId(field: Field, kind: FieldChangeKind): ChangeId {
  return `request-${field.location === 'body' ? 'property' : 'parameter'}-${kind}`;
}

export function sourceOf(side: ChangeSource['side'], source: { file: string; line: number } | undefined): ChangeSource | undefined {
  return source ? { side, file: source.file, line: source.line } : undefined;
}
