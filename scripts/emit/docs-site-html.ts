// Post-processing of the Redoc page (the template, docs-site-template.ts), so that it works behind
// a firewall and treats the spec as untrusted:
// - Redoc's attribution logo is fetched from cdn.redoc.ly at run time: it becomes a data: URL.
// - The site's own script (docs-site-page.ts) goes into the head, and Redoc's search scoring calls
//   its boost; the search index is built a little faster (docs-site-search.ts), and Redoc does less
//   work before the first render and when an operation opens (docs-site-load.ts).
// - A Content-Security-Policy allows exactly the page's own inline scripts (by hash) and nothing
//   remote, so a script that slipped through the markdown could still not run or call home. The
//   spec's JSON data block is not a script that runs, so it needs no hash.
// Each step checks that it found what it patches: a new @redocly/cli that renders differently fails
// the build with a message instead of silently producing a page that needs the network.
import { createHash } from 'node:crypto';
import { patchLoad } from './docs-site-load.js';
import { patchSearch } from './docs-site-search.js';

/** The remote logos Redoc 3 shows under the sidebar ("API docs by ..."). */
const REMOTE_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

/** A local stand-in: the attribution stays, as text, with no request. */
function logoDataUrl(text: string, width: number): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16" viewBox="0 0 ${width} 16">` +
    `<text x="0" y="12" font-family="sans-serif" font-size="12" font-weight="600" fill="#0044D4">${text}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const LOCAL_LOGOS = [logoDataUrl('Redocly', 56), logoDataUrl('R', 10)];

export class DocsHtmlError extends Error {}

function replaceAllOrFail(html: string, search: string, replacement: string, what: string): string {
  if (!html.includes(search)) {
    throw new DocsHtmlError(`docs site: the page built by @redocly/cli has no ${what} (looked for ${JSON.stringify(search)}); its output format changed, update scripts/emit/docs-site-html.ts`);
  }
  return html.split(search).join(replacement);
}

/** The inline `<script>` bodies that run, in order (an inline bundle escapes `</script` inside). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(match[1]) || /\btype\s*=\s*"application\/json"/i.test(match[1])) continue;
    scripts.push(match[2]);
  }
  return scripts;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page whose scripts are exactly `scripts`. */
export function contentSecurityPolicy(scripts: string[]): string {
  const hashes = [...new Set(scripts.map(sha256))].join(' ');
  return [
    "default-src 'none'",
    `script-src ${hashes}`,
    // styled-components writes <style> elements and style attributes at run time.
    "style-src 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The template, made offline and hardened, with the site's script; deterministic. */
export function hardenTemplate(html: string, pageScript: string): string {
  let out = html;
  REMOTE_LOGOS.forEach((url, i) => {
    out = replaceAllOrFail(out, url, LOCAL_LOGOS[i], 'Redoc logo URL');
  });
  const searched = patchSearch(out);
  if ('missing' in searched) throw new DocsHtmlError(`docs site: the Redoc bundle of @redocly/cli has no ${searched.missing} to patch (its code changed); update scripts/emit/docs-site-search.ts`);
  out = searched.bundle;
  const lighter = patchLoad(out);
  if ('missing' in lighter) throw new DocsHtmlError(`docs site: the Redoc bundle of @redocly/cli has no ${lighter.missing} to patch (its code changed); update scripts/emit/docs-site-load.ts`);
  out = lighter.bundle;
  // `</script` cannot occur in the script's text: esbuild escapes it in strings.
  const headEnd = out.indexOf('</head>');
  if (headEnd < 0) throw new DocsHtmlError('docs site: the page built by @redocly/cli has no </head>; update scripts/emit/docs-site-html.ts');
  out = `${out.slice(0, headEnd)}  <script>${pageScript}</script>\n${out.slice(headEnd)}`;
  const scripts = inlineScripts(out);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scripts)}">`;
  // An empty icon: otherwise the browser asks the server for /favicon.ico and logs a 404.
  const icon = '<link rel="icon" href="data:,">';
  // Right after <meta charset>: a policy only governs what comes after it in the document.
  out = out.replace(/<meta charset="[^"]*"\s*\/?>/i, (charset) => `${charset}\n  ${meta}\n  ${icon}`);
  if (!out.includes(meta)) throw new DocsHtmlError('docs site: the page built by @redocly/cli has no <meta charset>; update scripts/emit/docs-site-html.ts');
  return out;
}
