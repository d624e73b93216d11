// The patches that make Redoc do less before the first render and when an operation opens
// (docs-site-load.ts), on pieces of Redoc 3's bundle as @redocly/cli ships it; and which
// descriptions may wait to be parsed. The page itself is tested in Chromium: the same elements as a
// plain Redoc build with an operation open (docs-site-template.test.ts), the search's ranking
// (docs-site-browser.test.ts).
import { describe, expect, it } from 'vitest';
import { keepsDescriptionText, patchLoad, sharedSchemaDocument } from '../../scripts/emit/docs-site-load.js';

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

describe('patchLoad', () => {
  // Redoc 3.0.1's code, names as minified in @redocly/cli 2.77.0.
  const BUNDLE = [
    'function LT(e,t){let r=fw(e,t);if(typeof r==`string`)return[{kind:`markdoc`,node:{nodeType:W.MARKDOC,content:r}}];return[]}',
    'function jje(t,l){return{...t,description:fw(t.description,l),deprecated:t.deprecated,isWebhook:i}}',
    'function lMe(e){let h=[];e.description&&(HT(e.description,m,W3),h=LT(e.description,n));return h}',
    'var HH=`0px 0px 200px 0px`,UH=100;function WH({sectionId:e,eager:t=!1,children:n}){}',
    'function NS(){let e=H(ph);return(0,B.useMemo)(()=>{let t={};return Object.keys(e.schemaStore).forEach(n=>{let r=e.schemaStore[n],i=n.split(`/`).pop()??n;t[i]=r.data}),{openapi:`3.0.0`,components:{schemas:t}}},[e.schemaStore])}',
  ].join(';');

  it('keeps descriptions as text the page script lets through, one markdown node each, mounts no section for touching the viewport, shares the schemas document', () => {
    expect(patchLoad(BUNDLE)).toEqual({ bundle: [
      'function LT(e,t){let r=fw(e,t);if(typeof r==`string`)return[{kind:`markdoc`,node:{nodeType:W.MARKDOC,content:r}}];return[]}',
      'function jje(t,l){return{...t,description:globalThis.__gitlabKeepsDescriptionText?.(t.description)?t.description:fw(t.description,l),deprecated:t.deprecated,isWebhook:i}}',
      'function lMe(e){let h=[];e.description&&(HT(e.description,m,W3),h=typeof e.description==`string`?[{kind:`markdoc`,node:{nodeType:W.MARKDOC,content:e.description}}]:LT(e.description,n));return h}',
      'var HH=`-1px 0px 200px 0px`,UH=100;function WH({sectionId:e,eager:t=!1,children:n}){}',
      'function NS(){let e=H(ph);return(0,B.useMemo)(()=>(globalThis.__gitlabSharedSchemaDocument??((s,b)=>b()))(e.schemaStore,()=>{let t={};return Object.keys(e.schemaStore).forEach(n=>{let r=e.schemaStore[n],i=n.split(`/`).pop()??n;t[i]=r.data}),{openapi:`3.0.0`,components:{schemas:t}}}),[e.schemaStore])}',
    ].join(';') });
  });

  it('says what it did not find, and patches nothing twice', () => {
    expect(patchLoad(BUNDLE.replace('nodeType:W.MARKDOC', 'nodeType:X.MARKDOC') + ';[{kind:`markdoc`,node:{nodeType:W.MARKDOC,content:r}}]')).toEqual({ missing: 'markdown node of a description' });
    expect(patchLoad(BUNDLE.replace('description:fw(t.description,l)', 'description:t.description'))).toEqual({ missing: 'parsing of operation descriptions' });
    expect(patchLoad(`${BUNDLE};{description:fw(t.description,l),deprecated:t.deprecated,}`)).toEqual({ missing: 'parsing of operation descriptions' });
    expect(patchLoad(BUNDLE.replace('h=LT(e.description,n)', 'h=LT(e.summary,n)'))).toEqual({ missing: "description in an operation's content" });
    expect(patchLoad(BUNDLE.replace('200px', '400px'))).toEqual({ missing: 'lazy section margin' });
    expect(patchLoad(BUNDLE.replace('[e.schemaStore])}', '[e])}'))).toEqual({ missing: "schema views' document of all schemas" });
  });
});
