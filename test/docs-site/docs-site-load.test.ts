// The patches that make Redoc do less before the first render and when an operation opens
// (docs-site-load.ts), on pieces of Redoc 3's bundle as @redocly/cli ships it; and which
// descriptions may wait to be parsed. The page itself is tested in Chromium: the same elements as a
// plain Redoc build with an operation open (docs-site-template.test.ts), the search's ranking
// (docs-site-browser.test.ts).
import { describe, expect, it } from 'vitest';
import { contentSource, keepsDescriptionText, lazyContent, patchLoad, sharedSchemaDocument } from '../../scripts/emit/docs-site-load.js';

describe('keepsDescriptionText', () => {
  it.each([
    // What the site's descriptions look like: issues.md's "New issue" with its link back to the docs.
    ['Creates a new project issue.\n\nSource: GitLab docs: [issues.md, line 460](https://docs.gitlab.com/ee/api/issues.html#new-issue)', true],
    ['Lists `closed` issues, **newest** first:\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |', true],
    ['A line ending in a # sign #', true],
    // A heading gets an id and its own search result: parsed up front, as Redoc does.
    ['Intro\n\n## Pagination\n\nText', false],
    ['#', false],
    ['Intro\n\nPagination\n----------\n', false],
    ['Title\n===', false],
    // A Markdoc tag is pulled out of the description (schemaDefinition), in any spelling Markdoc reads.
    ['{% schemaDefinition schemaRef="#/components/schemas/Issue" /%}', false],
    ['&#123;% partial file="x" /%}', false],
    ['&#x7B;% x %}', false],
    ['&lbrace;% x %}', false],
  ])('%j: %s', (text, kept) => {
    expect(keepsDescriptionText(text)).toBe(kept);
  });

  it('leaves anything but text to Redoc', () => {
    expect(keepsDescriptionText(undefined)).toBe(false);
    expect(keepsDescriptionText({ type: 'document', children: [] })).toBe(false);
  });
});

describe('sharedSchemaDocument', () => {
  it('builds the document once per store, and again when schemas were added to the store', () => {
    const store: Record<string, object> = { 'schema_0': {} };
    let builds = 0;
    const build = () => ({ schemas: Object.keys(store), build: ++builds });
    const first = sharedSchemaDocument(store, build);
    expect(sharedSchemaDocument(store, build)).toBe(first);
    store['schema_1'] = {};
    expect(sharedSchemaDocument(store, build)).toEqual({ schemas: ['schema_0', 'schema_1'], build: 2 });
    expect(sharedSchemaDocument({ ...store }, build)).toEqual({ schemas: ['schema_0', 'schema_1'], build: 3 });
  });
});

describe('lazyContent', () => {
  it('answers its known properties without building, and keeps what it is built from', () => {
    let builds = 0;
    const content = lazyContent(() => ({ contentType: 'item', itemVariant: 'httpItem', meta: { name: 'New issue' }, build: ++builds }), { operation: 'New issue' }, { contentType: 'item' });
    expect(content.contentType).toBe('item');
    expect(builds).toBe(0);
    expect(contentSource(content)).toEqual({ operation: 'New issue' });
    expect(content.meta.name).toBe('New issue');
    expect(builds).toBe(1);
    expect(contentSource({ contentType: 'item' })).toBeUndefined();
  });

  it('builds nothing until read, then once, and answers as the built object', () => {
    let builds = 0;
    const content = lazyContent(() => ({ contentType: 'item', meta: { name: 'New issue' }, children: [1, 2], build: ++builds }));
    const route = { path: '/issues/createprojectissue', content };
    const copies = [{ ...route }, [route].map((r) => ({ ...r, gatePath: '/issues' }))[0]];
    expect(builds).toBe(0);
    expect(copies.every((copy) => copy.content === content && copy.content !== null)).toBe(true);
    expect(content.meta.name).toBe('New issue');
    expect('children' in content && !('items' in content)).toBe(true);
    expect(Object.keys(content)).toEqual(['contentType', 'meta', 'children', 'build']);
    expect({ ...content }).toEqual({ contentType: 'item', meta: { name: 'New issue' }, children: [1, 2], build: 1 });
    expect(JSON.parse(JSON.stringify(content)).children).toEqual([1, 2]);
    (content as { extra?: number }).extra = 3;
    expect((content as { extra?: number }).extra).toBe(3);
    expect(builds).toBe(1);
  });
});

