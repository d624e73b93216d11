// What applies to the API as a whole, from the docs' README: servers, authentication, Sudo,
// pagination and the error body. Descriptions come from the model when the README gave them;
// the fallbacks below quote the GitLab 11.x README so a docs set without one still gets them.
import type { ApiInfo } from '../model.js';
import type { OpenAPI3 } from '../openapi-document.js';
import { parameterSchema, xSource } from './parameter.js';
import { PAGINATION_HEADERS } from './response.js';
import { asSchemaObject } from './type-schema.js';
import type { Context } from './context.js';

type Components = NonNullable<OpenAPI3['components']>;

export const SERVERS: NonNullable<OpenAPI3['servers']> = [
  {
    url: 'https://{host}/api/v4',
    description: 'A GitLab instance (self-managed, or gitlab.com)',
    variables: { host: { default: 'gitlab.example.com', description: 'Host name of the GitLab instance' } },
  },
];

/** Any one of the documented ways to authenticate. */
export const SECURITY = [{ PrivateToken: [] }, { OAuth2: [] }, { JobToken: [] }];

const HEADER_FALLBACK: Record<string, string> = {
  Link: 'Links to the previous, next, first and last pages (`rel` set to prev/next/first/last)',
  'X-Total': 'The total number of items',
  'X-Total-Pages': 'The total number of pages',
  'X-Per-Page': 'The number of items per page',
  'X-Page': 'The index of the current page (starting at 1)',
  'X-Next-Page': 'The index of the next page',
  'X-Prev-Page': 'The index of the previous page',
};

const PAGE_FALLBACK: Record<string, string> = {
  page: 'Page number (default: `1`)',
  per_page: 'Number of items to list per page (default: `20`, max: `100`)',
};

function paginationParameter(name: 'page' | 'per_page', api: ApiInfo, ctx: Context) {
  const documented = api.paginationParameters.find((p) => p.name === name);
  // The README's table has no Type column; its description says these are numbers of pages/items.
  const schema = documented && documented.type.kind !== 'unknown' ? parameterSchema(documented, ctx) : { type: 'integer' };
  if (schema.type === 'integer') {
    schema.minimum = 1;
    if (name === 'per_page' && /max:?\s*`?100/.test(documented?.description ?? PAGE_FALLBACK.per_page)) schema.maximum = 100;
  }
  return {
    name,
    in: 'query' as const,
    description: documented?.description || PAGE_FALLBACK[name],
    schema: asSchemaObject(schema),
    ...(documented ? { 'x-source': xSource(documented.source) } : {}),
  };
}

export function toComponents(api: ApiInfo, ctx: Context): Components {
  const headers: NonNullable<Components['headers']> = {};
  for (const name of PAGINATION_HEADERS) {
    const documented = api.paginationHeaders.find((h) => h.name.toLowerCase() === name.toLowerCase());
    headers[name] = {
      description: documented?.description || HEADER_FALLBACK[name],
      schema: name === 'Link' ? { type: 'string' } : { type: 'integer' },
    };
  }
  return {
    schemas: {
      Error: {
        type: 'object',
        description: 'The body of an error response: a `message` (a string, or an object of messages by field), or OAuth\'s `error` and `error_description`.',
        properties: {
          message: asSchemaObject({ description: 'What went wrong: a string, or an object of messages by attribute' }),
          error: { type: 'string' },
          error_description: { type: 'string' },
        },
      },
    },
    responses: {
      Error: {
        description: 'An error. The README (Status codes) lists 400 Bad Request, 401 Unauthorized, 403 Forbidden, 404 Not Found, 405 Method Not Allowed, 409 Conflict and 422 Unprocessable.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } as never } },
      },
    },
    parameters: {
      Sudo: {
        name: 'Sudo',
        in: 'header',
        description: 'ID or username of the user to perform the call as (administrators only, with the `sudo` scope)',
        // "ID or username": a numeric id is as valid as a name (README.md, Sudo).
        schema: asSchemaObject({ type: ['integer', 'string'] }),
      },
      page: paginationParameter('page', api, ctx),
      per_page: paginationParameter('per_page', api, ctx),
    },
    headers,
    securitySchemes: {
      PrivateToken: { type: 'apiKey', in: 'header', name: 'PRIVATE-TOKEN', description: 'A personal access token or impersonation token' },
      OAuth2: { type: 'http', scheme: 'bearer', description: 'An OAuth2 access token, as `Authorization: Bearer <token>`' },
      JobToken: { type: 'apiKey', in: 'header', name: 'JOB-TOKEN', description: 'The token of a CI job (`CI_JOB_TOKEN`)' },
    },
  };
}
