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
 * (`#/components/schemas/Issue`): the named schemas become `$defs` of one root schema, and the
 * spec's own extensions (`x-source`) are left out.
 */
export function validatesIn(schemas: Record<string, unknown>, schema: object, value: unknown): boolean {
  const root = JSON.parse(JSON.stringify({ ...schema, $defs: schemas }, (key, v: unknown) => {
    if (key.startsWith('x-')) return undefined;
    if (key === '$ref' && typeof v === 'string') return v.replace('#/components/schemas/', '#/$defs/');
    return v;
  })) as object;
  return ajv.validate(root, value);
}
