// One docs page -> Page: title (front matter `title:` or the H1, without " API"), introduction,
// metadata, page-level availability, and the endpoints of its sections. The page's shape (11.x,
// legacy DETAILS:, Hugo shortcodes) is decided by what each construct looks like, not by a switch.
import type { Code, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Availability, Diagnostic, Endpoint, Page, PageResult } from '../model.js';
import { newestVersion } from './assemble.js';
import { annotate, mergeAvailability } from './availability.js';
import { buildEndpoints, type EndpointSection } from './endpoint.js';
import { splitFrontMatter } from './front-matter.js';
import { readApiInfo } from './readme-info.js';
import { cleanProse, isDeprecation, markdownOf } from './section-content.js';
import { cleanHeading, splitSections, type Section } from './section.js';
import { findSignatures, type Signature } from './signature.js';
import { collectValueLists } from './value-list.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/** Parses one page. Pure and synchronous; `file` is relative to the docs root (`templates/gitignores.md`). */
export function parsePage(file: string, text: string): PageResult {
  try {
    const front = splitFrontMatter(text, file);
    const tree = processor.parse(front.body);
    const result = extractEndpoints(tree, file, front.body);
    result.page.metadata = front.data;
    if (typeof front.data.title === 'string' && front.data.title.trim()) result.page.title = pageTitle(front.data.title);
    result.diagnostics.unshift(...front.diagnostics);
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
  const ctx = text === undefined ? { file } : { file, text };
  const diagnostics: Diagnostic[] = [];
  const split = splitSections(tree.children, file);
  const intro = annotate(split.intro);
  const titleText = split.title ? cleanHeading(toString(split.title)) : '';
  const sections = split.sections;
  const anchors = headingAnchors(tree);
  const valueLists = collectValueLists([
    { anchor: '', heading: titleText, nodes: split.intro },
    ...sections.map((section) => ({ anchor: anchors.get(section.source.line) ?? '', heading: section.heading, nodes: section.nodes })),
  ], file);
  // Small pages (version.md, lint.md) put their one signature right under the H1: the page is the section.
  if (signaturesIn(intro.content, file).length) {
    const source = { file, line: split.title?.position?.start.line ?? 1, column: 1 };
    sections.unshift({ heading: titleText || file, depth: 1, headingPath: [titleText || file], nodes: split.intro, source });
  }
  const endpoints: Endpoint[] = [];
  const pageDeprecated = intro.content.some(isDeprecation);
  for (const group of groupSections(sections, file, { ...(intro.availability ? { availability: intro.availability } : {}), deprecated: pageDeprecated })) {
    const built = buildEndpoints(group, ctx);
    const anchor = anchors.get(group.source.line);
    if (anchor) for (const endpoint of built.endpoints) endpoint.anchor = anchor;
    endpoints.push(...built.endpoints);
    diagnostics.push(...built.diagnostics);
  }
  if (text !== undefined) diagnostics.push(...unterminatedFences(tree, file, text));
  const apiInfo = readApiInfo(tree, file);
  const page: Page = {
    file,
    title: pageTitle(titleText),
    description: describeIntro(intro.content, text),
    metadata: {},
    endpoints,
    source: { file, line: split.title?.position?.start.line ?? 1, column: 1 },
  };
  if (intro.availability) page.availability = intro.availability;
  const definitions = linkDefinitions(tree);
  if (Object.keys(definitions).length) page.linkDefinitions = definitions;
  if (valueLists.length) page.valueLists = valueLists;
  const version = mentionedVersion(text);
  if (version) page.mentionedVersion = version;
  return apiInfo ? { page, diagnostics, apiInfo } : { page, diagnostics };
}

/** Each heading's anchor by line, slugged in page order as the docs site does (`#list-issues-1`). */
function headingAnchors(tree: Root): Map<number, string> {
  const slugger = new GithubSlugger();
  const anchors = new Map<number, string>();
  visit(tree, 'heading', (heading) => {
    const text = toString(heading);
    // `## Title {#custom-id}` sets its own anchor
    const slug = /\{#([^}\s]+)\}\s*$/.exec(text)?.[1] ?? slugger.slug(cleanHeading(text));
    if (heading.position) anchors.set(heading.position.start.line, slug);
  });
  return anchors;
}

/** `[ce-13060]: https://...` definitions, by label in lower case (the first of a label wins, as in CommonMark). */
function linkDefinitions(tree: Root): Record<string, string> {
  const definitions: Record<string, string> = {};
  visit(tree, 'definition', (definition) => {
    const label = (definition.label ?? definition.identifier).replace(/\s+/g, ' ').trim().toLowerCase();
    if (!Object.hasOwn(definitions, label)) definitions[label] = definition.url;
  });
  return definitions;
}

/**
 * Sections with signatures become endpoint sections; a section without any is merged into the
 * nearest enclosing endpoint section (`### Response` under `## Get single MR`), else stands alone.
 * Availability is inherited from enclosing sections and the page.
 */
function groupSections(sections: Section[], file: string, page: { availability?: Availability; deprecated: boolean }): EndpointSection[] {
  const groups: EndpointSection[] = [];
  const open: { depth: number; group: EndpointSection; availability?: Availability; deprecated: boolean }[] = [];
  for (const section of sections) {
    while (open.length && open[open.length - 1].depth >= section.depth) open.pop();
    const { content, availability } = annotate(section.nodes);
    const signatures = signaturesIn(content, file);
    const parent = open[open.length - 1];
    const inherited = mergeAvailability(parent ? parent.availability : page.availability, availability);
    if (signatures.length === 0 && parent && parent.group.signatures.length > 0) {
      // subsection of an endpoint: its heading and nodes are read as part of that endpoint
      const heading = headingNode(section);
      parent.group.nodes.push(heading, ...content);
      open.push({ ...parent, depth: section.depth });
      continue;
    }
    // `## Kubernetes` saying the integration is deprecated covers the endpoints below it
    const deprecated = (parent ? parent.deprecated : page.deprecated) ||
      (signatures.length === 0 && (/\bdeprecated\b/i.test(section.heading) || content.some(isDeprecation)));
    const group: EndpointSection = {
      heading: section.heading,
      headingPath: section.headingPath,
      nodes: content,
      signatures,
      source: section.source,
      ...(inherited ? { availability: inherited } : {}),
      ...(deprecated ? { inheritedDeprecation: true } : {}),
    };
    groups.push(group);
    open.push({ depth: section.depth, group, deprecated, ...(inherited ? { availability: inherited } : {}) });
  }
  return groups;
}

function signaturesIn(nodes: RootContent[], file: string): Signature[] {
  const found: Signature[] = [];
  for (const node of nodes) {
    visit(node, 'code', (code: Code) => {
      found.push(...findSignatures(code, file));
    });
  }
  return found;
}

/** A stand-in heading node for a merged subsection, carrying its text and position. */
function headingNode(section: Section): RootContent {
  return {
    type: 'heading',
    depth: Math.min(section.depth, 6) as 2 | 3 | 4 | 5 | 6,
    children: [{ type: 'text', value: section.heading }],
    position: { start: { line: section.source.line, column: section.source.column ?? 1 }, end: { line: section.source.line, column: 1 } },
  };
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
function unterminatedFences(tree: Root, file: string, text: string): Diagnostic[] {
  const lines = text.split('\n');
  const out: Diagnostic[] = [];
  visit(tree, 'code', (code: Code) => {
    const start = code.position?.start;
    const end = code.position?.end;
    if (!start || !end) return;
    const opening = lines[start.line - 1]?.trim() ?? '';
    const fence = /^(`{3,}|~{3,})/.exec(opening.replace(/^([-*+]|\d+[.)])\s+/, ''));
    if (!fence) return;
    const closing = lines[end.line - 1]?.trim() ?? '';
    if (end.line > start.line && closing.startsWith(fence[1])) return;
    out.push({ file, line: start.line, column: start.column, ruleId: 'unterminated-code-block', severity: 'error',
      reason: `code block opened with ${fence[1]} is never closed; the rest of the page was read as code` });
  });
  return out;
}
