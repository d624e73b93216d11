// One docs page -> Page: title (front matter `title:` or the H1, without " API"), introduction,
// metadata, page-level availability, and the endpoints of its sections. The page's shape (11.x,
// legacy DETAILS:, Hugo shortcodes) is decided by what each construct looks like, not by a switch.
import type { Code, Definition, Heading, Root, RootContent } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Availability, Diagnostic, Endpoint, Page, PageResult, ValueList } from '../model.js';
import { newestVersion } from './assemble.js';
import { annotate } from './availability.js';
import { buildEndpoints, type EndpointSection } from './endpoint.js';
import { splitFrontMatter } from './front-matter.js';
import { parseInPieces, visitBlocks } from './markdown.js';
import type { SectionMemo } from './markdown-sections.js';
import { flattenDeepNesting } from './nesting.js';
import { apiInfoReader } from './readme-info.js';
import { cleanProse, isDeprecation, markdownOf } from './section-content.js';
import { sectionGrouper, signaturesIn } from './section-group.js';
import { cleanHeading, sectionSplitter } from './section.js';
import { collectValueLists } from './value-list.js';

/**
 * Parses one page. Pure and synchronous; `file` is relative to the docs root (`templates/gitignores.md`).
 * `chunkBytes`: how large a page is parsed in one go (tests make it small to read pages in pieces).
 * `sections`: the page's sections parsed last time, and where this parse puts its own
 * (scripts/parse/markdown-sections.ts): the same result, micromark run only on what changed.
 */
export function parsePage(file: string, text: string, options: { chunkBytes?: number; sections?: SectionMemo } = {}): PageResult {
  try {
    // micromark drops a leading byte order mark and counts offsets without it: so does the page.
    const front = splitFrontMatter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
    // Nesting no real page uses is cut before remark sees it; the text read from here on is the cut one.
    const flat = flattenDeepNesting(front.body, file);
    // A large page is read a piece at a time and never held whole (scripts/parse/markdown.ts).
    let reader = pageReader(file, flat.text);
    const pieces = parseInPieces(flat.text, reader.add, options);
    if (!pieces.exact) {
      options.sections?.next.clear(); // parsed with a wrong guess of the definitions
      reader = pageReader(file, flat.text);
      parseInPieces(flat.text, reader.add, { ...options, definitions: pieces.definitions });
    }
    const result = reader.finish();
    result.page.metadata = front.data;
    if (typeof front.data.title === 'string' && front.data.title.trim()) result.page.title = pageTitle(front.data.title);
    result.diagnostics = [...front.diagnostics, ...flat.diagnostics, ...result.diagnostics];
    if (!result.page.title) {
      result.diagnostics.push({ file, line: 1, column: 1, ruleId: 'missing-title', severity: 'warning', reason: 'page has neither a front matter `title:` nor an H1' });
    }
    return result;
  } catch (error) {
    // A bug on one odd page must not stop the others: report it on the page, keep going.
    const reason = `page could not be read: ${(error as Error).message.split('\n')[0]}`;
    return {
      page: { file, title: '', description: '', metadata: {}, endpoints: [], source: { file, line: 1, column: 1 } },
      diagnostics: [{ file, line: 1, column: 1, ruleId: 'unreadable-page', severity: 'error', reason }],
    };
  }
}

/**
 * The mdast -> model step. `text` is the markdown the tree was parsed from (positions index into
 * it); with it, descriptions keep the docs' markdown, without it they are plain text.
 */
export function extractEndpoints(tree: Root, file: string, text?: string): PageResult {
  const reader = pageReader(file, text);
  reader.add(tree.children);
  return reader.finish();
}

/**
 * The mdast -> model step over a page's top-level nodes given in order, a few at a time: what the
 * page-wide steps need (heading anchors, link definitions, unclosed fences, the API overview) is
 * gathered node by node, and each endpoint section is built as soon as it is complete.
 */
