// Links from the spec to GitLab's published docs, and links inside descriptions made absolute.
// The pages link relatively (`[URL-encoded path](README.md#namespaced-path-encoding)`,
// `../user/permissions.md`) and by reference (`[Introduced][ce-13060]`, defined at the page's
// bottom). In the spec, read far from the pages, a relative link leads nowhere, so each is resolved
// against the page's URL on docs.gitlab.com (11.x scheme: `<base><page>.html#<anchor>`), and each
// reference against the page's definitions. A reference with no definition stays as written and
// is reported. Code spans are left alone (`position[base_sha]` is no link).
import type { SourceRef } from '../model.js';
import type { Context } from './context.js';
import { DOCS_URL, docsPageUrl } from '../docs-url.js';

/** A target the reader's browser can follow as is: `https:`, `mailto:`, ... */
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** One link target written on `page`, made absolute (a docs page's `.md` becomes its `.html`). */
export function resolveTarget(target: string, pageUrl: string): string {
  if (ABSOLUTE.test(target) || target.startsWith('//')) return target;
  // The same few targets come back on every operation (`README.md#namespaced-path-encoding` in each
  // `id`'s description): URL parsing once per page and target.
  const key = `${pageUrl}\n${target}`;
  let resolved = resolvedTargets.get(key);
  if (resolved === undefined) {
    if (resolvedTargets.size >= 10_000) resolvedTargets.clear();
    resolvedTargets.set(key, (resolved = resolveRelative(target, pageUrl)));
  }
  return resolved;
}

const resolvedTargets = new Map<string, string>();

function resolveRelative(target: string, pageUrl: string): string {
  const [path, fragment] = splitFragment(target);
  const page = path.replace(/\.md$/, '.html');
  try {
    return new URL(page, pageUrl).href.replace(/#.*$/, '') + fragment;
  } catch {
    return target;
  }
}

function splitFragment(target: string): [string, string] {
  const at = target.indexOf('#');
  return at === -1 ? [target, ''] : [target.slice(0, at), target.slice(at)];
}

export interface LinkContext {
  pageUrl: string;
  /** The page's reference definitions, by label in lower case. */
  definitions: Record<string, string>;
  /** Called once per reference with no definition. */
  unresolved?: (label: string) => void;
  /**
   * Texts of the page already resolved, none of their references left unresolved: one page repeats
   * a few (`[URL-encoded path of the project](README.md#...)` in every `id`).
   */
  resolved?: Map<string, string>;
}

// `[text](target "title")` and `![alt](target)`: the target up to whitespace or `)`.
const INLINE = /(\]\()(<[^>\n]*>|[^)\s]+)((?:\s+"[^"\n]*")?\))/g;
// `[text][label]`, `[label][]`, and `[label]` alone (not followed by `(`, `[` or `:`).
const REFERENCE = /(!?\[)((?:[^\][\n]|\[[^\][\n]*\])*)\](?:\[([^\][\n]*)\]|(?![([:]))/g;

/**
 * What a transform writes a description with: the page's links resolved (resolveLinks with the
 * page's LinkContext), or the text as written (AS_WRITTEN) where no page is at hand.
 */
export type Describe = (markdown: string) => string;
export const AS_WRITTEN: Describe = (markdown) => markdown;

/** Resolves the links of a markdown text (rules at the top of this file). */
export function resolveLinks(markdown: string, ctx: LinkContext): string {
  // Every link starts with `[`: most descriptions have none (the spec stage resolves thousands).
  if (!markdown.includes('[')) return markdown;
  const known = ctx.resolved?.get(markdown);
  if (known !== undefined) return known;
  // A text with a reference left unresolved is not kept: each place reports it.
  let clean = true;
  const local: LinkContext = ctx.resolved ? { ...ctx, unresolved: (label) => { clean = false; ctx.unresolved?.(label); } } : ctx;
  // Odd pieces are code spans: kept verbatim.
  const resolved = markdown
    .split(/(`+[^`]*?`+)/)
    .map((piece, index) => (index % 2 === 1 ? piece : resolveInText(piece, local)))
    .join('');
  if (clean) ctx.resolved?.set(markdown, resolved);
  return resolved;
}

function resolveInText(text: string, ctx: LinkContext): string {
  const inline = text.replace(INLINE, (_all, open: string, target: string, close: string) => {
    const bare = target.startsWith('<') ? target.slice(1, -1) : target;
    return `${open}${resolveTarget(bare, ctx.pageUrl)}${close}`;
  });
  return inline.replace(REFERENCE, (all: string, open: string, text: string, label: string | undefined) => {
    const key = (label === undefined || label === '' ? text : label).replace(/\s+/g, ' ').trim().toLowerCase();
    if (key === '') return all;
    const url = Object.hasOwn(ctx.definitions, key) ? ctx.definitions[key] : undefined;
    if (url === undefined) {
      // A shortcut `[x]` with no definition is usually not meant as a link (`[DEPRECATED]`).
      if (label !== undefined) ctx.unresolved?.(label === '' ? text : label);
      return all;
    }
    return `${open}${text}](${resolveTarget(url, ctx.pageUrl)})`;
  });
}

/**
 * Resolves the links of every `description` in an object of the spec (a tag), in place. Examples
 * are data from the API, not prose: `example` and `examples` are not entered, nor `x-source` (a file
 * and line). Operations do not need it: each description is written resolved (Describe), which
 * spares a walk over every object of every operation (about a tenth of the stage's first call).
 */
export function resolveDescriptions(node: object, ctx: LinkContext): void {
  const described: Record<string, unknown>[] = [];
  findDescribed(node, described);
  for (let i = 0; i < described.length; i++) {
    const record = described[i];
    const value = record.description as string;
    const resolved = resolveLinks(value, ctx);
    if (resolved !== value) record.description = resolved;
  }
}

/** The objects under `node` whose `description` may hold a link (a `[`), in the walk's order. */
function findDescribed(node: object, described: Record<string, unknown>[]): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i];
      if (typeof item === 'object' && item !== null) findDescribed(item, described);
    }
    return;
  }
  // `for...in` over plain objects: no array of keys per object.
  const record = node as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (typeof value === 'object') {
      if (value !== null && key !== 'example' && key !== 'examples' && key !== 'x-source') findDescribed(value, described);
    } else if (key === 'description' && typeof value === 'string' && value.includes('[')) {
      described.push(record);
    }
  }
}

const NO_DEFINITIONS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * A LinkContext for one page that reports each unresolved reference once, at `source`; `resolved`,
 * the page's texts resolved so far (one map per page and document: see LinkContext).
 */
export function pageLinkContext(
  file: string,
  definitions: Record<string, string> | undefined,
  source: SourceRef,
  ctx: Context,
  base = DOCS_URL,
  resolved?: Map<string, string>,
): LinkContext {
  let reported: Set<string> | undefined;
  return {
    pageUrl: docsPageUrl(file, base),
    definitions: definitions ?? NO_DEFINITIONS,
    ...(resolved ? { resolved } : {}),
    unresolved(label) {
      if (reported?.has(label)) return;
      (reported ??= new Set()).add(label);
      ctx.report(source, 'unresolved-link-reference', 'warning',
        `the link reference \`[${label}]\` has no definition on the page; left as written`);
    },
  };
}
