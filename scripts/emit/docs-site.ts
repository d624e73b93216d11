// The documentation site: one self-contained HTML file (Redoc, rendered by @redocly/cli
// `build-docs --inlineBundle`), working with no network and treating the spec as untrusted.
// The spec is written to a temporary folder and the CLI runs there, so no redocly.yaml of the
// working tree changes the output; telemetry and update checks are off, so the build never calls out.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPIDocument, OutputFile } from '../openapi-document.js';
import { hardenDocsHtml } from './docs-site-html.js';
import { withDocsLinks } from './docs-site-links.js';

const run = promisify(execFile);

/** Where the site goes, relative to `generated/`. */
export const DOCS_SITE_PATH = 'docs/index.html';

/** The installed @redocly/cli entry point (not npx: it must never download anything). */
export function redoclyCliPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
}

/** The environment every Redocly run of the project gets: no telemetry, no update check. */
export function redoclyEnv(): NodeJS.ProcessEnv {
  return { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** What Redocly printed, without its Node-version banner, for an error message. */
function redoclyMessage(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/[║╔╚]/.test(line) && line.trim() !== '')
    .join('\n');
}

/** Runs `redocly build-docs` on `spec` and returns the HTML it wrote, as it wrote it. */
export async function buildRedocHtml(spec: OpenAPIDocument): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gitlab-openapi-docs-'));
  try {
    await writeFile(join(dir, 'openapi.json'), JSON.stringify(spec));
    const args = [redoclyCliPath(), 'build-docs', 'openapi.json', '--inlineBundle', '--output', 'index.html', '--lint-config', 'off'];
    try {
      await run(process.execPath, args, { cwd: dir, env: redoclyEnv(), maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string; message: string };
      const detail = redoclyMessage(`${e.stderr ?? ''}\n${e.stdout ?? ''}`) || e.message;
      throw new Error(`docs site: redocly build-docs failed:\n${detail}`);
    }
    return await readFile(join(dir, 'index.html'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The emitter: `generated/docs/index.html`. */
export async function emitDocsSite(doc: OpenAPIDocument): Promise<OutputFile[]> {
  const html = await buildRedocHtml(withDocsLinks(doc));
  return [{ path: DOCS_SITE_PATH, content: hardenDocsHtml(html) }];
}