describe('patchLoad', () => {
  // Redoc 3.0.1's code, names as minified in @redocly/cli 2.77.0.
  const BUNDLE = [
    'function LT(e,t){let r=fw(e,t);if(typeof r==`string`)return[{kind:`markdoc`,node:{nodeType:W.MARKDOC,content:r}}];return[]}',
    'function jje(t,l){return{...t,description:fw(t.description,l),deprecated:t.deprecated,isWebhook:i}}',
    'function lMe(e,t){let h=[];e.description&&(HT(e.description,m,W3),h=LT(e.description,n));return{contentType:nh.ITEM,itemVariant:U.HTTP_ITEM,meta:{name:a},children:h}}',
    'var HH=`0px 0px 200px 0px`,UH=100;function WH({sectionId:e,eager:t=!1,children:n}){}',
    'function NS(){let e=H(ph);return(0,B.useMemo)(()=>{let t={};return Object.keys(e.schemaStore).forEach(n=>{let r=e.schemaStore[n],i=n.split(`/`).pop()??n;t[i]=r.data}),{openapi:`3.0.0`,components:{schemas:t}}},[e.schemaStore])}',
    'function J3(e,t,n,r){let{processContent:i}=T3.get(),{slug:a,badges:o,httpPath:s,...c}=D3(e,t),l={...c,type:`link`,link:a,routeSlug:a,...iV(r),content:i?lMe(e,a):null};n.push(l)}',
    'ete=Hm(e=>{let t={};function n(e){for(let r of e){let e=r.content?.meta?.name;r.httpVerb===`schema`&&e&&r.routeSlug&&(t[e]=r.routeSlug)}}return t})',
    'class Tj{send(e,t,n){try{if(!this.config?.otel.isProd)return;this.post(e)}catch{}}}',
    'function zV(){(0,B.useEffect)(()=>{n.sendInitialMessage([qce({items:o})])},[])}',
    'async function mje(e,t,n){let r=pje();if(!r)return[];for(let a of e)await r.registerTool(a)}',
    'function Sje(e){(0,B.useEffect)(()=>{let i=new AbortController;return mje(xje({items:e}),i.signal),()=>i.abort()},[e])}',
  ].join(';');

  it('keeps descriptions as text, mounts no section for touching the viewport, shares the schemas document, builds content when read', () => {
    expect(patchLoad(BUNDLE)).toEqual({ bundle: [
      'function LT(e,t){let r=fw(e,t);if(typeof r==`string`)return[{kind:`markdoc`,node:{nodeType:W.MARKDOC,content:r}}];return[]}',
      'function jje(t,l){return{...t,description:globalThis.__gitlabKeepsDescriptionText?.(t.description)?t.description:fw(t.description,l),deprecated:t.deprecated,isWebhook:i}}',
      'function lMe(e,t){let h=[];e.description&&(HT(e.description,m,W3),h=typeof e.description==`string`?[{kind:`markdoc`,node:{nodeType:W.MARKDOC,content:e.description}}]:LT(e.description,n));return{contentType:nh.ITEM,itemVariant:U.HTTP_ITEM,meta:{name:a},children:h}}',
      'var HH=`-1px 0px 200px 0px`,UH=100;function WH({sectionId:e,eager:t=!1,children:n}){}',
      'function NS(){let e=H(ph);return(0,B.useMemo)(()=>(globalThis.__gitlabSharedSchemaDocument??((s,b)=>b()))(e.schemaStore,()=>{let t={};return Object.keys(e.schemaStore).forEach(n=>{let r=e.schemaStore[n],i=n.split(`/`).pop()??n;t[i]=r.data}),{openapi:`3.0.0`,components:{schemas:t}}}),[e.schemaStore])}',
      'function J3(e,t,n,r){let{processContent:i}=T3.get(),{slug:a,badges:o,httpPath:s,...c}=D3(e,t),l={...c,type:`link`,link:a,routeSlug:a,...iV(r),content:i?(globalThis.__gitlabLazyContent??(b=>b()))((c=>()=>T3.run(c,()=>lMe(e,a)))(T3.get()),{operation:e,context:T3.get()},{contentType:nh.ITEM,itemVariant:U.HTTP_ITEM}):null};n.push(l)}',
      'ete=Hm(e=>{let t={};function n(e){for(let r of e){let e=r.httpVerb===`schema`&&r.content?.meta?.name;e&&r.routeSlug&&(t[e]=r.routeSlug)}}return t})',
      'class Tj{send(e,t,n){try{if(!this.config?.otel.isProd)return;this.post(e)}catch{}}}',
      'function zV(){(0,B.useEffect)(()=>{n.config?.otel?.isProd&&n.sendInitialMessage([qce({items:o})])},[])}',
      'async function mje(e,t,n){let r=pje();if(!r)return[];for(let a of e)await r.registerTool(a)}',
      'function Sje(e){(0,B.useEffect)(()=>{let i=new AbortController;return pje()&&mje(xje({items:e}),i.signal),()=>i.abort()},[e])}',
    ].join(';') });
  });

  it('says what it did not find, and patches nothing twice', () => {
    expect(patchLoad(BUNDLE.replace('nodeType:W.MARKDOC', 'nodeType:X.MARKDOC') + ';[{kind:`markdoc`,node:{nodeType:W.MARKDOC,content:r}}]')).toEqual({ missing: 'markdown node of a description' });
    expect(patchLoad(BUNDLE.replace('description:fw(t.description,l)', 'description:t.description'))).toEqual({ missing: 'parsing of operation descriptions' });
    expect(patchLoad(`${BUNDLE};{description:fw(t.description,l),deprecated:t.deprecated,}`)).toEqual({ missing: 'parsing of operation descriptions' });
    expect(patchLoad(BUNDLE.replace('h=LT(e.description,n)', 'h=LT(e.summary,n)'))).toEqual({ missing: "description in an operation's content" });
    expect(patchLoad(BUNDLE.replace('200px', '400px'))).toEqual({ missing: 'lazy section margin' });
    expect(patchLoad(BUNDLE.replace('[e.schemaStore])}', '[e])}'))).toEqual({ missing: "schema views' document of all schemas" });
    expect(patchLoad(BUNDLE.replace('content:i?lMe(e,a):null', 'content:lMe(e,a)'))).toEqual({ missing: "kind of an operation's content" });
    expect(patchLoad(BUNDLE.replace('itemVariant:U.HTTP_ITEM', 'itemVariant:U.ITEM'))).toEqual({ missing: "kind of an operation's content" });
    expect(patchLoad(`${BUNDLE};function J3(e,t,n,r){let{processContent:i}=T3.get(),{slug:a}=D3(e,t),l={...c,content:i?lMe(e,a):null}}`)).toEqual({ missing: "operations' content" });
    expect(patchLoad(BUNDLE.replace('r.httpVerb===`schema`&&e&&', 'e&&'))).toEqual({ missing: "entities' routes" });
    expect(patchLoad(BUNDLE.replace('if(!this.config?.otel.isProd)return;', ''))).toEqual({ missing: "telemetry's check that it is configured" });
    expect(patchLoad(BUNDLE.replace('n.sendInitialMessage', 'n.sendMessage'))).toEqual({ missing: "telemetry's first message" });
    expect(patchLoad(BUNDLE.replace('if(!r)return[];', ''))).toEqual({ missing: 'WebMCP tools' });
    expect(patchLoad(BUNDLE.replace('return mje(', 'mje('))).toEqual({ missing: 'WebMCP tools' });
  });
});
