// openapi-typescript's `openapiTS(doc, options)` without its Redocly pass, loaded the cheap way.
// - openapiTS first lints the document and bundles its external $refs with @redocly/openapi-core,
//   then transforms it; on our spec the Redocly pass is about two thirds of the time (openapiTS +
//   print 8.5 s against 3.0 s for the transform + print, on a loaded 2-core machine; bench
//   generate). A document the openapi stage built in memory has no external $ref to bundle, and the
//   tests lint it (test/spec/validity.test.ts), so the transform alone gives the same types: the
//   context below is the one openapiTS builds from the same options (openapi-typescript
//   src/index.ts), and test/emit/types-nodes.test.ts checks both outputs are equal.
// - Loading: `import 'openapi-typescript'` loads @redocly/openapi-core too, and imports TypeScript's
//   9 MB CommonJS file from ESM, which makes Node scan it for export names: 1.6 s of CPU on that
//   machine. Requiring the CommonJS build of the transform alone costs 0.4 s.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import { requireWithCodeCache } from '../code-cache.js';

type OpenapiTypescript = typeof import('openapi-typescript');
const require = createRequire(import.meta.url);

/**
 * TypeScript, required (as openapi-typescript's printer does) rather than imported from ESM (see
 * above), with its compiled code kept between runs (scripts/code-cache.ts). First, so that
 * openapi-typescript's own `require('typescript')` gets this instance.
 */
export const ts = requireWithCodeCache<typeof import('typescript')>('typescript', import.meta.url, fileURLToPath(new URL('../../.cache/code/', import.meta.url)));

const transformSchema = require('openapi-typescript/dist/transform/index.cjs') as OpenapiTypescript['transformSchema'];
const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs') as Pick<OpenapiTypescript, 'resolveRef' | 'scanDiscriminators'>;

/** openapi-typescript's printer (the same file as `import { astToString } from 'openapi-typescript'`, required). */
export const { astToString } = require('openapi-typescript/dist/lib/ts.cjs') as Pick<OpenapiTypescript, 'astToString'>;

export function typeNodes(document: OpenAPI3, options: OpenAPITSOptions): import('typescript').Node[] {
  const { schema, ctx } = typesContext(document, options);
  return transformSchema(schema, ctx);
}

/**
 * Whether any schema has a discriminator: openapi-typescript's scan finds none without one, and
 * walks the whole document twice building a JSON pointer per node (a quarter second on ours).
 */
export function hasDiscriminator(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasDiscriminator);
  if (!value || typeof value !== 'object') return false;
  const object = value as Record<string, unknown>;
  if ((object.discriminator as { propertyName?: unknown } | undefined)?.propertyName) return true;
  for (const key in object) if (hasDiscriminator(object[key])) return true;
  return false;
}

/**
 * The document to transform and the context openapiTS would build for it. The transform resolves
 * $refs in place in some versions: the document is copied unless the caller hands it over (`own`).
 */
export function typesContext(document: OpenAPI3, options: OpenAPITSOptions, own = false): { schema: OpenAPI3; ctx: GlobalContext } {
  const schema = own ? document : structuredClone(document);
  const ctx: GlobalContext = {
    additionalProperties: options.additionalProperties ?? false,
    alphabetize: options.alphabetize ?? false,
    arrayLength: options.arrayLength ?? false,
    defaultNonNullable: options.defaultNonNullable ?? true,
    discriminators: hasDiscriminator(schema) ? scanDiscriminators(schema, options) : { objects: {}, refsHandled: [] },
    emptyObjectsUnknown: options.emptyObjectsUnknown ?? false,
    enum: options.enum ?? false,
    enumValues: options.enumValues ?? false,
    conditionalEnums: options.conditionalEnums ?? false,
    dedupeEnums: options.dedupeEnums ?? false,
    excludeDeprecated: options.excludeDeprecated ?? false,
    exportType: options.exportType ?? false,
    immutable: options.immutable ?? false,
    rootTypes: options.rootTypes ?? false,
    rootTypesNoSchemaPrefix: options.rootTypesNoSchemaPrefix ?? false,
    rootTypesKeepCasing: options.rootTypesKeepCasing ?? false,
    injectFooter: [],
    pathParamsAsTypes: options.pathParamsAsTypes ?? false,
    postTransform: typeof options.postTransform === 'function' ? options.postTransform : undefined,
    propertiesRequiredByDefault: options.propertiesRequiredByDefault ?? false,
    // Only the Redocly pass reads the Redocly config; the transform never does.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: options.silent ?? false,
    inject: options.inject ?? undefined,
    transform: typeof options.transform === 'function' ? options.transform : undefined,
    transformProperty: typeof options.transformProperty === 'function' ? options.transformProperty : undefined,
    makePathsEnum: options.makePathsEnum ?? false,
    generatePathParams: options.generatePathParams ?? false,
    readWriteMarkers: options.readWriteMarkers ?? false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: options.silent ?? false }),
  };
  return { schema, ctx };
}

/** openapi-typescript's transform of a whole document (or of a part of one, with `ctx` of the whole). */
export { transformSchema };
