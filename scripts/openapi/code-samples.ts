// `x-codeSamples` (Redoc's extension, read by most OpenAPI renderers): the docs' own curl calls of
// the operation, as written, placeholders included. Only what the docs say goes into the published
// spec; the docs site adds samples for this project's CLI and client to its own copy.
import type { Endpoint } from '../model.js';
import type { CodeSample } from '../openapi-document.js';

/** The label of the docs' curl calls; the site orders its tabs by it. */
export const DOCS_CURL_LABEL = 'curl (GitLab docs)';

export function toCodeSamples(endpoint: Endpoint): CodeSample[] {
  const seen = new Set<string>();
  const samples: CodeSample[] = [];
  for (const example of endpoint.curlExamples ?? []) {
    const source = example.raw.trim();
    // Merged endpoints (the same route documented twice) often repeat the same call.
    if (!source || seen.has(source)) continue;
    seen.add(source);
    samples.push({ lang: 'Shell', label: samples.length === 0 ? DOCS_CURL_LABEL : `${DOCS_CURL_LABEL} ${samples.length + 1}`, source });
  }
  return samples;
}
