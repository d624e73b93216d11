// The package's client entry. See README.md in this folder.
export { createGitLabClient, resolveBaseUrl } from './create-client.js';
export type { GitLabClientOptions } from './create-client.js';
export { GitLabApiError, gitlabMessage } from './errors.js';
export type { GitLabErrorCode } from './errors.js';
export { paginate, PageIterator, nextLink } from './paginate.js';
export { nodeFetch } from './node-fetch.js';
export type { Page, PaginateOptions, PageCallOptions } from './paginate.js';
export type { RetryOptions, RetryInfo } from './retry.js';
export type { AuthOptions } from './auth.js';
export type {
  GitLabClient,
  GitLabRuntime,
  TypedClient,
  CallTable,
  CallOptions,
  CallArgs,
  CallResult,
  DataOf,
  ItemOf,
  Success,
  Failure,
  ParseAs,
  RawRequestInit,
  RawResult,
  DefaultCalls,
  DefaultTags,
} from './types.js';
// The spec's types: paths, operations, components, the named schemas (`Schemas`, `SchemaIssue`, ...),
// `Upload`, and the call tables, whatever the spec holds.
export type * from '../../generated/schema.js';
export type { Schemas } from './schemas.js';
