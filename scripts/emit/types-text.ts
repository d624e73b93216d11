// openapi-typescript's output for the spec, made path by path so that each path's text can be kept
// between runs (memo.ts). openapi-typescript prints a document as `paths` (a member per path),
// `webhooks`, `components` (and the root type aliases), `$defs`, then `operations` (a member per
// operation with an id, in the order of the paths). Each path's members in `paths` and
// `operations` depend only on that path item, on the context of the whole document and on the
// components its non-schema `$ref`s resolve to (a shared parameter's `in`, for one); a schema
// `$ref` is printed as a name, never resolved. So the output is: the members of each path, made
// from `{ paths: { [path]: item } }`, joined in order, around the components made alone.
// test/emit/types-text.test.ts checks the result is byte for byte the whole document's output.
//
// A document with what this does not split (webhooks, `$defs`, discriminators, options that add
// declarations) is transformed whole, as is any part whose text has an unexpected shape.
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import type { Memo } from './memo.js';
import { astToString, transformSchema, typesContext } from './types-nodes.js';

const EMPTY = (root: string) => `export type ${root} = Record<string, never>;\n`;

/** The text of `{ paths: { [path]: item } }`: its `paths` and `operations` members, or undefined. */
function pathMembers(text: string): { paths: string; operations: string } | undefined {
  const open = 'export interface paths {\n';
  const between = `}\n${EMPTY('webhooks')}${EMPTY('components')}${EMPTY('$defs')}`;
  const end = text.indexOf(`\n${between}`);
  if (!text.startsWith(open) || end < 0) return undefined;
  const paths = text.slice(open.length, end);
  const rest = text.slice(end + 1 + between.length);
  if (rest === EMPTY('operations')) return { paths, operations: '' };
  const ops = 'export interface operations {\n';
  if (!rest.startsWith(ops) || !rest.endsWith('\n}\n')) return undefined;
  return { paths, operations: rest.slice(ops.length, -'\n}\n'.length) };
}

/** The text of `{ components }`: the `components` declaration and the root type aliases, or undefined. */
function componentsPart(text: string): string | undefined {
  const before = `${EMPTY('paths')}${EMPTY('webhooks')}`;
  const after = `${EMPTY('$defs')}${EMPTY('operations')}`;
  if (!text.startsWith(before) || !text.endsWith(after)) return undefined;
  return text.slice(before.length, text.length - after.length);
}

/** Every `$ref` under `value` that the transform may resolve (all but those to schemas). */
function resolvedRefs(value: unknown, refs: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) resolvedRefs(v, refs);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && !child.startsWith('#/components/schemas/')) refs.add(child);
      else resolvedRefs(child, refs);
    }
  }
  return refs;
}

function splittable(schema: OpenAPI3, ctx: GlobalContext): boolean {
  const doc = schema as OpenAPI3 & { webhooks?: unknown; $defs?: unknown };
  return doc.webhooks === undefined && doc.$defs === undefined && Object.keys(ctx.discriminators.objects ?? {}).length === 0 &&
    !ctx.exportType && !ctx.inject && !ctx.readWriteMarkers && !ctx.makePathsEnum;
}

/**
 * openapi-typescript's text for `document` (as `astToString(openapiTS(...))`), each path's part
 * from `memo` when unchanged. The document is the caller's no more: the transform may change it.
 */
export function typesText(document: OpenAPI3, options: OpenAPITSOptions, memo: Memo): string {
  const { schema, ctx } = typesContext(document, options, true);
  const print = (part: object) => {
    ctx.injectFooter = [];
    return astToString(transformSchema(part as OpenAPI3, ctx));
  };
  const whole = () => print(schema);
  if (!splittable(schema, ctx)) return whole();

  const paths: string[] = [];
  const operations: string[] = [];
  for (const [path, item] of Object.entries(schema.paths ?? {})) {
    const refs = [...resolvedRefs(item, new Set())].sort().map((ref) => [ref, ctx.resolve(ref)]);
    const text = memo.text(JSON.stringify(['path', path, item, refs]), () => print({ paths: { [path]: item } }));
    const members = pathMembers(text);
    if (!members) return whole();
    paths.push(members.paths);
    if (members.operations) operations.push(members.operations);
  }
  let components = EMPTY('components');
  if (schema.components !== undefined) {
    const part = componentsPart(memo.text(JSON.stringify(['components', schema.components]), () => print({ components: schema.components })));
    if (part === undefined) return whole();
    components = part;
  }
  const declaration = (root: string, members: string[]) => (members.length ? `export interface ${root} {\n${members.join('\n')}\n}\n` : EMPTY(root));
  return declaration('paths', paths) + EMPTY('webhooks') + components + EMPTY('$defs') + declaration('operations', operations);
}
