// Path parameters the way GitLab reads them: each value is one URL-encoded segment.
// `group/subgroup/project` -> `group%2Fsubgroup%2Fproject`, `lib/a b.rb` -> `lib%2Fa%20b.rb`,
// `feature/x` -> `feature%2Fx`. Nothing can escape its segment.
import { GitLabApiError } from './errors.js';

const PARAM = /\{([^{}]+)\}/g;

/** Characters encodeURIComponent leaves alone but that some proxies or routers treat specially. */
const EXTRA = /[!'()*]/g;

/** One path segment for `value`; throws on values that cannot be a segment. */
export function encodeSegment(name: string, value: unknown, template: string): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') {
    throw new GitLabApiError({ code: 'invalid-request', method: '', path: template, detail: `path parameter ${name} must be a string or a number, got ${value === null ? 'null' : typeof value}` });
  }
  const text = String(value);
  // `.` and `..` survive percent-encoding as dot segments (WHATWG URL decodes %2E), so a value of
  // `..` would climb out of the route: refuse it, and the empty value that would make `//`.
  if (text === '' || text === '.' || text === '..') {
    throw new GitLabApiError({ code: 'invalid-request', method: '', path: template, detail: `path parameter ${name} cannot be ${text === '' ? 'empty' : `"${text}"`}` });
  }
  return encodeURIComponent(text).replace(EXTRA, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * openapi-fetch `pathSerializer`: fills `{name}` in `pathname` (baseUrl + template). A missing
 * parameter is an error here, where openapi-fetch would send the literal `{id}`.
 */
export function serializePath(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(PARAM, (_, name: string) => {
    if (!params || params[name] === undefined) {
      throw new GitLabApiError({ code: 'invalid-request', method: '', path: pathname, detail: `missing path parameter ${name}` });
    }
    return encodeSegment(name, params[name], pathname);
  });
}
