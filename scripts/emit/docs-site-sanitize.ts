// Descriptions on the docs site are the markdown GitLab's docs use, nothing more: a spec (ours, or
// a fork's) cannot restyle or script the page through them. Redoc 3 renders raw HTML from markdown
// (a `<style>` in a page's introduction blanked the whole site) and Markdoc tags and annotations
// (`{% .class #id %}` sets attributes, `{% html %}` makes elements). So, per description:
// - raw HTML: a short allowlist of bare tags stays (`<br>`, `<sup>`, `<code>`, ...: what the docs
//   write); comments go; any other tag is escaped (`&lt;style>`), so it shows as the text it is.
//   A character reference rather than `\<`: Redoc runs DOMPurify over the markdown source, which
//   would parse `\<img onerror=...>` as an element (in an inert document, but Chromium still
//   reports each handler to the CSP);
// - Markdoc tag openers `{%` are escaped outside code, also when written as a character reference
//   (`&#123;%`: Markdoc reads tags after markdown-it has decoded references).
// Redoc's own `sanitize` option (DOMPurify) and the page's Content-Security-Policy stay on behind it.
import type { Root, Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Tags kept when written bare (no attributes), opening, closing or self-closing. */
export const ALLOWED_TAGS = ['br', 'p', 'sup', 'sub', 'code', 'kbd', 'em', 'strong', 'b', 'i', 's', 'del'];

const ALLOWED = new RegExp(`^<\\/?(${ALLOWED_TAGS.join('|')})\\s*\\/?>$`, 'i');
const COMMENT = /^<!--[\s\S]*?-->$/;
/** `{` and `%` written as character references, which markdown-it decodes before Markdoc reads tags. */
const BRACE_REFERENCE = /&(#0*123|#x0*7b|lbrace|lcub);/gi;
const PERCENT_REFERENCE = /&(#0*37|#x0*25|percnt);/gi;

const processor = unified().use(remarkParse).use(remarkGfm);

interface Edit {
  start: number;
  end: number;
  text: string;
}

function offsets(node: Nodes): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** Escapes every `<` of a piece of raw HTML as `&lt;`, which markdown shows as a literal `<`. */
function escapeHtml(raw: string): string {
  return raw.replace(/</g, '&lt;');
}

/** `{%` outside code, as text: `\{%`; a `{` reference before `%` becomes `\{` too. */
function escapeTags(raw: string): string {
  return raw.replace(BRACE_REFERENCE, '{').replace(PERCENT_REFERENCE, '%').replace(/(\\*)\{(\s*)%/g, (all, slashes: string, space: string) => (slashes.length % 2 === 1 ? all : `${slashes}\\{${space}%`));
}

function edits(text: string, tree: Root): Edit[] {
  const found: Edit[] = [];
  const code: [number, number][] = [];
  visit(tree, (node) => {
    const at = offsets(node as Nodes);
    if (!at) return;
    if (node.type === 'html') {
      const raw = text.slice(at[0], at[1]);
      if (COMMENT.test(raw.trim())) found.push({ start: at[0], end: at[1], text: '' });
      else if (!ALLOWED.test(raw.trim())) found.push({ start: at[0], end: at[1], text: escapeHtml(raw) });
      code.push(at);
    } else if (node.type === 'code' || node.type === 'inlineCode') code.push(at);
  });
  // Between code and HTML: the prose, where a Markdoc tag could open.
  code.sort((a, b) => a[0] - b[0]);
  let from = 0;
  for (const [start, end] of [...code, [text.length, text.length] as [number, number]]) {
    if (start > from) {
      const raw = text.slice(from, start);
      const escaped = escapeTags(raw);
      if (escaped !== raw) found.push({ start: from, end: start, text: escaped });
    }
    from = Math.max(from, end);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `text` (markdown) with raw HTML outside the allowlist and Markdoc tags neutralised. */
export function sanitizeMarkdown(text: string): string {
  // Most descriptions hold no tag, no `{%` and no character reference: nothing to parse.
  if (!/<[!/a-z?]|\{\s*%|&(#|[a-z]+;)/i.test(text)) return text;
  let out = text;
  // Escaping can make markdown read differently (an HTML block becomes a paragraph): until stable.
  for (let round = 0; round < 4; round++) {
    const found = edits(out, processor.parse(out));
    if (found.length === 0) return out;
    let next = '';
    let at = 0;
    for (const edit of found) {
      if (edit.start < at) continue;
      next += out.slice(at, edit.start) + edit.text;
      at = edit.end;
    }
    out = next + out.slice(at);
  }
  // Still not stable: give the text as code, which nothing renders as markup.
  return `\`\`\`\n${text.replace(/`{3,}/g, (fence) => fence.split('').join('\u200b'))}\n\`\`\``;
}
