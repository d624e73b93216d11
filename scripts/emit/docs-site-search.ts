// Search ranking for the docs site. Redoc 3 scores a result mostly by its title (the operation's
// summary, i.e. the docs' heading), so "merge request" ranked "Delete a merge request note" above
// "List merge requests" (23rd) and "Create MR" (81st). A reader names a resource and maybe what to
// do with it; the route says both, whatever the heading's wording: the resource is the last fixed
// segment of the path (`/projects/{id}/merge_requests/{merge_request_iid}` -> `merge_requests`),
// the action is the method. `searchBoost` adds to Redoc's score of a result whose route the query
// describes; it runs in the page (Redoc calls it, see patchSearchRanking) and in the unit tests.
// It must stay self-contained: it is bundled into the page as it is.
import { matchOnce, replaceOnce } from './docs-site-bundle.js';

/** A result as Redoc's ranking sees it: its fields in lower case. */
export interface SearchDocument {
  title?: string;
  httpMethod?: string;
  httpPath?: string;
}

export interface SearchQuery {
  /** The query's words, in lower case. */
  words: string[];
}

/** Words that name an action, and the methods that perform it. */
const VERBS: Record<string, string[]> = {
  list: ['get'],
  get: ['get'],
  show: ['get'],
  find: ['get'],
  read: ['get'],
  search: ['get'],
  create: ['post'],
  new: ['post'],
  add: ['post'],
  update: ['put', 'patch'],
  edit: ['put', 'patch'],
  modify: ['put', 'patch'],
  change: ['put', 'patch'],
  delete: ['delete'],
  remove: ['delete'],
};

/** Without a verb in the query, reading comes first, then creating, changing, deleting. */
const METHOD_ORDER: Record<string, number> = { get: 40, post: 30, put: 20, patch: 20, delete: 10 };

/**
 * The boost, on the scale of Redoc's own scores (an exact title is 2000, all words in the title
 * 400, a path match 60): 1000 when every word of the query is a word of the route's fixed segments
 * or a verb for its method, and at least one is a word of its resource; then 500 more when the
 * query names the resource in full (`pipeline` names `pipelines`, not `cancel_merge_when_pipeline_succeeds`,
 * whose response has a `pipeline` property worth 250 to Redoc), and a little for the verb, for a
 * collection over an item, for a shorter route.
 */