function pageReader(file: string, text: string | undefined): { add: (nodes: RootContent[]) => void; finish: () => PageResult } {
  const ctx = text === undefined ? { file } : { file, text };
  const lines = text?.split('\n');
  const slugger = new GithubSlugger();
  const anchors = new Map<number, string>();
  const definitions: Record<string, string> = {};
  const valueLists: ValueList[] = [];
  const fences: Diagnostic[] = [];
  const apiInfo = apiInfoReader(file);
  const built: { endpoints: Endpoint[]; diagnostics: Diagnostic[] }[] = [];
  let page: { title?: Heading; titleText: string; intro: RootContent[]; deprecated: boolean; availability?: Availability } | undefined;
  let grouper: ReturnType<typeof sectionGrouper> | undefined;

  const build = (group: EndpointSection, index: number) => {
    const result = buildEndpoints(group, ctx);
    const anchor = anchors.get(group.source.line);
    if (anchor) for (const endpoint of result.endpoints) endpoint.anchor = anchor;
    built[index] = result;
  };
  const splitter = sectionSplitter(file, {
    onIntro({ title, intro: nodes }) {
      const intro = annotate(nodes);
      const titleText = title ? cleanHeading(toString(title)) : '';
      const deprecated = intro.content.some(isDeprecation);
      valueLists.push(...collectValueLists([{ anchor: '', heading: titleText, nodes }], file));
      page = { titleText, intro: intro.content, deprecated, ...(title ? { title } : {}), ...(intro.availability ? { availability: intro.availability } : {}) };
      grouper = sectionGrouper(file, { deprecated, ...(intro.availability ? { availability: intro.availability } : {}) }, build);
      // Small pages (version.md, lint.md) put their one signature right under the H1: the page is the section.
      if (signaturesIn(intro.content, file).length) {
        const source = { file, line: title?.position?.start.line ?? 1, column: 1 };
        grouper.add({ heading: titleText || file, depth: 1, headingPath: [titleText || file], nodes, source });
      }
    },
    onSection(section) {
      // The heading's anchor is in: anchors are taken as nodes arrive, before the splitter sees them.
      valueLists.push(...collectValueLists([{ anchor: anchors.get(section.source.line) ?? '', heading: section.heading, nodes: section.nodes }], file));
      grouper!.add(section);
    },
  });

  return {
    add(nodes) {
      for (const node of nodes) {
        visitBlocks(node, (inner) => {
          if (inner.type === 'heading') addAnchor(inner, slugger, anchors);
          else if (inner.type === 'definition') addDefinition(inner, definitions);
          else if (inner.type === 'code' && lines) {
            const unclosed = unterminatedFence(inner, file, lines);
            if (unclosed) fences.push(unclosed);
          }
        });
        apiInfo.add(node);
        splitter.add(node);
      }
    },
    finish() {
      splitter.finish();
      grouper!.finish();
      const { title, titleText, intro, availability } = page!;
      const result: Page = {
        file,
        title: pageTitle(titleText),
        description: describeIntro(intro, text),
        metadata: {},
        endpoints: built.flatMap((b) => b.endpoints),
        source: { file, line: title?.position?.start.line ?? 1, column: 1 },
      };
      if (availability) result.availability = availability;
      if (Object.keys(definitions).length) result.linkDefinitions = definitions;
      if (valueLists.length) result.valueLists = valueLists;
      const version = mentionedVersion(text);
      if (version) result.mentionedVersion = version;
      const diagnostics = [...built.flatMap((b) => b.diagnostics), ...fences];
      const info = apiInfo.result();
      return info ? { page: result, diagnostics, apiInfo: info } : { page: result, diagnostics };
    },
  };
}

/** A heading's anchor by line, slugged in page order as the docs site does (`#list-issues-1`). */
function addAnchor(heading: Heading, slugger: GithubSlugger, anchors: Map<number, string>): void {
  const text = toString(heading);
  // `## Title {#custom-id}` sets its own anchor
  const slug = /\{#([^}\s]+)\}\s*$/.exec(text)?.[1] ?? slugger.slug(cleanHeading(text));
  if (heading.position) anchors.set(heading.position.start.line, slug);
}

/** `[ce-13060]: https://...` definitions, by label in lower case (the first of a label wins, as in CommonMark). */
function addDefinition(definition: Definition, definitions: Record<string, string>): void {
  const label = (definition.label ?? definition.identifier).replace(/\s+/g, ' ').trim().toLowerCase();
  if (!Object.hasOwn(definitions, label)) definitions[label] = definition.url;
}

function describeIntro(nodes: RootContent[], text: string | undefined): string {
  const prose = nodes.filter((n) => n.type === 'paragraph' || n.type === 'list' || n.type === 'blockquote');
  const ctx = text === undefined ? { file: '' } : { file: '', text };
  return cleanProse(prose.map((node) => markdownOf(node, ctx)).join('\n\n'));
}

/**
 * `Merge requests API` -> `Merge requests`: a trailing "API" that names the page's subject goes.
 * After a preposition it is part of the sentence and stays (`... multiple projects via API`).
 */
export function pageTitle(title: string): string {
  const trimmed = title.trim();
  const match = /^(.*?)\s+API$/i.exec(trimmed);
  if (!match || /\b(?:via|by|through|with|using|from|to|of|for|the|an?)$/i.test(match[1])) return trimmed;
  return match[1].trim();
}

// A release the page announces rather than documents: `scheduled for removal in GitLab 20.0`.
const FUTURE = /(?:remov\w*|planned|scheduled|will\b.*|until|by)\s+(?:in\s+)?$/i;

/**
 * The newest `GitLab NN.N` (or `introduced in vNN.N`, as services.md says it) the page mentions:
 * what the docs say about their version, announcements left out.
 */
function mentionedVersion(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const matches = [...text.matchAll(/(?:GitLab (?:CE |EE )?|\b[Ii]ntroduced in v)(\d{1,2})\.(\d{1,2})\b/g)]
    .filter((m) => !FUTURE.test(text.slice(Math.max(0, m.index - 40), m.index).split('\n').pop() ?? ''));
  return newestVersion(matches.map((m) => `${Number(m[1])}.${Number(m[2])}`));
}

/** A fence that is never closed swallows the rest of the page: say where it opened. */
function unterminatedFence(code: Code, file: string, lines: string[]): Diagnostic | undefined {
  const start = code.position?.start;
  const end = code.position?.end;
  if (!start || !end) return undefined;
  const opening = lines[start.line - 1]?.trim() ?? '';
  const fence = /^(`{3,}|~{3,})/.exec(opening.replace(/^([-*+]|\d+[.)])\s+/, ''));
  if (!fence) return undefined;
  const closing = lines[end.line - 1]?.trim() ?? '';
  if (end.line > start.line && closing.startsWith(fence[1])) return undefined;
  return { file, line: start.line, column: start.column, ruleId: 'unterminated-code-block', severity: 'error',
    reason: `code block opened with ${fence[1]} is never closed; the rest of the page was read as code` };
}
