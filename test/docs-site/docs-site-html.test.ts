import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, DocsHtmlError, hardenDocsHtml, inlineScripts } from '../../scripts/emit/docs-site-html.js';

// The shape of what `redocly build-docs --inlineBundle` writes (its template, an SSR'd color-mode
// script, and the module script with the bundle, the spec and the options).
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf8" />
  <title>GitLab API</title>
</head>
<body>
  <div id="redoc"><script>document.documentElement.classList.add("light")</script><div>menu</div></div>
  <script type="module">
  const logo = \`https://cdn.redoc.ly/redoc/logo-mini-full.svg\`, mini = \`https://cdn.redoc.ly/redoc/logo-mini.svg\`;
  const x = "<\\/script>";
  const __redoc_options = {"skipBundle":true,"disableTelemetry":true};
  </script>
</body>
</html>
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScripts', () => {
  it('finds the inline scripts, escaped </script> inside included, and skips src= scripts', () => {
    const scripts = inlineScripts(`${PAGE}<script src="https://x/y.js"></script>`);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe('document.documentElement.classList.add("light")');
    expect(scripts[1]).toContain('__redoc_options');
  });
});

describe('hardenDocsHtml', () => {
  const out = hardenDocsHtml(PAGE);

  it('replaces the remote Redoc logos with data: URLs', () => {
    expect(out).not.toContain('cdn.redoc.ly');
    expect(out.match(/data:image\/svg\+xml;base64,/g)).toHaveLength(2);
  });

  it("switches on Redoc's sanitize option in the browser", () => {
    expect(out).toContain('const __redoc_options = {"sanitize":true,"skipBundle":true,"disableTelemetry":true};');
  });

  it('adds a CSP right after <meta charset> allowing exactly the inline scripts, and an empty icon', () => {
    const head = out.slice(out.indexOf('<head>'), out.indexOf('<title>'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(head)?.[1];
    expect(csp).toBeDefined();
    const scriptSrc = csp!.split('; ').find((d) => d.startsWith('script-src '))!;
    const scripts = inlineScripts(out);
    expect(scriptSrc.split(' ').slice(1).sort()).toEqual(scripts.map(hash).sort());
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    expect(head).toContain('<link rel="icon" href="data:,">');
    expect(head.indexOf('Content-Security-Policy')).toBeGreaterThan(head.indexOf('<meta charset'));
  });

  it('is deterministic', () => {
    expect(hardenDocsHtml(PAGE)).toBe(out);
  });

  it('fails with a message when Redocly output no longer has what it patches', () => {
    expect(() => hardenDocsHtml(PAGE.replace('const __redoc_options = {', 'const opts = {'))).toThrow(DocsHtmlError);
    expect(() => hardenDocsHtml(PAGE.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg/, 'x'))).toThrow(/Redoc logo URL/);
    expect(() => hardenDocsHtml(PAGE.replace('<meta charset="utf8" />', ''))).toThrow(/meta charset/);
  });
});

describe('contentSecurityPolicy', () => {
  it('lists each script hash once', () => {
    expect(contentSecurityPolicy(['a', 'a', 'b'])).toContain(`script-src ${hash('a')} ${hash('b')};`);
  });
});
