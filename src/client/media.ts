// How a body of a given media type is read: one rule for the types emitter (which types `data` from
// the spec's media types, scripts/emit/call-table.ts) and for the client at run time (which reads a
// body the spec leaves undeclared by its Content-Type), so that the two cannot disagree.

/** `json`: parsed; `text`: a string; `blob`: bytes (a Blob). */
export type BodyKind = 'json' | 'text' | 'blob';

/** `application/json`, `application/problem+json`, ... (parameters such as `; charset=utf-8` ignored). */
const JSON_MEDIA = /^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i;
/** Textual media a program reads as a string: `text/*` and the textual `application/` types. */
const TEXT_MEDIA = /^(?:text\/|application\/(?:xml|javascript|x-ndjson|yaml|x-yaml)\s*(?:;|$)|application\/[\w.-]+\+xml\s*(?:;|$))/i;

export function bodyKind(mediaType: string): BodyKind {
  const media = mediaType.trim();
  if (JSON_MEDIA.test(media)) return 'json';
  if (TEXT_MEDIA.test(media)) return 'text';
  return 'blob';
}
