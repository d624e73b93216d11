// `x-codeSamples` (Redoc's extension, read by most OpenAPI renderers): the docs' own curl calls of
// the operation, as written, placeholders included. Only what the docs say goes into the published
// spec; the docs site adds samples for this project's CLI and client to its own copy.
import type { Endpoint } from '../model.js';
import { DOCS_CURL_LABEL, type CodeSample } from '../openapi-document.js';

/** One sample holding the operation's calls, each once, in the docs' order (none: no sample). */
export function toCodeSamples(endpoint: Endpoint): CodeSample[] {
  // Merged endpoints (the same route documented twice) often repeat the same call. A loop (asked of
  // every operation): a section shows a few calls at most.
  const calls: string[] = [];
  for (const example of endpoint.curlExamples ?? []) {
    const call = example.raw.trim();
    if (call && !calls.includes(call)) calls.push(call);
  }
  return calls.length ? [{ lang: 'Shell', label: DOCS_CURL_LABEL, source: calls.join('\n\n') }] : [];
}
