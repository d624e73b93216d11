// Assembles one endpoint section (a section with its signature lines, plus the subsections merged
// into it) into Endpoint objects: one per distinct method + path, sharing what the section documents.
// A section without signatures yields an endpoint only when a curl example and a parameter table
// define it (diagnosed); with parameters but no endpoint at all it yields a diagnostic.
import type { RootContent } from 'mdast';
import type { Availability, Diagnostic, Endpoint, HttpMethod, Parameter, SourceRef } from '../model.js';
import { diagnostic } from './parameter-fields.js';
import { routeParameters } from './route-parameters.js';
import { readSectionContent, type ContentContext, type CurlCall, type SectionContent } from './section-content.js';
import type { Signature } from './signature.js';
import { routeMatches } from './signature.js';

export interface EndpointSection {
  heading: string;
  headingPath: string[];
  /** The section's nodes, then each merged subsection's heading node and nodes. */
  nodes: RootContent[];
  signatures: Signature[];
  availability?: Availability;
  /** Deprecated by an enclosing section or the page introduction. */
  inheritedDeprecation?: boolean;
  source: SourceRef;
}

const METHODS = new Set<string>(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Methods whose calls send no body. */
const BODYLESS = new Set<string>(['GET', 'HEAD', 'DELETE']);

export function buildEndpoints(section: EndpointSection, ctx: ContentContext): { endpoints: Endpoint[]; diagnostics: Diagnostic[] } {
  const requestBodies = section.signatures.length === 0 || section.signatures.some((s) => !BODYLESS.has(s.method));
  const content = readSectionContent(section.nodes, section.heading, { ...ctx, requestBodies });
  const diagnostics = [...content.diagnostics];
  if (section.signatures.length === 0) return fromCurlOnly(section, content, diagnostics);

  const routes = new Map<string, Signature[]>();
  for (const signature of section.signatures) {
    const key = `${signature.method} ${signature.path}`;
    routes.set(key, [...(routes.get(key) ?? []), signature]);
  }
  const paths = [...new Set(section.signatures.map((s) => s.path))];
  const endpoints = [...routes.values()].map((signatures) => {
    const [first] = signatures;
    const curls = content.curlCalls.filter((c) => c.path !== undefined && routeMatches(first.path, c.path));
    const own = routeParameters(first.path, paths, content.parameters);
    diagnostics.push(...own.diagnostics);
    return endpointFrom(section, content, first.method, first.path, first.source, 'signature', {
      queryExamples: signatures.flatMap((s) => (s.query !== undefined ? [s.query] : [])),
      // With several routes in one section, a curl call goes to the route it calls.
      curls: routes.size > 1 ? curls : content.curlCalls,
      parameters: own.parameters,
    });
  });
  for (const signature of section.signatures.filter((s) => s.prefixed)) {
    diagnostics.push(diagnostic(signature.source, 'signature-with-api-prefix',
      `the signature \`${signature.method} /api/v4${signature.path}\` includes the API prefix; read as \`${signature.method} ${signature.path}\``, 'info'));
  }
  for (const call of content.curlCalls) {
    if (call.path === undefined) continue;
    if (section.signatures.some((s) => routeMatches(s.path, call.path!))) continue;
    const routesText = [...routes.keys()].map((k) => `\`${k}\``).join(', ');
    diagnostics.push(diagnostic(call.example.source, 'curl-path-mismatch',
      `the curl example calls \`/${call.path.replace(/^\//, '')}\`, which is not the documented ${routesText}`));
  }
  return { endpoints, diagnostics };
}

function fromCurlOnly(section: EndpointSection, content: SectionContent, diagnostics: Diagnostic[]) {
  // A `| Parameter | Description |` table without types (README's pagination) defines no endpoint.
  if (!content.parameters.some((p) => p.type.kind !== 'unknown')) return { endpoints: [], diagnostics };
  const call = content.curlCalls.find((c) => c.path !== undefined && c.method !== undefined && METHODS.has(c.method.toUpperCase()));
  const path = call ? routeFromCall(call.path!, content.parameters) : undefined;
  if (!call || path === undefined) {
    diagnostics.push(diagnostic(section.source, 'parameters-without-endpoint',
      `section "${section.heading}" documents parameters but no endpoint signature`));
    return { endpoints: [], diagnostics };
  }
  const method = call.method!.toUpperCase() as HttpMethod;
  diagnostics.push(diagnostic(call.example.source, 'endpoint-from-curl-example',
    `section "${section.heading}" has no signature line; \`${method} ${path}\` was read from its curl example and parameter table`));
  const own = routeParameters(path, [path], content.parameters);
  diagnostics.push(...own.diagnostics);
  const endpoint = endpointFrom(section, content, method, path, call.example.source, 'curl-example', { queryExamples: [], curls: [call], parameters: own.parameters });
  return { endpoints: [endpoint], diagnostics };
}

/**
 * Turns a concrete call path (`/projects/5/deploy_keys/13/enable`) into a route by giving each
 * concrete segment (number, `<placeholder>`) the next required parameter of the table, in order.
 */
export function routeFromCall(path: string, parameters: Parameter[]): string | undefined {
  const candidates = parameters.filter((p) => p.required && ['integer', 'id', 'string'].includes(p.type.kind));
  let next = 0;
  const segments = path.replace(/^\/+|\/+$/g, '').split('/');
  const route = segments.map((segment) => {
    if (!/^(\d+|<[^>]+>)$/.test(segment)) return segment;
    // a concrete value no table row accounts for: the route cannot be told
    return next < candidates.length ? `:${candidates[next++].name}` : undefined;
  });
  return route.includes(undefined) ? undefined : '/' + route.join('/');
}

function endpointFrom(
  section: EndpointSection,
  content: SectionContent,
  method: HttpMethod,
  path: string,
  source: SourceRef,
  foundBy: Endpoint['foundBy'],
  extra: { queryExamples: string[]; curls: CurlCall[]; parameters: Parameter[] },
): Endpoint {
  // The calls to this route with this method: a section's other calls, and a call whose method
  // contradicts the signature, are no example of this operation.
  const calls = extra.curls.filter((c) => c.method === method && c.path !== undefined && routeMatches(path, c.path));
  const endpoint: Endpoint = {
    method,
    path,
    queryExamples: [...new Set(extra.queryExamples)],
    file: source.file,
    heading: section.heading,
    headingPath: section.headingPath,
    description: content.description,
    deprecated: content.deprecated || section.inheritedDeprecation === true,
    // Copies (routeParameters makes them), so that endpoints of one section never share mutable objects.
    parameters: extra.parameters,
    requestExamples: [...content.requestExamples],
    responses: content.responses.map((r) => ({ ...r, examples: [...r.examples], attributes: [...r.attributes] })),
    foundBy,
    source,
  };
  if (calls.length) endpoint.curlExamples = calls.map((c) => c.example);
  if (Object.keys(content.parameterKeys).length) endpoint.parameterKeys = structuredClone(content.parameterKeys);
  if (section.availability) endpoint.availability = section.availability;
  return endpoint;
}
