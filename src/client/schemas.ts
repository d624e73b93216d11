// The spec's named schemas (GitLab's entities) under one name: `Schemas['Issue']`. openapi-typescript's
// `rootTypes` also gives each its own alias (`SchemaIssue`), exported from the package as is.
import type { components } from '../../generated/schema.js';

export type Schemas = components['schemas'];
