// A response-attribute table (`| Attribute | Type | Description |`) -> the JSON Schema it describes.
// Names give the structure: `id` is a property of the response object, `author.name` a property of
// the object `author`, `[].merged_by` a property of each element of a response array, `commits[].id`
// a property of each element of the array `commits`, `a[b]` the same as `a.b`. When any name starts
// with `[]`, or the response's example is an array, the response is an array and every other name
// describes its elements too.
// Each row's type (typeToSchema, the same mapping as for parameters) and description go on its
// node; a row with sub-rows is merged with the object or array its sub-rows make (merge-schemas.ts).
// `required`: every attribute the table lists, at each level (a table is one observation of the
// response; merging with an example keeps only what both have, see merge-schemas.ts).
import type { ResponseAttribute } from '../model.js';
import type { SchemaObject } from '../openapi-document.js';
import { mergeSchemas } from './merge-schemas.js';
import { asSchemaObject, typeToSchema, type Schema } from './type-schema.js';

interface Node {
  /** Schemas the rows naming this node give (usually one). */
  rows: Schema[];
  properties: Map<string, Node>;
  items?: Node;
}

const newNode = (): Node => ({ rows: [], properties: new Map() });

/** `commits[].id` -> ['commits', '[]', 'id']; `[].merged_by` -> ['[]', 'merged_by']; `a[b]` -> ['a', 'b']. */
export function attributePath(name: string): string[] {
  return [...name.trim().matchAll(/\[\]|\[([^\]]+)\]|([^.[\]]+)/g)].map((m) => m[1] ?? m[2] ?? '[]');
}

function rowSchema(attribute: ResponseAttribute): Schema {
  const schema = typeToSchema(attribute.type);
  const description = attribute.description.trim();
  return description ? { ...schema, description } : schema;
}

function toSchema(node: Node): SchemaObject {
  let schema: SchemaObject | undefined;
  const add = (next: Schema) => {
    const object = asSchemaObject(next);
    schema = schema ? mergeSchemas(schema, object) : object;
  };
  for (const row of node.rows) add(row);
  if (node.properties.size > 0) {
    const properties = Object.fromEntries([...node.properties].map(([key, child]) => [key, toSchema(child)]));
    add({ type: 'object', properties, required: [...node.properties.keys()] });
  }
  if (node.items) add({ type: 'array', items: toSchema(node.items) });
  return schema ?? asSchemaObject({});
}

/**
 * The schema a response-attribute table describes (rules at the top of this file). `example`, the
 * schema of the same response's example when there is one, settles what names without `[]` mean:
 * when the example is an array (merge_requests.md:1904 lists `old_path`, `diff`, ... for a list of
 * diffs), the table describes its elements.
 */
export function schemaFromAttributes(attributes: ResponseAttribute[], example?: SchemaObject): SchemaObject {
  const paths = attributes.map((attribute) => attributePath(attribute.name)).filter((path) => path.length > 0);
  const exampleIsArray = (example as { type?: unknown } | undefined)?.type === 'array';
  const rootIsArray = exampleIsArray || paths.some((path) => path[0] === '[]');
  const root = newNode();
  attributes.forEach((attribute) => {
    let path = attributePath(attribute.name);
    if (path.length === 0) return;
    if (rootIsArray && path[0] !== '[]') path = ['[]', ...path];
    let node = root;
    for (const segment of path) {
      if (segment === '[]') node = node.items ??= newNode();
      else {
        if (!node.properties.has(segment)) node.properties.set(segment, newNode());
        node = node.properties.get(segment)!;
      }
    }
    node.rows.push(rowSchema(attribute));
  });
  return toSchema(root);
}
