// The content the search's walk reads of an operation, made from the operation as Redoc read it
// (docs-site-search-docs.ts): the nodes of Redoc's content builder that the walk reads, with the
// schemas and examples in the walk's stores under the ids Redoc gives them, and nothing for what it
// does not reproduce. In Chromium, every document of the docs-source site is the one Redoc's own
// walk makes (docs-site-search-docs.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { contentSource, lazyContent } from '../../scripts/emit/docs-site-load.js';
import { operationSearchContent, searchItem, type SearchContext } from '../../scripts/emit/docs-site-search-docs.js';

const KINDS = { nodes: { CONTAINER: 'container', MARKDOC: 'markdoc', ITEM: 'item' }, content: { ITEM: 'item' }, variants: { HTTP_ITEM: 'httpItem' }, schemas: { JSON_SCHEMA: 'json-schema' } };
const DOCUMENT = {
  components: {
    parameters: { page: { name: 'page', in: 'query', description: 'Page number', schema: { type: 'integer' } } },
    schemas: { Issue: { type: 'object', properties: { id: { type: 'integer' } } } },
    responses: { Error: { description: 'An error.' } },
  },
};

function context(): SearchContext {
  // The stores as the patched indexer gives them: copies on write of Redoc's.
  return { document: DOCUMENT, schemas: Object.create({ 'components/schemas/Issue': {} }), examples: Object.create({}), kinds: KINDS };
}

/** issues.md's "New issue", as Redoc's operation model holds it. */
const NEW_ISSUE = {
  summary: 'New issue',
  operationId: 'createProjectIssue',
  pointer: '/paths/~1projects~1{id}~1issues/post',
  pathName: '/projects/{id}/issues',
  httpVerb: 'post',
  description: 'Creates a new project issue.',
  parameters: [
    { name: 'Sudo', in: 'header', schema: { type: 'string' } },
    { name: 'id', in: 'path', required: true, description: 'The ID of the project', schema: { type: ['integer', 'string'] } },
    { $ref: '#/components/parameters/page', description: 'Which page' },
  ],
  requestBody: {
    content: {
      'application/json': { schema: { $ref: '#/components/schemas/Issue' }, examples: { minimal: { summary: 'Only a title', value: { title: 'x' } } } },
      'application/x-www-form-urlencoded': { schema: { type: 'object' } },
    },
  },
  responses: {
    '201': { description: 'Created', content: { 'application/json': { example: { id: 1 } } } },
    '4XX': { $ref: '#/components/responses/Error' },
    'x-extra': { description: 'not a response' },
  },
};

