// response-media.js: the operations whose 2xx body is not JSON, and how the client reads it, from
// the media types the downloads fixture gives (routes of repository_files.md:76, repositories.md:110,
// jobs.md:348 and :446; a route without a media type is read by the response's Content-Type).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderResponseMedia, responseMediaOf } from '../../scripts/emit/response-media.js';

const downloads = parse(readFileSync(new URL('../client/fixtures/downloads/spec.yaml', import.meta.url), 'utf8'));
const mini = parse(readFileSync(new URL('../client/fixtures/mini-spec.yaml', import.meta.url), 'utf8'));

describe('responseMediaOf', () => {
  it('text for text/plain, blob for bytes, auto for no media type; JSON and 204 operations are left out', () => {
    expect(responseMediaOf(downloads)).toEqual({
      'GET /projects/{id}/repository/files/{file_path}/raw': 'text',
      'GET /projects/{id}/repository/archive': 'blob',
      'GET /projects/{id}/jobs/{job_id}/trace': 'text',
      'GET /projects/{id}/jobs/{job_id}/artifacts': 'blob',
      'GET /projects/{id}/snippets/{snippet_id}/raw': 'auto',
    });
    expect(responseMediaOf(mini)).toEqual({});
  });

  it('renders an ES module and its declaration', async () => {
    const [js, dts] = renderResponseMedia(downloads);
    expect([js.path, dts.path]).toEqual(['response-media.js', 'response-media.d.ts']);
    const url = `data:text/javascript,${encodeURIComponent(String(js.content))}`;
    expect((await import(url)).default).toEqual(responseMediaOf(downloads));
    expect(String(dts.content)).toContain("declare const responseMedia: Readonly<Record<string, 'text' | 'blob' | 'auto'>>;");
  });
});
