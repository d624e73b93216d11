// `npm run docs`: serves the generated docs site on 127.0.0.1 and prints its address, with the
// published spec beside it (`/openapi.json`, `/openapi.yaml` from spec/), which the page links for
// download. A few lines of node:http rather than `redocly preview`, which wants a project and the
// network. Only files under the folders are served (no `..`), with the headers the page needs and
// no caching, so a regenerated site shows on reload.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface DocsServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The spec files served from the spec folder: what the page's download links ask for. */
export const SPEC_FILES = ['openapi.json', 'openapi.yaml'];

export interface DocsServerOptions {
  /** The folder to serve (holds index.html). */
  root: string;
  /** Where `/openapi.json` and `/openapi.yaml` come from when `root` has none. */
  specDir?: string;
  port?: number;
  host?: string;
}

/** The file a request path names under `root`, or undefined when it would leave `root`. */
export function resolveRequestPath(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const base = resolve(root);
  const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

async function isFile(path: string | undefined): Promise<boolean> {
  return path !== undefined && !!(await stat(path).catch(() => undefined))?.isFile();
}

export async function startDocsServer({ root, specDir, port = 0, host = '127.0.0.1' }: DocsServerOptions): Promise<DocsServer> {
  const server = createServer(async (req, res) => {
    let file = resolveRequestPath(root, req.url ?? '/');
    if (specDir && !(await isFile(file))) {
      const name = file === undefined ? undefined : SPEC_FILES.find((f) => file === join(resolve(root), f));
      if (name) file = join(specDir, name);
    }
    const ok = await isFile(file);
    if (!ok || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(ok ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(ok ? 'Method not allowed\n' : 'Not found\n');
      return;
    }
    const body = await readFile(file!);
    res.writeHead(200, {
      'content-type': TYPES[extname(file!)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const DEFAULT_ROOT = fileURLToPath(new URL('../generated/docs/', import.meta.url));
const DEFAULT_SPEC = fileURLToPath(new URL('../spec/', import.meta.url));
const USAGE = 'usage: npm run docs [-- --port N] [--dir FOLDER] [--spec FOLDER]';

async function main(argv: string[]): Promise<number> {
  let port = 8080;
  let root = DEFAULT_ROOT;
  let specDir = DEFAULT_SPEC;
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--port' && value !== undefined && /^\d+$/.test(value) && Number(value) < 65536) {
      port = Number(value);
      i++;
    } else if (argv[i] === '--dir' && value !== undefined) {
      root = resolve(value);
      i++;
    } else if (argv[i] === '--spec' && value !== undefined) {
      specDir = resolve(value);
      i++;
    } else {
      process.stderr.write(`docs: unexpected argument ${JSON.stringify(argv[i])}\n${USAGE}\n`);
      return 2;
    }
  }
  if (!(await stat(join(root, 'index.html')).catch(() => undefined))) {
    process.stderr.write(`docs: ${join(root, 'index.html')} does not exist; run \`npm run generate\` first\n`);
    return 1;
  }
  try {
    const { url } = await startDocsServer({ root, specDir, port });
    process.stdout.write(`Docs site: ${url} (serving ${root}, the spec from ${specDir}; Ctrl+C to stop)\n`);
    return -1;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`docs: cannot listen on 127.0.0.1:${port} (${code ?? String(error)}); try --port 0 for any free port\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
}
