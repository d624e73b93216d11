// Small hand-made models for the openapi stage's tests: plain data, built with defaults.
import type { DocsModel, Endpoint, Example, Page, Parameter, ResponseDoc, TypeRef } from '../../scripts/model.js';

let line = 10;

export const T = {
  integer: { kind: 'integer' } as TypeRef,
  string: { kind: 'string' } as TypeRef,
  boolean: { kind: 'boolean' } as TypeRef,
  id: { kind: 'id', raw: 'integer/string' } as TypeRef,
  file: { kind: 'file' } as TypeRef,
  object: { kind: 'object', raw: 'hash' } as TypeRef,
  array: (items: TypeRef): TypeRef => ({ kind: 'array', items }),
};

export function param(name: string, type: TypeRef, extra: Partial<Parameter> = {}): Parameter {
  return { name, type, required: false, description: `The ${name}`, form: 'table', source: { file: 'test.md', line: line++ }, ...extra };
}

export function json(value: unknown, extra: Partial<Example> = {}): Example {
  return { kind: 'json', lang: 'json', raw: JSON.stringify(value), value, source: { file: 'test.md', line: line++ }, ...extra };
}

export function response(examples: Example[], extra: Partial<ResponseDoc> = {}): ResponseDoc {
  return { statusFrom: 'none', examples, attributes: [], source: { file: 'test.md', line: line++ }, ...extra };
}

export function endpoint(signature: string, extra: Partial<Endpoint> = {}): Endpoint {
  const [method, path] = signature.split(' ') as [Endpoint['method'], string];
  const file = extra.file ?? 'test.md';
  return {
    method,
    path,
    queryExamples: [],
    file,
    heading: extra.heading ?? `${method} ${path}`,
    headingPath: [],
    description: 'What it does.',
    deprecated: false,
    parameters: [],
    requestExamples: [],
    responses: [],
    foundBy: 'signature',
    source: { file, line: line++ },
    ...extra,
  };
}

export function page(file: string, endpoints: Endpoint[], extra: Partial<Page> = {}): Page {
  return {
    file,
    title: file.replace(/\.md$/, ''),
    description: `About ${file}.`,
    metadata: {},
    endpoints: endpoints.map((e) => ({ ...e, file, source: { ...e.source, file } })),
    source: { file, line: 1 },
    ...extra,
  };
}

export function model(pages: Page[]): DocsModel {
  return { pages, api: { paginationHeaders: [], paginationParameters: [] }, diagnostics: [] };
}
