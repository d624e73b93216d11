// An independent JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1), formats included,
// for the tests of the schema inference: "the example validates against its schema".
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
// strict: unknown keywords are errors. ownProperties: the docs' examples have keys such as
// `toString` and `constructor`, which must not be found on the prototype.
const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true, ownProperties: true });
addFormats(ajv);

export function validates(schema: object, value: unknown): boolean {
  return ajv.validate(schema, value);
}

/**
 * Whether `value` validates against `schema`, whose `$ref`s point into `components.schemas`
 * (`#/components/schemas/Issue`): the named schemas are added once per set as one schema of
 * `$defs`, and the spec's own extensions (`x-source`) are left out.
 */
export function validatesIn(schemas: Record<string, unknown>, schema: object, value: unknown): boolean {
  let id = added.get(schemas);
  if (!id) {
    id = `urn:gitlab-openapi:entities:${added.size + 1}`;
    ajv.addSchema(plain({ $id: id, $defs: schemas }, id), id);
    added.set(schemas, id);
  }
  const key = JSON.stringify(plain(schema, id));
  let validate = compiled.get(key);
  if (!validate) compiled.set(key, (validate = ajv.compile(JSON.parse(key) as object)));
  return validate(value);
}

const added = new Map<Record<string, unknown>, string>();
// Most bodies are one of a few `$ref`s: each is compiled once.
const compiled = new Map<string, (value: unknown) => boolean>();

/** A schema of the spec as plain JSON Schema: no `x-` keys, `$ref`s into the entities schema `id`. */
function plain(schema: object, id: string): object {
  return JSON.parse(JSON.stringify(schema, (key, v: unknown) => {
    if (key.startsWith('x-')) return undefined;
    if (key === '$ref' && typeof v === 'string') return v.replace('#/components/schemas/', `${id}#/$defs/`);
    return v;
  })) as object;
}
