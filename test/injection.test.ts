// Issue 7, injection through the docs, end to end: one markdown page whose headings, descriptions,
// parameter names, enum lists and example keys hold quotes, backticks, `$(...)`, `;`, newlines,
// comment terminators and `<script>`, run through the whole pipeline (real generate(), every
// emitter). What each output does with it:
// - the spec keeps it as data, valid for both validators; enum lists of such values are not taken;
// - generated/schema.d.ts compiles, and declares nothing but openapi-typescript's own types;
// - the generated completion scripts, run in bash, zsh and fish, execute none of it;
// - the docs site embeds it as data, never as a script element of its own.
// The shells and the browser are driven thoroughly on hand-made hostile specs elsewhere:
// test/completions/injection.test.ts (every field, quoting of inserted words) and
// test/docs-site/docs-site-injection.test.ts (Redoc in Chromium, every link and button clicked).
// Here it is the path from markdown that is checked.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { generate, type GenerateResult } from '../scripts/generate.js';
import { redoclyErrors } from '../scripts/fuzz-pipeline.js';
import { inlineScripts } from '../scripts/emit/docs-site-html.js';
import { bashComplete, fishComplete, zshComplete } from './completions/shells.js';

const tmp = mkdtempSync(join(tmpdir(), 'gitlab-openapi-injection-'));
const trap = join(tmp, 'trap');
mkdirSync(trap);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const t = (name: string) => join(trap, name);

const PAGE = `# Evil API <script>window.__pwned='title'</script>

Overview with \`$(touch ${t('overview-code')})\` and "quotes" 'single'; touch ${t('overview-semi')}.

## Get an evil thing $(touch ${t('heading')})

Returns it. \`$(touch ${t('desc-code')})\` and $(touch ${t('desc')}) and \`touch ${t('backtick')}\` ; touch ${t('semi')} <script>window.__pwned='description'</script> "double" 'single'

A second paragraph, so the description holds a newline:
$(touch ${t('desc-newline')})

\`\`\`
GET /evil/:id
\`\`\`

| Attribute | Type | Required | Description |
| --------- | ---- | -------- | ----------- |
| \`id\` | integer/string | yes | The ID $(touch ${t('id-desc')}) |
| \`mode$(touch ${t('name-dollar')})\` | string | no | Can be \`fast\`, \`slow\` or \`$(touch ${t('enum-dollar')})\` |
| \`it's"q\` | string | no | Name with quotes; \`touch ${t('name-quote')}\` |
| \`a;b\` | string | no | Semicolon <script>window.__pwned='param'</script> |
| \`kind\` | string | no | One of \`a'b\`, \`c"d\`, \`e;f\`, \`x$(id)\` |
| \`order\` | string | no | Can be \`asc\` or \`desc\`. \`*/ export const pwned = 1; /*\` |

Example response:

\`\`\`json
{ "name": "$(touch ${t('example')})", "\`tick\`": "</script><script>window.__pwned='example'</script>", "a\\"b": 1, "*/ declare const injected: 1; /*": true }
\`\`\`

## Create an evil thing

\`\`\`
POST /evil
\`\`\`

| Attribute | Type | Required | Description |
| --------- | ---- | -------- | ----------- |
| \`name"; touch ${t('body-name')}; "\` | string | yes | Body $(touch ${t('body-desc')}) |
| \`state\` | string | no | Can be \`opened\`, \`closed\` |
`;

const out = join(tmp, 'out');
let result: GenerateResult;
let spec: any;

beforeAll(async () => {
  const docs = join(tmp, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'evil.md'), PAGE);
  result = await generate({ docs, out, cacheDir: false });
  spec = JSON.parse(readFileSync(join(out, 'spec', 'openapi.json'), 'utf8'));
}, 120_000);

