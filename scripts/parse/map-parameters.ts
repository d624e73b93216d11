// Walks every documented parameter of a docs folder (endpoint parameters and the sub-keys of hash
// parameters) and returns new pages with each parameter replaced by what `visit` returns: the
// document-wide passes (type-inference.ts, enum-reference.ts) stay pure functions over the model.
import type { Endpoint, Page, Parameter } from '../model.js';

export interface ParameterPlace {
  page: Page;
  endpoint: Endpoint;
  /** True for a sub-key of a hash parameter (`| Key | Type | Description |`). */
  key: boolean;
}

export function mapParameters(pages: Page[], visit: (parameter: Parameter, place: ParameterPlace) => Parameter): Page[] {
  return pages.map((page) => ({
    ...page,
    endpoints: page.endpoints.map((endpoint) => {
      const mapped: Endpoint = { ...endpoint, parameters: endpoint.parameters.map((p) => visit(p, { page, endpoint, key: false })) };
      if (endpoint.parameterKeys) {
        mapped.parameterKeys = Object.fromEntries(Object.entries(endpoint.parameterKeys)
          .map(([name, keys]) => [name, keys.map((p) => visit(p, { page, endpoint, key: true }))]));
      }
      return mapped;
    }),
  }));
}

/** Every parameter with its place, in document order. */
export function allParameters(pages: Page[]): { parameter: Parameter; place: ParameterPlace }[] {
  const found: { parameter: Parameter; place: ParameterPlace }[] = [];
  mapParameters(pages, (parameter, place) => {
    found.push({ parameter, place });
    return parameter;
  });
  return found;
}