export function searchBoost(doc: SearchDocument, query: SearchQuery): number {
  const path = doc.httpPath;
  const method = (doc.httpMethod ?? '').toLowerCase();
  if (!path || query.words.length === 0) return 0;
  const segments = path.toLowerCase().split('/').filter(Boolean);
  const fixed = segments.filter((segment) => !/^[{:]/.test(segment));
  if (fixed.length === 0) return 0;
  const resource = fixed[fixed.length - 1];
  const split = (segment: string) => segment.split(/[^a-z0-9]+/).filter(Boolean);
  const resourceWords = split(resource);
  const routeWords = fixed.flatMap(split);
  // `request` matches `requests`, `pipeline` matches `pipelines`: a word starts a route word.
  const names = (word: string, words: string[]) => words.some((w) => w.startsWith(word) || word.startsWith(w) && word.length - w.length <= 1);
  let verb = false;
  let onResource = false;
  for (const word of query.words) {
    if (names(word, resourceWords)) onResource = true;
    else if (names(word, routeWords)) continue;
    else if (VERBS[word]?.includes(method)) verb = true;
    else return 0;
  }
  if (!onResource) return 0;
  const whole = resourceWords.every((w) => query.words.some((word) => names(word, [w])));
  const collection = !/^[{:]/.test(segments[segments.length - 1]);
  return 1000 + (whole ? 500 : 0) + (verb ? 200 : METHOD_ORDER[method] ?? 0) + (collection ? 100 : 0) - 10 * segments.length;
}

/** Redoc 3's score of one result: `function a4(e,t,n,r){let i=cOe(e.title,n,r);return(i?i+lOe(e.title,r):0)+uOe(t,n)+n.parameterScore}`. */
const SCORE_FUNCTION = /(function [\w$]+\(([\w$]+),[\w$]+,([\w$]+),([\w$]+)\)\{let ([\w$]+)=[\w$]+\(\2\.title,\3,\4\);return\(\5\?\5\+[\w$]+\(\2\.title,\4\):0\)\+[\w$]+\([\w$]+,\3\)\+\3\.parameterScore)\}/;

/**
 * Redoc builds its index in slices of 8 ms, yielding with `setTimeout(0)` between them: on our
 * spec about 125 yields of at least 4 ms each (the browser's clamp). Slices of 50 ms (a task just
 * short of a "long task") keep the page responsive and waste an eighth of that.
 */
const INDEX_SLICE = /([\w$]+)=8(;async function [\w$]+\([\w$]+,[\w$]+,[\w$]+,[\w$]+\)\{let [\w$]+=new [\w$]+\([\w$]+,[\w$]+\.schemaStore)/;

/**
 * What Redoc indexes of an operation's responses: each response's code and description, then
 * every field of its schema and headers (`cDe`), the same entity's fields again under every
 * operation returning it: 12,500 of the index's 20,000 entries for our spec, 60% of the time to
 * build it. The entity itself stays in the index, with its fields (Entities), and so do request
 * bodies and parameters: a query for a response field finds the entity, not every operation
 * returning it. `for(let n of e.responses??[])rV(n)||(sDe(n,t),t.hasSchemas&&cDe(n,t))`
 */
const RESPONSE_FIELDS = /(for\(let ([\w$]+) of [\w$]+\.responses\?\?\[\]\)[\w$]+\(\2\)\|\|\([\w$]+\(\2,([\w$]+)\)),\3\.hasSchemas&&[\w$]+\(\2,\3\)\)/;

/**
 * The security schemes, which Redoc indexes on every operation (three entries each, the same text
 * 540 times, so that "token" matched every operation): kept on the overview only.
 * `else if(r.nodeType===W.SECURITY)bDe(r,t);`
 */
const SECURITY = /else if\(([\w$]+)\.nodeType===([\w$]+)\.SECURITY\)([\w$]+)\(\1,([\w$]+)\);/;

/**
 * The search indexer's constructor and the start of `addItem`, which reads each sidebar item's content:
 * `constructor(e,t,n,r={}){this.#t=e,this.#n=t,this.#r=n,this.#i=r.formatDescription??JT,
 * this.#a=r.exampleStore,...}addItem(e,t=[]){if(e.link&&e.content)try{switch(e.content.contentType){case nh.OVERVIEW:`
 * (basePath, schema store, spec, example store). The patch hands the item to `searchItem`
 * (docs-site-search-docs.ts), which gives an operation a content made for the search.
 */
const INDEXER_ITEM = /(constructor\(([\w$]+),([\w$]+),([\w$]+),([\w$]+)=\{\}\)\{this\.#[\w$]+=\2,this\.(#[\w$]+)=\3,this\.(#[\w$]+)=\4,this\.#[\w$]+=\5\.formatDescription\?\?[\w$]+,this\.(#[\w$]+)=\5\.exampleStore,[^}]*\}\)\}addItem\(([\w$]+),[\w$]+=\[\]\)\{)(?=if\(\9\.link&&\9\.content\)try\{switch\(\9\.content\.contentType\)\{case ([\w$]+)\.OVERVIEW:)/;

/** Redoc's enums of node types (the walk: `if(r.nodeType===W.ITEM){let e=r;if(rV(e))continue;if(e.variant===\`callback\``), item variants, schema kinds. */
const NODE_TYPES = /for\(let ([\w$]+) of [\w$]+\)if\(\1\.nodeType===([\w$]+)\.ITEM\)\{let [\w$]+=\1;if\([\w$]+\([\w$]+\)\)continue;if\([\w$]+\.variant===`callback`/;
const ITEM_VARIANTS = /\.content\.itemVariant===([\w$]+)\.SCHEMA&&typeof/;
const SCHEMA_KINDS = /extractSchemaFields\(\{schemaId:([\w$]+),\.\.\.[\w$]+\},[\w$]+=\{\}\)\{let ([\w$]+)=this\.#[\w$]+\?\.\[\1\];\2&&\2\.kind===([\w$]+)\.JSON_SCHEMA/;

/**
 * The indexer made over the stores: `new wDe(n,t.schemaStore,r,{exampleStore:t.exampleStore,...`.
 * Each store becomes a copy on write (`__gitlabSearchStore`: an object whose prototype is Redoc's),
 * so the schemas and examples registered for the search stay out of Redoc's own stores.
 */
const INDEXER_STORES = /new ([\w$]+)\(([\w$]+),([\w$]+)\.schemaStore,([\w$]+),\{exampleStore:\3\.exampleStore,/;

/** The index Redoc's search asks for candidates: `_index=$De();_documents=new Map;` (FlexSearch), now `searchIndex` (docs-site-search-index.ts). */
const CANDIDATE_INDEX = /_index=([\w$]+)\(\);_documents=new Map;/;

/**
 * Redoc's bundle with the site's search: `searchBoost` (installed by the page script as
 * `__gitlabSearchBoost`) added to its score of each result, and the index built in longer slices,
 * without the response fields and the per-operation security schemes, from documents made without
 * building the operations' content (`__gitlabSearchItem`), asking a scan for candidates instead of
 * FlexSearch (`__gitlabSearchIndex`): the search is ready sooner.
 * Undefined, naming what is missing, when the bundle has not the code it patches (another Redoc).
 */
export function patchSearch(bundle: string): { bundle: string } | { missing: string } {
  const ranked = replaceOnce(bundle, SCORE_FUNCTION, ([, body, lowered, , query]) => `${body}+(globalThis.__gitlabSearchBoost?.(${lowered},${query})??0)}`);
  if (ranked === undefined) return { missing: 'search score function' };
  // Not patched: the index's `all` field by whole words (8% less time to build it). A query's words
  // must all be in one field for a result to be found at all, and only `all` has both words of
  // "create issue" for `POST /projects/{id}/issues` ("Creates a new project issue.").
  const sliced = replaceOnce(ranked, INDEX_SLICE, ([, name, rest]) => `${name}=50${rest}`);
  if (sliced === undefined) return { missing: 'search indexing time slice' };
  const responses = replaceOnce(sliced, RESPONSE_FIELDS, ([, kept]) => `${kept})`);
  if (responses === undefined) return { missing: 'search indexing of response fields' };
  const security = replaceOnce(responses, SECURITY, ([, node, kinds, index, context]) => `else if(${node}.nodeType===${kinds}.SECURITY)${context}.isOverview&&${index}(${node},${context});`);
  if (security === undefined) return { missing: 'search indexing of security schemes' };
  const nodes = matchOnce(security, NODE_TYPES)?.[2];
  const variants = matchOnce(security, ITEM_VARIANTS)?.[1];
  const schemas = matchOnce(security, SCHEMA_KINDS)?.[3];
  if (!nodes || !variants || !schemas) return { missing: "search indexer's node types, item variants or schema kinds" };
  const items = replaceOnce(security, INDEXER_ITEM, ([, start, , , , , store, spec, examples, item, content]) =>
    `${start}${item}=globalThis.__gitlabSearchItem?.(${item},{document:this.${spec},schemas:this.${store},examples:this.${examples},kinds:{nodes:${nodes},content:${content},variants:${variants},schemas:${schemas}}})??${item};`);
  if (items === undefined) return { missing: "search indexer's reading of an item" };
  const stores = replaceOnce(items, INDEXER_STORES, ([, indexer, base, context, spec]) => {
    const overlay = (store: string) => `(globalThis.__gitlabSearchStore??(s=>s))(${context}.${store})`;
    return `new ${indexer}(${base},${overlay('schemaStore')},${spec},{exampleStore:${overlay('exampleStore')},`;
  });
  if (stores === undefined) return { missing: "search indexer's stores" };
  const index = replaceOnce(stores, CANDIDATE_INDEX, ([, flex]) => `_index=globalThis.__gitlabSearchIndex?.()??${flex}();_documents=new Map;`);
  if (index === undefined) return { missing: 'search candidate index' };
  return { bundle: index };
}