describe('operationSearchContent', () => {
  it("makes the nodes Redoc's walk reads: the description, the parameter groups in Redoc's order, the body, the responses", () => {
    const search = context();
    const content = operationSearchContent({ operation: NEW_ISSUE, context: { options: { ignoreNamedSchemas: new Set() } } }, search);
    const schema = (data: unknown) => expect.objectContaining({ kind: 'json-schema', data });
    expect(content).toEqual({
      contentType: 'item', itemVariant: 'httpItem', meta: { name: 'New issue', deprecated: undefined },
      children: [
        { nodeType: 'container', panels: [], children: [
          { nodeType: 'markdoc', content: 'Creates a new project issue.' },
          { nodeType: 'item', variant: 'path', parameters: [{ name: 'id', in: 'path', schemaId: 'search-schema_0', description: 'The ID of the project', required: true }] },
          // A `$ref` parameter: the referenced one, with the reference's own fields over it.
          { nodeType: 'item', variant: 'query', parameters: [{ name: 'page', in: 'query', schemaId: 'search-schema_1', description: 'Which page', required: undefined }] },
          { nodeType: 'item', variant: 'headers', parameters: [{ name: 'Sudo', in: 'header', schemaId: 'search-schema_2', description: undefined, required: undefined }] },
          { nodeType: 'item', variant: 'body', required: undefined, mediaTypes: ['application/json', 'application/x-www-form-urlencoded'], description: undefined,
            mediaTypeSchemas: {
              'application/json': { schemaId: 'search-schema_3', exampleIds: ['paths/~1projects~1{id}~1issues/post/requestBody/content/application~1json/examples/minimal'] },
              'application/x-www-form-urlencoded': { schemaId: 'search-schema_4', exampleIds: undefined },
            },
            schemaId: 'search-schema_3', exampleIds: ['paths/~1projects~1{id}~1issues/post/requestBody/content/application~1json/examples/minimal'] },
        ] },
        { nodeType: 'container', panels: [], children: [{ nodeType: 'item', variant: 'responses', responses: [
          { code: '201', description: 'Created', mediaType: 'application/json', mediaTypes: ['application/json'],
            mediaTypeContent: { 'application/json': { exampleIds: ['paths/~1projects~1{id}~1issues/post/responses/201/content/application~1json/example'] } },
            exampleIds: ['paths/~1projects~1{id}~1issues/post/responses/201/content/application~1json/example'] },
          { code: '4XX', description: 'An error.', mediaType: undefined, mediaTypes: undefined, mediaTypeContent: undefined, exampleIds: undefined },
        ] }] },
      ],
    });
    // The body's schema is the one its `$ref` names (Redoc resolves one step), in the walk's store only.
    expect(search.schemas['search-schema_3']).toEqual(schema(DOCUMENT.components.schemas.Issue));
    expect(search.schemas['search-schema_1']).toEqual(schema({ type: 'integer' }));
    expect(Object.getPrototypeOf(search.schemas)).toEqual({ 'components/schemas/Issue': {} });
    expect(search.examples['paths/~1projects~1{id}~1issues/post/requestBody/content/application~1json/examples/minimal']).toEqual({
      id: 'paths/~1projects~1{id}~1issues/post/requestBody/content/application~1json/examples/minimal',
      value: { title: 'x' }, key: 'minimal', summary: 'Only a title', description: undefined, externalValue: undefined,
    });
    // Another operation's schemas take the next names.
    const again = operationSearchContent({ operation: { ...NEW_ISSUE, parameters: [NEW_ISSUE.parameters[0]], requestBody: undefined, responses: undefined } }, search);
    expect(again?.children).toEqual([{ nodeType: 'container', panels: [], children: [
      { nodeType: 'markdoc', content: 'Creates a new project issue.' },
      { nodeType: 'item', variant: 'headers', parameters: [{ name: 'Sudo', in: 'header', schemaId: 'search-schema_5', description: undefined, required: undefined }] },
    ] }]);
  });

  it.each([
    ['a webhook', { isWebhook: true }],
    ['callbacks', { callbacks: [{ name: 'onEvent' }] }],
    ['a description Redoc parsed (it has a heading)', { description: { type: 'document', children: [] } }],
    ['a querystring parameter', { parameters: [{ name: 'q', in: 'querystring', content: {} }] }],
    ['a parameter description Redoc parsed', { parameters: [{ name: 'q', in: 'query', description: { type: 'document' } }] }],
    ['x-examples on the body', { requestBody: { content: { 'application/json': {} }, 'x-examples': {} } }],
    ['a response summary', { responses: { '200': { description: 'OK', 'x-summary': 'Fine' } } }],
    ['a response description with markup', { responses: { '200': { description: 'See [the docs](https://docs.gitlab.com)' } } }],
    ['a body description with two paragraphs', { requestBody: { description: 'One.\n\nTwo.', content: {} } }],
  ])('leaves the operation to Redoc with %s', (_, change) => {
    expect(operationSearchContent({ operation: { ...NEW_ISSUE, ...change } }, context())).toBeUndefined();
  });

  it('leaves it to Redoc where named schemas are to be shown as plain objects', () => {
    expect(operationSearchContent({ operation: NEW_ISSUE, context: { options: { ignoreNamedSchemas: new Set(['Issue']) } } }, context())).toBeUndefined();
  });
});

describe('searchItem', () => {
  const page = globalThis as { __gitlabSearchRedocDocuments?: unknown };
  afterEach(() => {
    delete page.__gitlabSearchRedocDocuments;
  });

  it("gives an operation's item its search content without building its page content; anything else as it is", () => {
    let builds = 0;
    const content = lazyContent(() => ({ built: ++builds }), { operation: NEW_ISSUE });
    expect(contentSource(content)).toEqual({ operation: NEW_ISSUE });
    const item = { label: 'New issue', link: '/issues/createprojectissue', httpVerb: 'post', content };
    const searched = searchItem(item, context());
    expect(searched).toMatchObject({ label: 'New issue', link: '/issues/createprojectissue', httpVerb: 'post', content: { itemVariant: 'httpItem', meta: { name: 'New issue' } } });
    expect(builds).toBe(0);
    expect(searchItem({ label: 'Issues', content: { contentType: 'group' } }, context())).toBeUndefined();
    expect(contentSource(lazyContent(() => ({})))).toBeUndefined();
    page.__gitlabSearchRedocDocuments = true;
    expect(searchItem(item, context())).toBeUndefined();
  });
});
