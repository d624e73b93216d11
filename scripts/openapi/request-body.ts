// The documented parameters of a POST/PUT/PATCH (other than path parameters) -> one request body.
// Bracketed names become structure where the docs make it clear: `position[base_sha]` is a property
// of an object `position`, `actions[][file_path]` of the items of an array `actions`, `iids[]` an
// array `iids`. Where the structure conflicts with another row (`position` documented as a string
// and `position[x]` too), the bracketed name stays a flat property, so a call can still send it.
import type { Endpoint, Parameter } from '../model.js';
import type { RequestBodyObject } from '../openapi-document.js';
import { describeParameter, parameterSchema, xSource } from './parameter.js';
import { asSchemaObject, type Schema } from './type-schema.js';
import { createContext, type Context } from './context.js';
import { AS_WRITTEN, type Describe } from './docs-links.js';

/** `actions[][file_path]` -> ['actions', '', 'file_path']; a plain name -> [name]. */
export function splitBracketedName(name: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])+)$/.exec(name);
  if (!match) return [name];
  const segments = [...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]);
  return [match[1], ...segments];
}

function propertySchema(param: Parameter, ctx: Context, describe: Describe): Schema {
  const schema = parameterSchema(param, ctx);
  schema.description = describe(describeParameter(param) || param.name);
  schema['x-source'] = xSource(param.source);
  if (param.deprecated) schema.deprecated = true;
  return schema;
}

function isObjectish(schema: Schema): boolean {
  return schema.type === 'object' || schema.type === undefined;
}

/** The object schema that holds the children of `schema` (itself, or its array items), made on demand. */
function childContainer(schema: Schema, arrayStep: boolean): Schema | undefined {
  if (arrayStep) {
    if (schema.type !== 'array') return undefined;
    let items = schema.items as Schema | undefined;
    if (!items || Object.keys(items).length === 0) {
      items = { type: 'object' };
      schema.items = items;
    }
    if (!isObjectish(items)) return undefined;
    items.type = 'object';
    return items;
  }
  if (!isObjectish(schema)) return undefined;
  schema.type = 'object';
  return schema;
}

function addRequired(container: Schema, key: string): void {
  const required = (container.required as string[] | undefined) ?? [];
  if (!required.includes(key)) required.push(key);
  container.required = required;
}

function properties(container: Schema): Record<string, Schema> {
  container.properties ??= {};
  return container.properties as Record<string, Schema>;
}

/** A container made from its children's rows (`position` when only `position[x]` is documented). */
function synthesized(param: Parameter, base: string, array: boolean, describe: Describe): Schema {
  const schema: Schema = array ? { type: 'array', items: { type: 'object' } } : { type: 'object' };
  schema.description = describe(`Made of the \`${base}[...]\` attributes documented with this endpoint.`);
  schema['x-source'] = xSource(param.source);
  return schema;
}

/** Place one parameter in the body object; false when its brackets conflict with what is there. */
function place(root: Schema, param: Parameter, ctx: Context, describe: Describe): boolean {
  const segments = splitBracketedName(param.name);
  const n = segments.length - 1;
  let container = root;
  let i = 0;
  for (;;) {
    const key = segments[i];
    const props = properties(container);
    const existing = props[key];
    if (i === n) {
      // A plain key: `name`, or the `file_path` of `actions[][file_path]`.
      const schema = propertySchema(param, ctx, describe);
      if (existing) {
        // A container made from children earlier keeps them under the documented row.
        if (existing.properties && schema.type === 'object') schema.properties = existing.properties;
        else if (existing.items && schema.type === 'array' && !schema.items) schema.items = existing.items;
        else if (n > 0) return false;
      }
      props[key] = schema;
      if (param.required) addRequired(container, key);
      return true;
    }
    if (segments[i + 1] === '' && i + 1 === n) {
      // `iids[]`: an array whose elements have the documented type, unless the row documents the array.
      const own = propertySchema(param, ctx, describe);
      let schema: Schema = own;
      if (own.type !== 'array') {
        const { description, 'x-source': source, deprecated, ...items } = own;
        schema = { type: 'array', items, description, 'x-source': source };
        if (deprecated) schema.deprecated = true;
      }
      if (existing) {
        if (existing.type !== 'array') return false;
        // Keys documented earlier through `key[][sub]` rows stay.
        const before = existing.items as Schema | undefined;
        if (before?.properties) {
          const items = (schema.items as Schema | undefined) ?? {};
          if (!isObjectish(items)) return false;
          schema.items = { ...items, type: 'object', properties: before.properties, ...(before.required ? { required: before.required } : {}) };
        }
      }
      props[key] = schema;
      if (param.required) addRequired(container, key);
      return true;
    }
    const arrayStep = segments[i + 1] === '';
    let next = existing;
    if (!next) {
      next = synthesized(param, segments[0] + segments.slice(1, i + 1).map((s) => `[${s}]`).join(''), arrayStep, describe);
      props[key] = next;
    }
    if (param.required) addRequired(container, key);
    const inner = childContainer(next, arrayStep);
    if (!inner) return false;
    container = inner;
    i += arrayStep ? 2 : 1;
    if (i > n) return false; // `a[][]`: nothing to name
  }
}

