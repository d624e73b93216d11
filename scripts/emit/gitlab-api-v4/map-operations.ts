// Maps each method of gitlab-api-v4 to the spec's operations: the same HTTP method, and the same
// route segment by segment, placeholders compared by position only (the module writes
// `:project_id` where the docs write `:id`). When no operation matches that way, a placeholder of
// the method may stand for literal segments of the spec (`projects/:project_id/services/:service_name`
// and the docs' `/projects/{id}/services/slack`, `.../jira`, ...): the argument's value then picks
// the operation. Nothing is guessed: a method with no operation, or with several that no argument
// tells apart, and an operation no method sends, are listed in the report.
import type { Command, CommandTable } from '../../../src/cli/command-table.js';
import type { MethodTable, PerlMethod } from './method-table.js';

export interface Mapped {
  method: PerlMethod;
  /** One operation; or, when `selector` is set, one per value of that argument. */
  operations: { value?: string; operation: Command }[];
  /** Index (in `method.args`) of the argument whose value picks the operation. */
  selector?: number;
}

export interface Mapping {
  mapped: Mapped[];
  /** Methods whose request is no operation of the spec. */
  withoutOperation: PerlMethod[];
  /** Methods whose request matches several operations that no argument tells apart. */
  ambiguous: { method: PerlMethod; operations: Command[] }[];
  /** Operations no method sends. */
  withoutMethod: Command[];
}

const isPlaceholder = (segment: string) => /^:\w+$/.test(segment) || /^\{[^{}]+\}$/.test(segment);
const segmentsOf = (route: string) => route.replace(/^\/+|\/+$/g, '').split('/');

/** `projects/:project_id/issues` and `/projects/{id}/issues` -> `POST projects/{}/issues`. */
export function routeKey(verb: string, route: string): string {
  return `${verb.toUpperCase()} ${segmentsOf(route).map((s) => (isPlaceholder(s) ? '{}' : s)).join('/')}`;
}

/**
 * Where an operation's route (`theirs`, of the method's HTTP method and length) has a literal
 * segment in place of one of the method's placeholders (and agrees everywhere else): that
 * placeholder's index among the method's arguments, and the literal.
 */
function literalFor(mine: string[], theirs: string[]): { arg: number; value: string } | undefined {
  let found: { arg: number; value: string } | undefined;
  let arg = -1;
  for (let i = 0; i < mine.length; i++) {
    if (isPlaceholder(mine[i])) arg++;
    if (isPlaceholder(mine[i]) === isPlaceholder(theirs[i])) {
      if (!isPlaceholder(mine[i]) && mine[i] !== theirs[i]) return undefined;
      continue;
    }
    // Only one argument may pick, and only among literals (a literal of the module never matches a placeholder).
    if (!isPlaceholder(mine[i]) || found) return undefined;
    found = { arg, value: theirs[i] };
  }
  return found;
}

export function mapOperations(table: MethodTable, commands: CommandTable): Mapping {
  const byKey = new Map<string, Command[]>();
  // The operations a method's placeholder may pick among: same HTTP method, as many segments.
  const byShape = new Map<string, { operation: Command; segments: string[] }[]>();
  for (const op of commands.commands) {
    const key = routeKey(op.method, op.path);
    byKey.set(key, [...(byKey.get(key) ?? []), op]);
    const segments = segmentsOf(op.path);
    const shape = `${op.method} ${segments.length}`;
    byShape.set(shape, [...(byShape.get(shape) ?? []), { operation: op, segments }]);
  }
  const mapping: Mapping = { mapped: [], withoutOperation: [], ambiguous: [], withoutMethod: [] };
  const reached = new Set<Command>();
  for (const method of table.methods) {
    const ops = byKey.get(routeKey(method.verb, method.route)) ?? [];
    if (ops.length > 1) {
      mapping.ambiguous.push({ method, operations: ops });
      continue;
    }
    if (ops.length === 1) {
      mapping.mapped.push({ method, operations: [{ operation: ops[0] }] });
      reached.add(ops[0]);
      continue;
    }
    const mine = segmentsOf(method.route);
    const picked = (byShape.get(`${method.verb} ${mine.length}`) ?? []).flatMap(({ operation, segments }) => {
      const literal = literalFor(mine, segments);
      return literal ? [{ ...literal, operation }] : [];
    });
    const args = new Set(picked.map((p) => p.arg));
    const values = new Set(picked.map((p) => p.value));
    if (picked.length === 0) mapping.withoutOperation.push(method);
    else if (args.size > 1 || values.size < picked.length) mapping.ambiguous.push({ method, operations: picked.map((p) => p.operation) });
    else {
      mapping.mapped.push({ method, selector: picked[0].arg, operations: picked.map(({ value, operation }) => ({ value, operation })) });
      for (const p of picked) reached.add(p.operation);
    }
  }
  mapping.withoutMethod = commands.commands.filter((op) => !reached.has(op));
  return mapping;
}
