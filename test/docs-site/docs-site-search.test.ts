// The search ranking's boost (docs-site-search.ts), as Redoc calls it: lowered document, query words.
// Which operation a reader means by a query is taken from the docs pages named beside each case.
import { describe, expect, it } from 'vitest';
import { patchSearch, searchBoost } from '../../scripts/emit/docs-site-search.js';

const boost = (route: string, query: string) => {
  const [method, path] = route.split(' ');
  return searchBoost({ httpMethod: method.toLowerCase(), httpPath: path }, { words: query.split(' ') });
};

describe('searchBoost', () => {
  it.each([
    // merge_requests.md: "List merge requests" GET /merge_requests, "Create MR" POST /projects/:id/merge_requests
    ['merge request', 'GET /merge_requests', 'DELETE /projects/{id}/merge_requests/{merge_request_iid}/notes/{note_id}'],
    ['merge request', 'POST /projects/{id}/merge_requests', 'POST /projects/{id}/merge_requests/{merge_request_iid}/discussions'],
    // protected_branches.md: "Protect repository branches" POST /projects/:id/protected_branches
    ['protected branch', 'POST /projects/{id}/protected_branches', 'POST /projects/{id}/repository/branches'],
    // pipelines.md: "List project pipelines"; merge_requests.md's cancel_merge_when_pipeline_succeeds names a pipeline but is no pipeline
    ['pipeline', 'GET /projects/{id}/pipelines', 'PUT /projects/{id}/merge_requests/{merge_request_iid}/cancel_merge_when_pipeline_succeeds'],
    ['pipeline', 'GET /projects/{id}/pipelines', 'GET /projects/{id}/pipeline_schedules'],
    // issues.md: "New issue" POST /projects/:id/issues
    ['create issue', 'POST /projects/{id}/issues', 'GET /projects/{id}/issues'],
    ['create issue', 'POST /projects/{id}/issues', 'POST /projects/{id}/issues/{issue_iid}/notes'],
  ])('"%s": %s above %s', (query, meant, other) => {
    expect(boost(meant, query)).toBeGreaterThan(boost(other, query));
  });

  it('a collection comes before its items, a shorter route before a longer one', () => {
    expect(boost('GET /projects/{id}/issues', 'issue')).toBeGreaterThan(boost('GET /projects/{id}/issues/{issue_iid}', 'issue'));
    expect(boost('GET /issues', 'issue')).toBeGreaterThan(boost('GET /projects/{id}/issues', 'issue'));
  });

  it('gives nothing to a route the query does not describe, nor to results without a route', () => {
    expect(boost('GET /projects/{id}/issues', 'merge request')).toBe(0);
    expect(boost('GET /projects/{id}/issues', 'delete issue')).toBe(0);
    expect(searchBoost({ title: 'issues' }, { words: ['issue'] })).toBe(0);
  });
});

