import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, DocsHtmlError, hardenTemplate, inlineScripts } from '../../scripts/emit/docs-site-html.js';

// The shape of a template page (docs-site-template.ts): the color-mode script in the head, the
// module script with Redoc's bundle (here only the code the site patches) and the boot code.
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf8" />
  <title>GitLab API</title>
</head>
<body>
  <script>document.documentElement.classList.add("light")</script>
  <div id="redoc"></div>
  <script type="module">
  const logo = \`https://cdn.redoc.ly/redoc/logo-mini-full.svg\`, mini = \`https://cdn.redoc.ly/redoc/logo-mini.svg\`;
  const x = "<\\/script>";
  function a4(e,t,n,r){let i=cOe(e.title,n,r);return(i?i+lOe(e.title,r):0)+uOe(t,n)+n.parameterScore}
  var MDe=[\`title\`,\`httpPath\`,\`paramNames\`,\`all\`],u4=8;async function DOe(e,t,n,r){let i=new wDe(n,t.schemaStore,r,{exampleStore:t.exampleStore,graphqlMeta:t.graphqlMeta})}
  var wDe=class{constructor(e,t,n,r={}){this.#t=e,this.#n=t,this.#r=n,this.#i=r.formatDescription??JT,this.#a=r.exampleStore,this.#s=new UEe({schemaStore:t})}addItem(e,t=[]){if(e.link&&e.content)try{switch(e.content.contentType){case nh.OVERVIEW:x()}}catch{}}}
  let walk=(e,t)=>{for(let r of e)if(r.nodeType===W.ITEM){let e=r;if(rV(e))continue;if(e.variant===\`callback\`)x()}},l=e.content.itemVariant===U.SCHEMA&&typeof c;
  class UEe{extractSchemaFields({schemaId:e,...t},n={}){let r=this.#e?.[e];r&&r.kind===ih.JSON_SCHEMA&&x()}}
  var EOe=class{_index=$De();_documents=new Map;};
  ete=Hm(e=>{function n(e){for(let r of e){let e=r.content?.meta?.name;r.httpVerb===\`schema\`&&e&&r.routeSlug&&(t[e]=r.routeSlug)}}});
  oDe={extract(e,t){for(let n of e.responses??[])rV(n)||(sDe(n,t),t.hasSchemas&&cDe(n,t))}};
  function w(r,t){if(r.nodeType===W.MARKDOC)m0(r.content,t);else if(r.nodeType===W.SECURITY)bDe(r,t);else x()}
  function LT(e,t){let r=fw(e,t);if(typeof r==\`string\`)return[{kind:\`markdoc\`,node:{nodeType:W.MARKDOC,content:r}}]}
  function jje(t,l){return{summary:t.summary,description:fw(t.description,l),deprecated:t.deprecated,isWebhook:i}}
  function lMe(e,n){let h=[];e.description&&(HT(e.description,m,W3),h=LT(e.description,n));return{contentType:nh.ITEM,itemVariant:U.HTTP_ITEM,meta:{name:e.summary},children:h}}
  var HH=\`0px 0px 200px 0px\`,UH=100;function WH({sectionId:e,eager:t=!1,children:n}){}
  function J3(e,t,n,r){let{processContent:i}=T3.get(),{slug:a,...c}=D3(e,t),l={...c,link:a,content:i?lMe(e,a):null};n.push(l)}
  class Tj{send(e,t,n){try{if(!this.config?.otel.isProd)return;this.post(e)}catch{}}}
  function zV(){n.sendInitialMessage([qce({items:o})])}
  async function mje(e,t,n){let r=pje();if(!r)return[];for(let a of e)await r.registerTool(a)}
  function Sje(e){let i=new AbortController;return mje(xje({items:e}),i.signal)}
  function NS(){let e=H(ph);return(0,B.useMemo)(()=>{let t={};return Object.keys(e.schemaStore).forEach(n=>{t[n]=e.schemaStore[n].data}),{openapi:\`3.0.0\`,components:{schemas:t}}},[e.schemaStore])}
  const __redoc_options = {"skipBundle":true,"disableTelemetry":true};
  </script>
</body>
</html>
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScripts', () => {
  it('finds the inline scripts, escaped </script> inside included, and skips src= scripts and data blocks', () => {
    const scripts = inlineScripts(`${PAGE}<script src="https://x/y.js"></script><script type="application/json" id="s">{}</script>`);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe('document.documentElement.classList.add("light")');
    expect(scripts[1]).toContain('__redoc_options');
  });
});

const SCRIPT = 'globalThis.__gitlabSearchBoost = () => 0;';

describe('hardenTemplate', () => {
  const out = hardenTemplate(PAGE, SCRIPT);

  it('replaces the remote Redoc logos with data: URLs', () => {
    expect(out).not.toContain('cdn.redoc.ly');
    expect(out.match(/data:image\/svg\+xml;base64,/g)).toHaveLength(2);
  });

  it("puts the site's script in the head and makes Redoc's search score call its boost", () => {
    expect(out.slice(0, out.indexOf('</head>'))).toContain(`<script>${SCRIPT}</script>`);
    expect(out).toContain('+uOe(t,n)+n.parameterScore+(globalThis.__gitlabSearchBoost?.(e,r)??0)}');
  });

  it("makes Redoc ask the site's script which operation descriptions it may parse when rendered", () => {
    expect(out).toContain('description:globalThis.__gitlabKeepsDescriptionText?.(t.description)?t.description:fw(t.description,l),');
  });

  it('adds a CSP right after <meta charset> allowing exactly the inline scripts, and an empty icon', () => {
    const head = out.slice(out.indexOf('<head>'), out.indexOf('<title>'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(head)?.[1];
    expect(csp).toBeDefined();
    const scriptSrc = csp!.split('; ').find((d) => d.startsWith('script-src '))!;
    const scripts = inlineScripts(out);
    expect(scripts).toHaveLength(3);
    expect(scriptSrc.split(' ').slice(1).sort()).toEqual(scripts.map(hash).sort());
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    expect(head).toContain('<link rel="icon" href="data:,">');
    expect(head.indexOf('Content-Security-Policy')).toBeGreaterThan(head.indexOf('<meta charset'));
  });

  it('is deterministic', () => {
    expect(hardenTemplate(PAGE, SCRIPT)).toBe(out);
  });

  it('fails with a message when Redocly output no longer has what it patches', () => {
    expect(() => hardenTemplate(PAGE.replace('n.parameterScore}', 'n.parameterScore*2}'), SCRIPT)).toThrow(/no search score function/);
    expect(() => hardenTemplate(PAGE.replace('u4=8', 'u4=9'), SCRIPT)).toThrow(DocsHtmlError);
    expect(() => hardenTemplate(PAGE.replace('t.hasSchemas&&cDe(n,t)', 'cDe(n,t)'), SCRIPT)).toThrow(/no search indexing of response fields/);
    expect(() => hardenTemplate(PAGE.replace('HH=`0px 0px 200px 0px`', 'HH=`0px`'), SCRIPT)).toThrow(/no lazy section margin to patch .*docs-site-load\.ts/);
    expect(() => hardenTemplate(PAGE.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg/, 'x'), SCRIPT)).toThrow(/Redoc logo URL/);
    expect(() => hardenTemplate(PAGE.replace('<meta charset="utf8" />', ''), SCRIPT)).toThrow(/meta charset/);
  });
});

describe('contentSecurityPolicy', () => {
  it('lists each script hash once', () => {
    expect(contentSecurityPolicy(['a', 'a', 'b'])).toContain(`script-src ${hash('a')} ${hash('b')};`);
  });
});
