import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../../scripts/model.js';
import { downloadOf } from '../../../scripts/openapi/entities/download.js';
import { endpoint } from '../fixtures.js';

const binary = { type: 'string', format: 'binary' };

describe('downloadOf', () => {
  it.each<[string, string, Partial<Endpoint>, object | undefined]>([
    // repository_files.md:76, repositories.md:96, project_snippets.md:114: raw files are text.
    ['a raw file', 'GET /projects/:id/repository/files/:file_path/raw', {}, { mediaType: 'text/plain', schema: { type: 'string' } }],
    // jobs.md:446: "Get a trace of a specific job".
    ['a job log', 'GET /projects/:id/jobs/:job_id/trace', {}, { mediaType: 'text/plain', schema: { type: 'string' } }],
    // jobs.md:416: one file from inside the artifacts archive, of any type.
    ['a single artifact file', 'GET /projects/:id/jobs/:job_id/artifacts/*artifact_path', {}, { mediaType: 'application/octet-stream', schema: binary }],
    // jobs.md:348: "Serves the artifacts file", no format named.
    ['artifacts, no format named', 'GET /projects/:id/jobs/:job_id/artifacts', {}, { mediaType: 'application/octet-stream', schema: binary }],
    // job_artifacts.md:28: "Get a zipped archive of a job's artifacts".
    ['artifacts the section calls zipped', 'GET /projects/:id/jobs/:job_id/artifacts', { description: 'Get a zipped archive of a job\'s artifacts from a project.' },
      { mediaType: 'application/zip', schema: binary }],
    // repositories.md:110: `format` lists tar.gz, tar.bz2, zip, ...: several formats.
    ['an archive in any of several formats', 'GET /projects/:id/repository/archive', {
      description: 'Get an archive of the repository.',
      parameters: [{ name: 'format', type: { kind: 'string' }, required: false, form: 'list', source: { file: 'test.md', line: 1 },
        description: 'The archive format. Default is `tar.gz`. Options are `tar.gz`, `tar.bz2`, `tbz`, `tbz2`, `tb2`, `bz2`, `tar`, `zip`' }],
    }, { mediaType: 'application/octet-stream', schema: binary }],
    // projects.md:1575: "always in uncompressed [tar](https://en.wikipedia.org/wiki/Tar_(computing)) format".
    ['a snapshot in uncompressed tar', 'GET /projects/:id/snapshot', { description: 'This\nsnapshot is always in uncompressed [tar](https://en.wikipedia.org/wiki/Tar_(computing))\nformat.' },
      { mediaType: 'application/x-tar', schema: binary }],
    // groups.md (current): "## Download an uploaded file by ID".
    ['a section headed Download', 'GET /groups/:id/uploads/:upload_id', { heading: 'Download an uploaded file by ID' }, { mediaType: 'application/octet-stream', schema: binary }],
    ['a JSON resource', 'GET /projects/:id/repository/files/:file_path', {}, undefined],
    ['not a GET', 'POST /projects/:id/repository/archive', {}, undefined],
  ])('%s', (_name, signature, extra, want) => {
    expect(downloadOf(endpoint(signature, extra))).toEqual(want);
  });
});