/** Sub-keys documented for a hash or an array of hashes (`| actions[] Attribute | ... |`). */
function addKeys(root: Schema, param: Parameter, keys: Parameter[], ctx: Context, describe: Describe): void {
  const base = splitBracketedName(param.name)[0];
  const schema = properties(root)[base];
  if (!schema) return;
  const container = schema.type === 'array' ? childContainer(schema, true) : childContainer(schema, false);
  if (!container) return;
  for (const key of keys) {
    properties(container)[key.name] = propertySchema(key, ctx, describe);
    if (key.required) addRequired(container, key.name);
  }
}

export function bodySchema(params: Parameter[], endpoint: Endpoint, ctx: Context, describe: Describe = AS_WRITTEN): Schema {
  const root: Schema = { type: 'object' };
  for (const param of params) {
    if (!place(root, param, ctx, describe)) {
      // The structure is not clear: keep the name as documented so a call can still send it.
      properties(root)[param.name] = propertySchema(param, ctx, describe);
      if (param.required) addRequired(root, param.name);
      ctx.report(param.source, 'unclear-nested-parameter', 'warning',
        `\`${param.name}\` does not fit the structure of the other rows; kept as a flat name`);
    }
  }
  for (const param of params) {
    const keys = endpoint.parameterKeys?.[param.name];
    if (keys && keys.length > 0) addKeys(root, param, keys, ctx, describe);
  }
  return root;
}

/**
 * Whether a request example can be shown with this body: an object holding every required key and
 * no key the body does not document. (A JSON block near a parameter table is sometimes the
 * response, or a call of another shape; shown as the request it would mislead.)
 */
function fitsBody(value: unknown, schema: Schema): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const keys = Object.keys(value);
  return keys.length > 0
    && keys.every((key) => key in properties)
    && ((schema.required as string[] | undefined) ?? []).every((key) => key in value);
}

const isFile = (p: Parameter) => p.type.kind === 'file' || (p.type.kind === 'array' && p.type.items.kind === 'file');

/**
 * JSON and form encoding for a body of plain values; multipart for one with a file. When every file
 * is optional (`avatar` beside the other settings of a project), the body can still be sent as JSON
 * or a form without it, so those stay, with the schema minus the files: a call that sets only the
 * name needs no multipart, and a client generated from the spec still types it.
 */
export function toRequestBody(params: Parameter[], endpoint: Endpoint, ctx: Context, describe: Describe = AS_WRITTEN): RequestBodyObject | undefined {
  if (params.length === 0) return undefined;
  const files = params.filter(isFile);
  const schema = asSchemaObject(bodySchema(params, endpoint, ctx, describe));
  const plainParams = params.filter((p) => !isFile(p));
  const content: RequestBodyObject['content'] = {};
  if (files.length === 0 || (!files.some((p) => p.required) && plainParams.length > 0)) {
    // The schema without the files is built apart (its diagnostics are those of the full one).
    const plain = files.length === 0 ? schema : asSchemaObject(bodySchema(plainParams, endpoint, createContext(), describe));
    const example = endpoint.requestExamples.map((e) => e.value).find((value) => fitsBody(value, plain as Schema));
    content['application/json'] = example === undefined ? { schema: plain } : { schema: plain, example };
    content['application/x-www-form-urlencoded'] = { schema: plain };
  }
  if (files.length > 0) content['multipart/form-data'] = { schema };
  const body: RequestBodyObject = { content };
  if (params.some((p) => p.required)) body.required = true;
  return body;
}
