// Downloads: GET sections that serve a file, not JSON (a raw file, a job's log, an archive, job
// artifacts, a project export or snapshot). Their body gets its real media type, so generated
// clients read it as text or as bytes: `text/plain` for raw files and logs; for archives the type the
// section names when it names one (artifacts.zip, export.tar.gz, "uncompressed tar format"), else
// `application/octet-stream` (the repository archive comes in any of eight formats).
import type { Endpoint } from '../../model.js';
import type { Schema } from '../type-schema.js';
import { segments as pathSegments } from './resource.js';

export interface Download {
  mediaType: string;
  schema: Schema;
}

/** Segments that name a text body (`/raw`, `/trace`) and a file body (`/archive`, `/download`, ...). */
const TEXT_SEGMENTS = new Set(['raw', 'trace']);
const FILE_SEGMENTS = new Set(['archive', 'artifacts', 'download', 'snapshot']);

/** Archive formats as the docs write them, most specific first. */
const FORMATS: [RegExp, string][] = [
  [/\.tar\.gz\b|\.tgz\b|\bgzip/i, 'application/gzip'],
  [/\bzip(?:ped)?\b|\.zip\b/i, 'application/zip'],
  [/\.tar\.bz2\b|\bbz2\b/i, 'application/x-bzip2'],
  [/uncompressed tar|\btar\s+format\b/i, 'application/x-tar'],
];

function sectionText(endpoint: Endpoint): string {
  const examples = [...endpoint.requestExamples, ...endpoint.responses.flatMap((r) => r.examples)].map((e) => e.raw);
  const parameters = endpoint.parameters.map((p) => p.description);
  // Link texts only (`uncompressed [tar](https://en.wikipedia.org/...) format`).
  return [endpoint.heading, endpoint.description, ...parameters, ...examples].join('\n').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** The media type and schema of a download section's body, or undefined for any other section. */
export function downloadOf(endpoint: Endpoint): Download | undefined {
  if (endpoint.method !== 'GET') return undefined;
  const segments = pathSegments(endpoint.path);
  const last = segments[segments.length - 1] ?? '';
  if (TEXT_SEGMENTS.has(last)) return { mediaType: 'text/plain', schema: { type: 'string' } };
  const binary = { type: 'string', format: 'binary' };
  // `/artifacts/*artifact_path`: one file from inside an archive, of any type.
  if (last.startsWith('*')) return { mediaType: 'application/octet-stream', schema: binary };
  const literals = segments.filter((s) => !/^[:*]/.test(s));
  // `## Download an uploaded file` (`/groups/:id/uploads/:secret/:filename`).
  if (!FILE_SEGMENTS.has(literals[literals.length - 1] ?? '') && !/^download\b/i.test(endpoint.heading)) return undefined;
  const text = sectionText(endpoint);
  const named = FORMATS.filter(([pattern]) => pattern.test(text)).map(([, type]) => type);
  return { mediaType: named.length === 1 ? named[0] : 'application/octet-stream', schema: binary };
}
