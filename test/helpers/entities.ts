// Test helper: GitLab's entities and the bodies that refer to them, in brief, for golden tests.
//   field(doc, 'Issue', 'milestone') === '$Milestone?*'   (`?` nullable, `*` required, `any` untyped)
//   body(doc, 'GET /issues', '200') === '$Issue[]'
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

type Schema = Record<string, any>;

/** A field in brief: `integer`, `string(date-time)`, `$UserBasic`, `$UserBasic[]`, `any` (untyped), `?` nullable, `*` required. */
export function field(doc: OpenAPIDocument, entity: string, key: string): string {
  const schema = (doc.components?.schemas as Record<string, Schema>)[entity];
  if (!schema) throw new Error(`no schema ${entity}`);
  const property: Schema | undefined = schema.properties?.[key];
  if (!property) return 'absent';
  const required = (schema.required ?? []).includes(key) ? '*' : '';
  return `${typeOf(property)}${required}`;
}

function typeOf(schema: Schema): string {
  if (schema.$ref) return `$${schema.$ref.split('/').pop()}`;
  if (schema.anyOf) {
    const members = (schema.anyOf as Schema[]).filter((m) => m.type !== 'null').map(typeOf).join('|');
    return (schema.anyOf as Schema[]).some((m) => m.type === 'null') ? `${members}?` : members;
  }
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return 'any';
  const nullable = types.includes('null') ? '?' : '';
  const named = types.filter((t) => t !== 'null').map((t) => (t === 'array' ? `${typeOf(schema.items ?? {})}[]` : t)).join('|');
  return `${named}${schema.format ? `(${schema.format})` : ''}${nullable}`;
}

/** The success body of `METHOD /path` in brief (`$Issue[]`). */
export function body(doc: OpenAPIDocument, operation: string, status: string, media = 'application/json'): string {
  const [method, path] = operation.split(' ');
  const schema = (doc.paths as Record<string, Schema>)[path]?.[method.toLowerCase()]?.responses?.[status]?.content?.[media]?.schema;
  return schema ? typeOf(schema) : 'none';
}
