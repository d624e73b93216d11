// One documented parameter -> a Parameter Object (path or query), and the schema it shares with
// request-body properties (type, enum, default).
import type { Parameter, SourceRef } from '../model.js';
import type { ParameterObject } from '../openapi-document.js';
import { coerceValue, typeToSchema, asSchemaObject, type Schema } from './type-schema.js';
import type { Context } from './context.js';

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

/** The schema of a documented parameter: its type, plus enum and default where they fit that type. */
export function parameterSchema(param: Parameter, ctx: Context): Schema {
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

export function toParameter(param: Parameter, location: 'path' | 'query', ctx: Context): ParameterObject {
  const schema = parameterSchema(param, ctx);
  const object: ParameterObject = { name: param.name, in: location };
  const description = describeParameter(param);
  if (description) object.description = description;
  if (location === 'path') object.required = true;
  else if (param.required) object.required = true;
  if (param.deprecated) object.deprecated = true;
  if (location === 'query') {
    // `iids[]=1&iids[]=2`: the name stays as documented so calls work; a hash becomes `key[sub]=v`.
    if (schema.type === 'array') Object.assign(object, { style: 'form', explode: true });
    else if (schema.type === 'object') Object.assign(object, { style: 'deepObject', explode: true });
  }
  object.schema = asSchemaObject(schema);
  object['x-source'] = xSource(param.source);
  return object;
}