describe('patchSearch', () => {
  // Redoc 3.0.1's code, names as minified in @redocly/cli 2.77.0.
  const INDEXER = 'var wDe=class{#e=[];#t;#n;#r;#i;#a;#o;#s;constructor(e,t,n,r={}){this.#t=e,this.#n=t,this.#r=n,this.#i=r.formatDescription??JT,this.#a=r.exampleStore,this.#o=r.graphqlMeta,this.#s=new UEe({schemaStore:t,document:n,formatDescription:this.#i})}addItem(e,t=[]){if(e.link&&e.content)try{switch(e.content.contentType){case nh.OVERVIEW:this.#l(e,this.#t,t)}}catch{}}}';
  const BUNDLE = [
    'function a4(e,t,n,r){let i=cOe(e.title,n,r);return(i?i+lOe(e.title,r):0)+uOe(t,n)+n.parameterScore}',
    'var MDe=[`title`,`httpPath`,`paramNames`,`all`]',
    'u4=8;async function DOe(e,t,n,r){let i=new wDe(n,t.schemaStore,r,{exampleStore:t.exampleStore,graphqlMeta:t.graphqlMeta})}',
    'oDe={extract(e,t){for(let n of e.responses??[])rV(n)||(sDe(n,t),t.hasSchemas&&cDe(n,t))}}',
    'function w(r,t){if(r.nodeType===W.MARKDOC)m0(r.content,t);else if(r.nodeType===W.SECURITY)bDe(r,t);else x()}',
    INDEXER,
    'let n=(e,t)=>{for(let r of e)if(r.nodeType===W.ITEM){let e=r;if(rV(e))continue;if(e.variant===`callback`&&e.callback)x()}}',
    'let l=e.content.itemVariant===U.SCHEMA&&typeof c==`string`',
    'class UEe{extractSchemaFields({schemaId:e,...t},n={}){let r=this.#e?.[e];r&&r.kind===ih.JSON_SCHEMA&&this.x(r.data)}}',
    'var EOe=class{_index=$De();_documents=new Map;_lowerDocuments=new Map}',
  ].join(';');

  it('adds the boost to the score, builds the index in 50 ms slices, without response fields nor per-operation security, from items made for it, with a scan for candidates', () => {
    const patched = patchSearch(BUNDLE);
    const store = (name: string) => `(globalThis.__gitlabSearchStore??(s=>s))(t.${name})`;
    expect(patched).toEqual({ bundle: [
      'function a4(e,t,n,r){let i=cOe(e.title,n,r);return(i?i+lOe(e.title,r):0)+uOe(t,n)+n.parameterScore+(globalThis.__gitlabSearchBoost?.(e,r)??0)}',
      'var MDe=[`title`,`httpPath`,`paramNames`,`all`]',
      `u4=50;async function DOe(e,t,n,r){let i=new wDe(n,${store('schemaStore')},r,{exampleStore:${store('exampleStore')},graphqlMeta:t.graphqlMeta})}`,
      'oDe={extract(e,t){for(let n of e.responses??[])rV(n)||(sDe(n,t))}}',
      'function w(r,t){if(r.nodeType===W.MARKDOC)m0(r.content,t);else if(r.nodeType===W.SECURITY)t.isOverview&&bDe(r,t);else x()}',
      INDEXER.replace('addItem(e,t=[]){', 'addItem(e,t=[]){e=globalThis.__gitlabSearchItem?.(e,{document:this.#r,schemas:this.#n,examples:this.#a,kinds:{nodes:W,content:nh,variants:U,schemas:ih}})??e;'),
      'let n=(e,t)=>{for(let r of e)if(r.nodeType===W.ITEM){let e=r;if(rV(e))continue;if(e.variant===`callback`&&e.callback)x()}}',
      'let l=e.content.itemVariant===U.SCHEMA&&typeof c==`string`',
      'class UEe{extractSchemaFields({schemaId:e,...t},n={}){let r=this.#e?.[e];r&&r.kind===ih.JSON_SCHEMA&&this.x(r.data)}}',
      'var EOe=class{_index=globalThis.__gitlabSearchIndex?.()??$De();_documents=new Map;_lowerDocuments=new Map}',
    ].join(';') });
  });

  it('says what it did not find, and patches nothing twice', () => {
    expect(patchSearch(BUNDLE.replace('parameterScore}', 'parameterScore*2}'))).toEqual({ missing: 'search score function' });
    const slice = 'u4=8;async function DOe(e,t,n,r){let i=new wDe(n,t.schemaStore,r)}';
    expect(patchSearch(`${BUNDLE};${slice}`)).toEqual({ missing: 'search indexing time slice' });
    expect(patchSearch(BUNDLE.replace('t.hasSchemas&&cDe(n,t)', 'cDe(n,t)'))).toEqual({ missing: 'search indexing of response fields' });
    expect(patchSearch(BUNDLE.replace('.SECURITY)bDe(r,t)', '.SECURITY)bDe(t,r)'))).toEqual({ missing: 'search indexing of security schemes' });
    const kinds = { missing: "search indexer's node types, item variants or schema kinds" };
    expect(patchSearch(BUNDLE.replace('r.nodeType===W.ITEM', 'r.kind===W.ITEM'))).toEqual(kinds);
    expect(patchSearch(`${BUNDLE};x.content.itemVariant===V.SCHEMA&&typeof y`)).toEqual(kinds);
    expect(patchSearch(BUNDLE.replace('ih.JSON_SCHEMA', 'ih.SCHEMA'))).toEqual(kinds);
    expect(patchSearch(BUNDLE.replace('this.#a=r.exampleStore', 'this.#a=r.examples'))).toEqual({ missing: "search indexer's reading of an item" });
    expect(patchSearch(BUNDLE.replace('case nh.OVERVIEW', 'case nh.ROOT'))).toEqual({ missing: "search indexer's reading of an item" });
    expect(patchSearch(BUNDLE.replace('{exampleStore:t.exampleStore', '{examples:t.exampleStore'))).toEqual({ missing: "search indexer's stores" });
    expect(patchSearch(BUNDLE.replace('_index=$De()', '_index=$De(1)'))).toEqual({ missing: 'search candidate index' });
  });
});
