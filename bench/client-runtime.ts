// What the client costs per call at run time (helper of bench/client.ts, no bench of its own):
// sequential GETs to a local server through the client, its transport alone, Node's fetch,
// openapi-fetch alone, and undici's own API, which the transport could be built on instead; and the
// client against fetch on a gzip body without a length, as GitLab usually answers.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import { Agent, request } from 'undici';
import { createGitLabClient, nodeFetch } from '../src/client/index.js';
import { median } from './measure.js';

const fmt = (n: number, digits = 0) => n.toFixed(digits);

/**
 * A fetch over undici's `request()`, as small as it gets: no redirects, no decompression, no
 * mapping of errors. What the transport would cost at least if it were built on undici's own API.
 */
function undiciFetch(agent: Agent): (input: Request) => Promise<Response> {
  return async (input) => {
    const headers: Record<string, string> = {};
    input.headers.forEach((value, name) => void (headers[name] = value));
    const body = input.body ? new Uint8Array(await input.arrayBuffer()) : undefined;
    const res = await request(input.url, { method: input.method as 'GET', headers, body, signal: input.signal, dispatcher: agent });
    const out = new Headers();
    for (const [name, value] of Object.entries(res.headers)) for (const v of [value ?? []].flat()) out.append(name, v);
    return new Response(res.body as unknown as ReadableStream<Uint8Array>, { status: res.statusCode, headers: out });
  };
}

/** Milliseconds a fresh `node` spends on `code` (timed inside it; median of `runs`). */
function loadCost(code: string, runs: number): number {
  const script = `const start = performance.now(); ${code} console.log(performance.now() - start);`;
  return median(
    Array.from({ length: runs }, () => Number(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout.trim())),
  );
}

export async function runtimeOverhead(calls: number, rounds: number): Promise<void> {
  const body = JSON.stringify({ id: 1, iid: 1, project_id: 3, title: 'Ut commodi ullam eos dolores perferendis nihil sunt.', state: 'closed', labels: [] });
  const zipped = gzipSync(body);
  const server = createServer((req, res) => {
    if (req.url?.endsWith('/gzip')) res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(zipped);
    else res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`;
  const url = `${base}/projects/${encodeURIComponent('group/project')}/issues/1`;
  const headers = { 'PRIVATE-TOKEN': 'bench-token' };
  const agent = new Agent();
  const readJson = async (res: Response) => {
    if (!res.ok) throw new Error(String(res.status));
    return res.json();
  };
  const ours = createGitLabClient({ baseUrl: base, token: 'bench-token' });
  const onFetch = createGitLabClient({ baseUrl: base, token: 'bench-token', fetch: (input) => fetch(input) });
  const onUndici = createGitLabClient({ baseUrl: base, token: 'bench-token', fetch: undiciFetch(agent) });
  const bare = createClient<any>({ baseUrl: base, headers });
  const call = (client: typeof ours) => () => client.request('GET', '/projects/{id}/issues/{issue_iid}', { path: { id: 'group/project', issue_iid: 1 } });
  const variants: [string, () => Promise<unknown>][] = [
    ['raw fetch', async () => readJson(await fetch(url, { headers }))],
    ['raw nodeFetch', async () => readJson(await nodeFetch(url, { headers }))],
    ['raw undici.request', async () => (await request(url, { headers, dispatcher: agent })).body.json()],
    ['openapi-fetch alone', () => bare.GET('/projects/{id}/issues/{issue_iid}', { params: { path: { id: 'group/project', issue_iid: 1 } } })],
    ['our client', call(ours)],
    ['ours on fetch', call(onFetch)],
    ['ours on undici', call(onUndici)],
    ['raw fetch, gzip', async () => readJson(await fetch(`${url}/gzip`, { headers }))],
    ['our client, gzip', () => ours.request('GET', '/projects/{id}/issues/{issue_iid}/gzip', { path: { id: 'group/project', issue_iid: 1 } })],
  ];
  // Wall time, and this process's CPU time (client and server both live here): on a machine shared
  // with other work, CPU time is the steadier of the two, since waiting for a core is not counted.
  const time = async (fn: () => Promise<unknown>) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < calls; i++) await fn();
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
  };
  for (const [, fn] of variants) await time(fn); // warm-up
  const times = new Map<string, { wall: number; cpu: number }[]>(variants.map(([name]) => [name, []]));
  // Alternate the order: on a busy machine, position in a round matters.
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of r % 2 ? [...variants].reverse() : variants) times.get(name)!.push(await time(fn));
  }
  server.close();
  await agent.close();
  const med = (name: string, what: 'wall' | 'cpu' = 'wall') => median(times.get(name)!.map((t) => t[what]));
  console.log(`runtime, ${calls} sequential GETs to 127.0.0.1 (median of ${rounds} rounds, interleaved, order alternating):`);
  for (const [name] of variants) {
    console.log(`  ${name.padEnd(20)} wall ${fmt(med(name)).padStart(6)} ms (${fmt((med(name) * 1000) / calls)} µs/call), cpu ${fmt(med(name, 'cpu')).padStart(6)} ms`);
  }
  for (const what of ['wall', 'cpu'] as const) {
    const ratio = (a: string, b: string) => fmt(med(a, what) / med(b, what), 3);
    const verdict = med('our client', what) / med('raw fetch', what) <= 1.1 ? 'met' : 'NOT met';
    console.log(
      `  ${what}: ours / raw fetch ${ratio('our client', 'raw fetch')}x (target <= 1.10x: ${verdict}); ours on undici / raw fetch ${ratio('ours on undici', 'raw fetch')}x; ` +
        `ours on fetch / raw fetch ${ratio('ours on fetch', 'raw fetch')}x; raw nodeFetch / raw fetch ${ratio('raw nodeFetch', 'raw fetch')}x; raw undici.request / raw fetch ${ratio('raw undici.request', 'raw fetch')}x; openapi-fetch alone / raw fetch ${ratio('openapi-fetch alone', 'raw fetch')}x; ` +
        `gzip, no length: ours / raw fetch ${ratio('our client, gzip', 'raw fetch, gzip')}x`,
    );
  }
  // A CLI run sends one request: what loading each transport costs a fresh process.
  const runs = 5;
  console.log(`loading the transport in a fresh node (median of ${runs}):`);
  console.log(`  node:http + node:zlib (nodeFetch)    ${fmt(loadCost(`process.getBuiltinModule('node:http'); process.getBuiltinModule('node:zlib');`, runs)).padStart(5)} ms`);
  console.log(`  undici package (undici.request)      ${fmt(loadCost(`await import('undici');`, runs)).padStart(5)} ms`);
  console.log(`  Node's fetch, first call (refused)   ${fmt(loadCost(`await fetch('http://127.0.0.1:9').catch(() => {});`, runs)).padStart(5)} ms`);
}
