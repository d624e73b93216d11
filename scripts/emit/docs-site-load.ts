// Less work for Redoc when the page loads and when an operation opens: patches to Redoc's bundle,
// each checked to match exactly once (a Redoc whose code changed fails the build naming what is
// missing, as in docs-site-search.ts). `keepsDescriptionText`, `sharedSchemaDocument` and
// `lazyContent` run in the page (the page script installs them, see docs-site-page.ts) and in the
// unit tests: they must stay self-contained.
import { escapeRegExp, replaceOnce } from './docs-site-bundle.js';

/**
 * Whether Redoc may keep an operation's description as its markdown text until the operation is
 * rendered, instead of parsing it (markdown-it, DOMPurify, Markdoc) with all 540 others before
 * the first render: about a fifth of Redoc's processing of our spec. The adapter that renders a
 * description parses text the same way, and the search index reads text (Redoc's own
 * markdown-to-text). Only what the parsed form is needed for beforehand keeps it eager: headings
 * (Redoc gives them ids and indexes each as its own search result) and Markdoc tags (Redoc pulls
 * `schemaDefinition` tags out of the description), in any spelling the parser would read as one.
 */
export function keepsDescriptionText(description: unknown): description is string {
  if (typeof description !== 'string') return false;
  const heading = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/m;
  const markdocTag = /\{%|&#0*123;|&#x0*7b;|&lbrace;|&lcub;/i;
  return !heading.test(description) && !markdocTag.test(description);
}

const schemaDocuments = new WeakMap<object, { size: number; document: unknown }>();

/**
 * Redoc's document of all schemas (`{openapi, components: {schemas}}`, one entry per schema of its
 * store), which every schema it renders is resolved in: Redoc builds it again for each schema view
 * it mounts (a React memo of that view), then, keyed by that new object, the map of the schemas'
 * recursive references over all of them, about a third of the work to open an operation. Built once
 * per store here, and again only when schemas were added since (the store only grows).
 */
export function sharedSchemaDocument<T>(store: object, build: () => T): T {
  const size = Object.keys(store).length;
  const cached = schemaDocuments.get(store);
  if (cached && cached.size === size) return cached.document as T;
  const document = build();
  schemaDocuments.set(store, { size, document });
  return document;
}

const contentSources = new WeakMap<object, unknown>();

/**
 * An operation's page content, built when first read: Redoc builds the content of all 540 (its
 * parameters, request body, responses, samples) before the first render, though the first view
 * shows none of them. Whatever reads it (a property, `in`, its keys) gets the built object's answer;
 * passing it on builds nothing. `source`, what it is built from, is kept for `contentSource`: the
 * search makes its documents from that instead of building the content (docs-site-search-docs.ts).
 * `known` properties, the same in every content this builds, are read without building it.
 */
export function lazyContent<T extends object>(build: () => T, source?: unknown, known?: Partial<T>): T {
  let built: T | undefined;
  const content = () => (built ??= build());
  const proxy = new Proxy({} as T, {
    // What every operation's content holds (its kind): Redoc reads it of all 540 when a page
    // opens (to pick each section's view), which built them all.
    get: (_, key) => (built === undefined && known && Object.prototype.hasOwnProperty.call(known, key) ? known[key as keyof T] : Reflect.get(content(), key)),
    has: (_, key) => Reflect.has(content(), key),
    ownKeys: () => Reflect.ownKeys(content()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(content(), key),
    set: (_, key, value) => Reflect.set(content(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(content(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(content(), key),
  });
  if (source !== undefined) contentSources.set(proxy, source);
  return proxy;
}

/** What a `lazyContent` is built from (undefined for anything else); reads nothing of the content. */
export function contentSource(content: unknown): unknown {
  return typeof content === 'object' && content !== null ? contentSources.get(content) : undefined;
}

/**
 * The operation's sidebar item and route, with its content:
 * `function J3(e,t,n,r){let{processContent:i}=T3.get(),...,content:i?lMe(e,a):null}`. The build
 * reads the processing context (T3), so it runs in the one current now; the operation and that
 * context are the content's source (`contentSource`).
 */
const OPERATION_CONTENT = /(function [\w$]+\(([\w$]+),[\w$]+,[\w$]+,[\w$]+\)\{let\{processContent:([\w$]+)\}=([\w$]+)\.get\(\),[^}]*\}=[\w$]+\(\2,[\w$]+\),[\w$]+=\{[^}]*,)content:\3\?([\w$]+)\(\2,([\w$]+)\):null\}/;

/**
 * The map of entities' routes (by name), made of every sidebar item:
 * `let e=r.content?.meta?.name;r.httpVerb===\`schema\`&&e&&r.routeSlug&&(t[e]=r.routeSlug)` read every
 * operation's content (its name) to keep none of them; it now asks whether the item is an entity first.
 */
const ENTITY_ROUTES = /let ([\w$]+)=([\w$]+)\.content\?\.meta\?\.name;\2\.httpVerb===`schema`&&\1&&/;

/** The kind of content the build makes (`lMe`): `return{contentType:nh.ITEM,itemVariant:U.HTTP_ITEM,meta:{name:`. */
const CONTENT_KINDS = /return\{contentType:([\w$]+)\.ITEM,itemVariant:([\w$]+)\.HTTP_ITEM,meta:\{/;

/**
 * Two effects that read every operation's content right after the first render, for nothing here:
 * the telemetry's first message (`n.sendInitialMessage([qce({...items...})])`), which the
 * telemetry client drops unless it was configured (`send(e,t,n){try{if(!this.config?.otel.isProd)return;`;
 * the site disables telemetry), and the WebMCP tools listing every operation
 * (`return mje(xje({items:e,...}),i.signal)`), which `mje` registers only where the browser offers
 * WebMCP (`async function mje(e,t,n){let r=pje();if(!r)return[];`). Each now asks first.
 */
const TELEMETRY_SEND = /send\(e,t,n\)\{try\{if\(!this\.config\?\.otel\.isProd\)return;/;
const TELEMETRY_FIRST_MESSAGE = /([\w$]+)\.sendInitialMessage\(\[/;
const WEBMCP_REGISTER = /async function ([\w$]+)\([\w$]+,[\w$]+,[\w$]+\)\{let ([\w$]+)=([\w$]+)\(\);if\(!\2\)return\[\];/;

/**
 * The operation model: `description:fw(t.description,l),deprecated:t.deprecated` parses the
 * description when the spec is processed, for every operation.
 */
const OPERATION_DESCRIPTION = /description:([\w$]+)\(([\w$]+)\.description,([\w$]+)\),deprecated:\2\.deprecated,/;

/**
 * The operation's page content: `e.description&&(HT(e.description,m,W3),h=LT(e.description,n))`
 * parses a description given as text (LT), to split it around Markdoc tags; text that
 * `keepsDescriptionText` let through has none, so it becomes one markdown node as it is.
 */
const CONTENT_DESCRIPTION = /([\w$]+)\.description&&\(([\w$]+)\(\1\.description,([\w$]+),([\w$]+)\),([\w$]+)=([\w$]+)\(\1\.description,([\w$]+)\)\)/;

/** The markdown node LT makes of a text: `{kind:\`markdoc\`,node:{nodeType:W.MARKDOC,content:r}}`. */
const MARKDOWN_NODE = /\{kind:`markdoc`,node:\{nodeType:([\w$]+)\.MARKDOC,content:[\w$]+\}\}/g;

/**
 * Redoc's lazy section (an operation of the open tag) mounts when an IntersectionObserver with
 * `rootMargin: 0px 0px 200px 0px` sees its placeholder: the operation above the one a reader opens
 * touches the viewport's top edge, which counts as intersecting, so it was rendered too (about 950
 * elements for issues.md's "List project issues" above "New issue"), then the page scrolled by its
 * height to stay put. One pixel less at the top: a section mounts once it is really in view.
 * `HH=\`0px 0px 200px 0px\`,UH=100;function WH({sectionId:e,eager:t=!1,children:n})`
 */
const SECTION_MARGIN = /([\w$]+)=`0px 0px 200px 0px`(,[\w$]+=\d+;function [\w$]+\(\{sectionId:[\w$]+,eager:)/;

/**
 * The hook that builds the schemas' document for a schema view:
 * `function NS(){let e=H(ph);return(0,B.useMemo)(()=>{let t={};return Object.keys(e.schemaStore)
 * .forEach(...),{openapi:\`3.0.0\`,components:{schemas:t}}},[e.schemaStore])}`
 */
const SCHEMA_DOCUMENT = /return\(0,([\w$]+)\.useMemo\)\(\(\)=>(\{let ([\w$]+)=\{\};return Object\.keys\(([\w$]+)\.schemaStore\)\.forEach\([^]*?\{openapi:`3\.0\.0`,components:\{schemas:\3\}\}\}),\[\4\.schemaStore\]\)/;

/**
 * Redoc's bundle with less work up front: operation descriptions parsed when rendered, no section
 * mounted for touching the viewport's edge, one document of all schemas for all schema views,
 * operations' content built when read and not read for messages nobody receives nor for the map of
 * entities' routes.
 * `{ missing }` names what the bundle lacks.
 */
export function patchLoad(bundle: string): { bundle: string } | { missing: string } {
  const nodeKinds = new Set([...bundle.matchAll(MARKDOWN_NODE)].map((match) => match[1]));
  if (nodeKinds.size !== 1) return { missing: 'markdown node of a description' };
  const [kinds] = nodeKinds;
  const model = replaceOnce(bundle, OPERATION_DESCRIPTION, ([, parse, op, options]) =>
    `description:globalThis.__gitlabKeepsDescriptionText?.(${op}.description)?${op}.description:${parse}(${op}.description,${options}),deprecated:${op}.deprecated,`);
  if (model === undefined) return { missing: 'parsing of operation descriptions' };
  const content = replaceOnce(model, CONTENT_DESCRIPTION, ([, op, ids, slug, suffix, nodes, split, options]) =>
    `${op}.description&&(${ids}(${op}.description,${slug},${suffix}),${nodes}=typeof ${op}.description==\`string\`?[{kind:\`markdoc\`,node:{nodeType:${kinds}.MARKDOC,content:${op}.description}}]:${split}(${op}.description,${options}))`);
  if (content === undefined) return { missing: "description in an operation's content" };
  const sections = replaceOnce(content, SECTION_MARGIN, ([, name, rest]) => `${name}=\`-1px 0px 200px 0px\`${rest}`);
  if (sections === undefined) return { missing: 'lazy section margin' };
  const schemas = replaceOnce(sections, SCHEMA_DOCUMENT, ([, react, build, , state]) =>
    `return(0,${react}.useMemo)(()=>(globalThis.__gitlabSharedSchemaDocument??((s,b)=>b()))(${state}.schemaStore,()=>${build}),[${state}.schemaStore])`);
  if (schemas === undefined) return { missing: "schema views' document of all schemas" };
  const built = OPERATION_CONTENT.exec(schemas)?.[5];
  const contentKinds = built && new RegExp(`function ${escapeRegExp(built)}\\([\\w$]+,[\\w$]+\\)\\{[^]{0,8000}?${CONTENT_KINDS.source}`).exec(schemas);
  if (!contentKinds) return { missing: "kind of an operation's content" };
  const lazy = replaceOnce(schemas, OPERATION_CONTENT, ([, start, op, flag, context, build, slug]) =>
    `${start}content:${flag}?(globalThis.__gitlabLazyContent??(b=>b()))((c=>()=>${context}.run(c,()=>${build}(${op},${slug})))(${context}.get()),{operation:${op},context:${context}.get()},{contentType:${contentKinds[1]}.ITEM,itemVariant:${contentKinds[2]}.HTTP_ITEM}):null}`);
  if (lazy === undefined) return { missing: "operations' content" };
  const entities = replaceOnce(lazy, ENTITY_ROUTES, ([, name, item]) => `let ${name}=${item}.httpVerb===\`schema\`&&${item}.content?.meta?.name;${name}&&`);
  if (entities === undefined) return { missing: "entities' routes" };
  if (!TELEMETRY_SEND.test(entities)) return { missing: "telemetry's check that it is configured" };
  const telemetry = replaceOnce(entities, TELEMETRY_FIRST_MESSAGE, ([, client]) => `${client}.config?.otel?.isProd&&${client}.sendInitialMessage([`);
  if (telemetry === undefined) return { missing: "telemetry's first message" };
  const register = WEBMCP_REGISTER.exec(telemetry);
  const webmcp = register && replaceOnce(telemetry, `return ${register[1]}(`, () => `return ${register[3]}()&&${register[1]}(`);
  if (!webmcp) return { missing: 'WebMCP tools' };
  return { bundle: webmcp };
}
