// One documented parameter -> a Parameter Object (path or query), and the schema it shares with
// request-body properties (type, enum, default, the special values beside the type, and the
// `x-gitlab-type-inferred` mark on a type the docs did not state).
import type { Parameter, SourceRef } from '../model.js';
import type { ParameterObject } from '../openapi-document.js';
import { coerceValue, schemaTypes, typeToSchema, asSchemaObject, type Schema } from './type-schema.js';
import type { Context } from './context.js';
import { AS_WRITTEN, type Describe } from './docs-links.js';

export function xSource(source: SourceRef): { file: string; line: number } {
  return { file: source.file, line: source.line };
}

/** The description as the docs write it, plus the docs' conditional requirement when there is one. */
export function describeParameter(param: Parameter): string {
  const parts: string[] = [];
  if (param.description.trim()) parts.push(param.description.trim());
  if (param.requiredNote) parts.push(`Required: ${param.requiredNote}`);
  if (param.type.kind === 'unknown' && param.type.raw) parts.push(`Type as documented: ${param.type.raw}`);
  return parts.join('\n\n');
}

/**
 * The schema of a documented parameter: its type, plus enum and default where they fit that type,
 * and, when the docs name values outside it (`None`, `Any`, `null`, an empty value), `anyOf` the
 * type and those values, so that clients and the CLI accept exactly what the docs allow.
 */
export function parameterSchema(param: Parameter, ctx: Context): Schema {
  const main = mainSchema(param, ctx);
  const specials = specialSchemas(param.specialValues ?? [], main);
  const schema: Schema = specials.length === 0 ? main : { anyOf: [main, ...specials] };
  if (specials.length > 0 && main.default !== undefined) {
    schema.default = main.default;
    delete main.default;
  }
  // On the outer schema: the mark says the whole type is a reading of the docs' words.
  if (param.typeInferred !== undefined) schema['x-gitlab-type-inferred'] = true;
  return schema;
}

/** The schema of the documented type: the first member of an `anyOf` whose others are special values. */
function mainOf(schema: Schema): Schema {
  const members = schema.anyOf;
  if (!Array.isArray(members) || members.length < 2) return schema;
  const [first, ...rest] = members as Schema[];
  return rest.every((member) => Array.isArray(member.enum) || member.type === 'null') ? first : schema;
}

/**
 * The documented values the main schema does not already allow, as schemas: `null` as
 * `{type: 'null'}`, words and the empty value as a string enum, numbers as an integer enum.
 */
function specialSchemas(values: string[], main: Schema): Schema[] {
  // Most parameters name none: nothing to compute (asked of every parameter).
  if (values.length === 0) return [];
  const types = schemaTypes(main);
  const outside = values.filter((value) => value === 'null'
    ? !types.includes('null')
    : types.length > 0 && (coerceValue(value, main) === undefined || (types.includes('array') && !types.includes('string'))));
  const words = outside.filter((v) => v !== 'null' && !/^-?\d+$/.test(v));
  const numbers = outside.filter((v) => /^-?\d+$/.test(v)).map(Number);
  const schemas: Schema[] = [];
  if (words.length) schemas.push({ type: 'string', enum: words });
  if (numbers.length) schemas.push({ type: 'integer', enum: numbers });
  if (outside.includes('null')) schemas.push({ type: 'null' });
  return schemas;
}

function mainSchema(param: Parameter, ctx: Context): Schema {
  const schema = typeToSchema(param.type);
  // Enum values and defaults apply to the elements of an array parameter (`scope[]`).
  const target = schema.type === 'array' && schema.items ? (schema.items as Schema) : schema;
  if (param.enum && param.enum.length > 0) {
    const values = param.enum.map((v) => coerceValue(v, target));
    if (values.every((v) => v !== undefined)) target.enum = [...new Set(values)];
    else
      ctx.report(param.source, 'enum-type-mismatch', 'warning',
        `Values ${param.enum.map((v) => `\`${v}\``).join(', ')} of \`${param.name}\` do not all fit its type; enum left out`);
  }
  if (param.default !== undefined && target === schema) {
    const value = coerceValue(param.default, schema);
    if (value !== undefined) schema.default = value;
  }
  return schema;
}

export function toParameter(param: Parameter, location: 'path' | 'query', ctx: Context, describe: Describe = AS_WRITTEN): ParameterObject {
  const schema = parameterSchema(param, ctx);
  const main = mainOf(schema);
  const object: ParameterObject = { name: param.name, in: location };
  const description = describeParameter(param);
  if (description) object.description = describe(description);
  if (location === 'path') object.required = true;
  else if (param.required) object.required = true;
  if (param.deprecated) object.deprecated = true;
  if (location === 'query') {
    // `iids[]=1&iids[]=2`: the name stays as documented so calls work; a hash becomes `key[sub]=v`.
    if (main.type === 'array') Object.assign(object, { style: 'form', explode: true });
    else if (main.type === 'object') Object.assign(object, { style: 'deepObject', explode: true });
  }
  object.schema = asSchemaObject(schema);
  object['x-source'] = xSource(param.source);
  return object;
}
