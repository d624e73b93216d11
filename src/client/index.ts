// The package's client entry. See README.md in this folder.
export { createGitLabClient, resolveBaseUrl } from './create-client.js';
export type { GitLabClientOptions } from './create-client.js';
export { GitLabApiError, gitlabMessage } from './errors.js';
export type { GitLabErrorCode } from './errors.js';
export { paginate, PageIterator, nextLink } from './paginate.js';
export { nodeFetch } from './node-fetch.js';
export type { Page, PaginateOptions, ItemOf } from './paginate.js';
export type { RetryOptions, RetryInfo } from './retry.js';
export type { AuthOptions } from './auth.js';
export type { GitLabClient, GitLabRuntime, TagClient, RawRequestInit, RawResult, DefaultPaths, DefaultTags } from './types.js';
export type { paths, components, operations, TagPaths } from '../../generated/schema.js';
// GitLab's entities by name: `Schemas['Issue']`, and openapi-typescript's root types (`SchemaIssue`,
// `SchemaMergeRequest`, `SchemaUserBasic`, ...) with everything else the generated file exports.
export type * from '../../generated/schema.js';
import type { components } from '../../generated/schema.js';
export type Schemas = components['schemas'];
