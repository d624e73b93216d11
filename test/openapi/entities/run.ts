// The entity pass on hand-made endpoints (test/openapi/fixtures.ts), for the entities' tests.
import type { Endpoint } from '../../../scripts/model.js';
import { createContext } from '../../../scripts/openapi/context.js';
import { buildEntities, type ResponseBody } from '../../../scripts/openapi/entities/index.js';

export function runEntities(endpoints: Endpoint[], titles?: Map<string, string>) {
  const ctx = createContext();
  const model = buildEntities(endpoints, ctx, { taken: ['Error'], ...(titles ? { titles } : {}) });
  return {
    ...model,
    diagnostics: ctx.diagnostics,
    /** The body of `METHOD /path` (as documented, `:id` form) at `status`. */
    body(operation: string, status = 200): ResponseBody | undefined {
      return model.responses.get(operation)?.get(status);
    },
    /** The schema named `name`, as plain data. */
    schema(name: string): Record<string, any> {
      return model.schemas[name] as Record<string, any>;
    },
  };
}