describe('hostile text in the docs, through the whole pipeline', () => {
  it('every emitter ran and wrote its files', () => {
    expect(result.summary.ran).toEqual(['spec-yaml', 'types', 'completions', 'docs-site', 'gitlab-api-v4']);
    expect(result.summary.current).toEqual(['changelog']); // no spec before this one: nothing to compare
    expect(result.files).toEqual(expect.arrayContaining(['generated/schema.d.ts', 'generated/completions/gitlab-api.bash', 'generated/docs/index.html']));
  });

  it('the spec keeps it as data and stays valid (both validators)', async () => {
    const get = spec.paths['/evil/{id}'].get;
    expect(get.summary).toBe(`Get an evil thing $(touch ${t('heading')})`);
    expect(get.description).toContain(`$(touch ${t('desc')})`);
    expect(get.description).toContain(`\n$(touch ${t('desc-newline')})`);
    expect(get.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining([`mode$(touch ${t('name-dollar')})`, `it's"q`, 'a;b']));
    // Only plain tokens make an enum: a list holding `$(...)`, quotes or `;` is no enum at all.
    const param = (name: string) => get.parameters.find((p: any) => p.name === name);
    expect(param(`mode$(touch ${t('name-dollar')})`).schema.enum).toBeUndefined();
    expect(param('kind').schema.enum).toBeUndefined();
    expect(param('order').schema.enum).toEqual(['asc', 'desc']);
    expect(Object.keys(spec.paths['/evil'].post.requestBody.content['application/json'].schema.properties)).toContain(`name"; touch ${t('body-name')}; "`);
    const validation = await new Validator().validate(spec);
    expect(validation.errors ?? []).toEqual([]);
    expect(await redoclyErrors(join(out, 'spec', 'openapi.json'))).toEqual([]);
  }, 60_000);

  it('generated/schema.d.ts compiles and declares only openapi-typescript\'s types', () => {
    const schema = join(out, 'generated', 'schema.d.ts');
    const use = join(out, 'generated', 'use.ts');
    writeFileSync(use, [
      `import type { paths } from './schema.js';`,
      `type Query = NonNullable<paths['/evil/{id}']['get']['parameters']['query']>;`,
      `export const q: Query = { ${JSON.stringify(`mode$(touch ${t('name-dollar')})`)}: 'x', "it's\\"q": 'y', 'a;b': 'z', order: 'asc' };`,
      `type Body = paths['/evil']['post']['requestBody']['content']['application/json'];`,
      `export const b: Body = { ${JSON.stringify(`name"; touch ${t('body-name')}; "`)}: 'n' };`,
      // A value outside the enum must not compile: the types are really checked.
      `// @ts-expect-error`,
      `export const wrong: Query = { order: 'sideways' };`,
    ].join('\n'));
    const tsc = join(createRequire(import.meta.url).resolve('typescript/package.json'), '..', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', use], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    // A `*/` in a description or key that ended a comment would add declarations of its own.
    const source = ts.createSourceFile(schema, readFileSync(schema, 'utf8'), ts.ScriptTarget.ES2022);
    const kinds = new Set(source.statements.map((s) => ts.SyntaxKind[s.kind]));
    expect([...kinds].sort()).toEqual(['InterfaceDeclaration', 'TypeAliasDeclaration']);
    const declared = source.statements.map((s) => (s as ts.DeclarationStatement).name!.getText(source));
    expect(declared).toEqual(expect.arrayContaining(['paths', 'components', 'operations']));
    expect(declared.filter((name) => /pwned|injected/.test(name))).toEqual([]);
  }, 120_000); // tsc over the whole schema.d.ts: 40-50 s on a loaded 2-core machine

  it('the generated completion scripts execute none of it in bash, zsh and fish', () => {
    const dir = join(out, 'generated');
    // Names come from method and path (`evil get`, `evil create`), never from the hostile heading,
    // which reaches the scripts only as the verb's description.
    const lines = ['gitlab-api ', 'gitlab-api evil ', 'gitlab-api evil get --', 'gitlab-api evil get --order ', 'gitlab-api evil create --', 'gitlab-api evil create --state '];
    const bash = bashComplete(dir, lines);
    expect(bash[0]).toEqual(expect.arrayContaining(['evil']));
    expect(bash[1]).toEqual(['create', 'get']);
    expect(bash[2]).toContain('--a\\;b'); // bash's own quoting, as inserted on the line
    const zsh = zshComplete(dir, lines);
    expect(zsh[3].words).toEqual(['asc', 'desc']);
    // Descriptions are cut at 100 characters (a long temp path may pass that): the start is enough.
    expect(zsh[1].descriptions.join('\n')).toContain(`Get an evil thing $(touch ${t('heading')})`.slice(0, 60));
    const fish = fishComplete(dir, lines);
    expect(fish[5].words).toEqual(['opened', 'closed']);
    expect(readdirSync(trap)).toEqual([]);
  }, 120_000);

  it('the docs site holds it as data: no script element of its own', () => {
    const html = readFileSync(join(out, 'generated', 'docs', 'index.html'), 'utf8');
    // The payloads are in the page (the embedded spec) ...
    expect(html).toContain('__pwned');
    // ... but never as markup: each `<script>` of a payload is escaped where it is embedded.
    expect(html).not.toContain("<script>window.__pwned");
    expect(inlineScripts(html).filter((body) => body.includes('__pwned') && /^\s*window\.__pwned/.test(body))).toEqual([]);
  });
});
