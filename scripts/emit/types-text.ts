// openapi-typescript's output for the spec, made path by path so that each path's text can be kept
// between runs (memo.ts). openapi-typescript prints a document as `paths` (a member per path),
// `webhooks`, `components` (and the root type aliases), `$defs`, then `operations` (a member per
// operation with an id, in the order of the paths). Each path's members in `paths` and
// `operations` depend only on that path item, on the context of the whole document and on the
// components its non-schema `$ref`s resolve to (a shared parameter's `in`, for one); a schema
// `$ref` is printed as a name, never resolved. So the output is: the members of each path, made
// from `{ paths: { [path]: item } }`, joined in order, around the components made alone. A path's
// text is keyed on its item and on the non-schema components (all of them: a change there is rare).
// test/emit/memo-emitters.test.ts checks the result is byte for byte the whole document's output.
//
// A document with what this does not split (webhooks, `$defs`, discriminators, options that add
// declarations, a path item that reads another path) is transformed whole, as is any part whose
// text has an unexpected shape.
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import { digest, readsOtherPaths, type Memo } from './memo.js';
import { jsonText } from '../json-text.js';
import { astToString, hasDiscriminator, transformSchema, typesContext } from './types-nodes.js';

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

/**
 * How the parts of the document are made ready for the transform: types.ts takes examples out. A
 * part is made ready only when its text must be made, so that a run whose memo has every path but
 * one copies one path.
 */
export interface TypesParts {
  whole(document: OpenAPI3): OpenAPI3;
  path(item: unknown, path: string): unknown;
  components(components: unknown): unknown;
}

const AS_IS: TypesParts = { whole: (document) => document, path: (item) => item, components: (components) => components };

/**
 * openapi-typescript's text for `document` made ready by `parts` (as `astToString(openapiTS(...))`),
 * each path's part from `memo` when unchanged. The document is the caller's no more: the transform
 * may change it.
 */
export function typesText(document: OpenAPI3, options: OpenAPITSOptions, memo: Memo, parts: TypesParts = AS_IS): string {
  const whole = () => {
    const { schema, ctx } = typesContext(parts.whole(document), options, true);
    return astToString(transformSchema(schema, ctx));
  };
  const doc = document as OpenAPI3 & { webhooks?: unknown; $defs?: unknown };
  if (doc.webhooks !== undefined || doc.$defs !== undefined || options.exportType || options.inject || options.readWriteMarkers || options.makePathsEnum || hasDiscriminator(doc)) return whole();
  // Keys first, before any transform can change what they are made of.
  const items = Object.entries(document.paths ?? {}).map(([path, item]) => ({ path, item, json: jsonText(item) }));
  if (items.some(({ json }) => readsOtherPaths(json))) return whole();
  const components = document.components as Record<string, unknown> | undefined;
  // A path's part reads the components its non-schema `$ref`s resolve to (a shared parameter's
  // `in`, for one); a schema `$ref` is printed as a name. So the parts depend on those components.
  const { schemas: _schemas, ...resolvable } = components ?? {};
  const shared = digest(JSON.stringify(resolvable));
  const componentsKey = components === undefined ? '' : `${JSON.stringify(['components'])}${jsonText(components)}`;

  let ready: unknown;
  const readyComponents = () => (ready ??= parts.components(components));
  let ctx: GlobalContext | undefined;
  const print = (part: object) => {
    // The context of the whole document: its components made ready (no path reads another, above).
    ctx ??= typesContext({ ...document, paths: {}, ...(components === undefined ? {} : { components: readyComponents() }) } as OpenAPI3, options, true).ctx;
    ctx.injectFooter = [];
    return astToString(transformSchema(part as OpenAPI3, ctx));
  };

  const paths: string[] = [];
  const operations: string[] = [];
  for (const { path, item, json } of items) {
    const text = memo.text(`${JSON.stringify(['path', path, shared])}${json}`, () => print({ paths: { [path]: parts.path(item, path) } }));
    const members = pathMembers(text);
    if (!members) return whole();
    paths.push(members.paths);
    if (members.operations) operations.push(members.operations);
  }
  let componentsText = EMPTY('components');
  if (components !== undefined) {
    const part = componentsPart(memo.text(componentsKey, () => print({ components: readyComponents() })));
    if (part === undefined) return whole();
    componentsText = part;
  }
  const declaration = (root: string, members: string[]) => (members.length ? `export interface ${root} {\n${members.join('\n')}\n}\n` : EMPTY(root));
  return declaration('paths', paths) + EMPTY('webhooks') + componentsText + EMPTY('$defs') + declaration('operations', operations);
}
