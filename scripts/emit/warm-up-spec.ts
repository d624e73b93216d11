// A small spec of the shapes ours is made of, for emitters to run on while their thread waits for
// the real one (scripts/emit-thread.ts): their code, and TypeScript's transform and printer, are
// compiled and warmed on it, off the run's critical path. Nothing made from it is kept.
import type { OpenAPIDocument } from '../openapi-document.js';

export const WARM_UP_SPEC = {
  openapi: '3.1.0',
  info: { title: 'Warm-up', version: '0.0' },
  tags: [{ name: 'Issues', description: 'Issues API', 'x-gitlab-page': 'issues.md' }],
  paths: {
    '/projects/{id}/issues': {
      parameters: [{ name: 'id', in: 'path', required: true, description: 'The ID or URL-encoded path of the project', schema: { oneOf: [{ type: 'integer' }, { type: 'string' }] } }],
      get: {
        operationId: 'listProjectIssues',
        summary: 'List project issues',
        description: 'Get a list of a project\'s issues. See [issues](issues.md#list-issues).',
        tags: ['Issues'],
        parameters: [
          { name: 'state', in: 'query', description: 'Return `opened` or `closed` issues', schema: { type: 'string', enum: ['opened', 'closed'] } },
          { name: 'labels', in: 'query', schema: { type: 'array', items: { type: 'string' } }, style: 'form', explode: false },
          { name: 'page', in: 'query', schema: { type: 'integer', default: 1 } },
        ],
        responses: {
          '200': { description: 'OK', headers: { 'X-Next-Page': { schema: { type: 'string' } } }, content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Issue' } }, example: [{ id: 1, title: 'T' }] } } },
          default: { $ref: '#/components/responses/Error' },
        },
      },
      post: {
        operationId: 'createIssue',
        summary: 'New issue',
        tags: ['Issues'],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'object', required: ['title'], properties: { title: { type: 'string', description: 'The title' }, confidential: { type: 'boolean' }, due_date: { type: 'string', format: 'date' } } } },
            'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } },
          },
        },
        responses: { '201': { description: 'Created', content: { 'application/json': { schema: { $ref: '#/components/schemas/Issue' } } } }, '204': { description: 'No content' } },
      },
    },
    '/projects/{id}/repository/files/{file_path}/raw': {
      get: {
        operationId: 'getRawFile',
        tags: ['Issues'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }, { name: 'file_path', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The file', content: { 'text/plain': { schema: { type: 'string' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Issue: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'integer' },
          title: { type: 'string', description: 'The title' },
          closed_at: { type: ['string', 'null'], format: 'date-time' },
          milestone: { oneOf: [{ $ref: '#/components/schemas/Milestone' }, { type: 'null' }] },
          labels: { type: 'array', items: { type: 'string' } },
          author: { type: 'object', properties: { id: { type: 'integer' }, avatar_url: {} }, additionalProperties: false },
        },
      },
      Milestone: { type: 'object', properties: { id: { type: 'integer' }, state: { type: 'string', enum: ['active', 'closed'] } } },
      Error: { type: 'object', properties: { message: { type: 'string' } } },
    },
    responses: { Error: { description: 'An error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
    securitySchemes: { privateToken: { type: 'apiKey', in: 'header', name: 'PRIVATE-TOKEN' } },
  },
  security: [{ privateToken: [] }],
} as unknown as OpenAPIDocument;
