// Reads what one endpoint section documents, node by node: tables (dispatched by their kind),
// bullet-list and prose parameters, code blocks (curl calls, JSON request bodies, JSON responses),
// status codes stated in the prose, deprecation notes, and the prose that remains as description.
// Signature blocks are read separately (signature.ts) and skipped here.
import { visitBlocks } from './markdown.js';
import type { Code, Nodes, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic, Example, Parameter, ResponseAttribute, ResponseDoc, SourceRef } from '../model.js';
import { sourceOf } from './cell-text.js';
import { parseCurl } from '../curl.js';
import { parseCodeExample } from './example.js';
import { diagnostic } from './parameter-fields.js';
import { parseParameterList } from './parameter-list.js';
import { parseParameterProse } from './parameter-prose.js';
import { parseParameterTable } from './parameter-table.js';
import { parseResponseAttributeTable } from './response-attributes.js';
import { findSignatures } from './signature.js';
import { statusFromText } from './status.js';
import { isStatusTable, parseStatusTable } from './status-table.js';
import { classifyTable } from './table.js';
import { valuesAfterTable } from './value-sentence.js';
import { applyKeyTable, applyValueTable, takeValues } from './attach-table.js';

/** A curl call shown in the section. */
export interface CurlCall {
  example: Example;
  method?: string;
  /** Relative to /api/v4, without the query string. */
  path?: string;
}

export interface SectionContent {
  parameters: Parameter[];
  parameterKeys: Record<string, Parameter[]>;
  requestExamples: Example[];
  curlCalls: CurlCall[];
  responses: ResponseDoc[];
  description: string;
  deprecated: boolean;
  diagnostics: Diagnostic[];
}

export interface ContentContext {
  file: string;
  /** The page text the positions point into, to keep descriptions as the docs' markdown. */
  text?: string;
  /**
   * False when every signature of the section is GET, HEAD or DELETE: such a call sends no body,
   * so a JSON block there is a response whatever its caption says.
   */
  requestBodies?: boolean;
}

const JSON_LANGS = new Set(['json', 'javascript', 'js', 'jsonc', 'json5']);
const REQUEST_CAPTION = /\b(request|payload|body|input|post data)\b/i;
const DEPRECATION = [
  /\b(endpoint|endpoints|api|integration|service)\b[^.]{0,60}\bdeprecated\b/i,
  /^\W*(note|warning)?\W*deprecated\b/i,
];

/**
 * Reads a section's nodes (the section's own, then those of the subsections merged into it, each
 * introduced by its heading node). Prose after the first subsection heading is not description.
 */
export function readSectionContent(nodes: RootContent[], heading: string, ctx: ContentContext): SectionContent {
  const { file } = ctx;
  const out: SectionContent = {
    parameters: [],
    parameterKeys: {},
    requestExamples: [],
    curlCalls: [],
    responses: [],
    description: '',
    deprecated: /\bdeprecated\b/i.test(heading),
    diagnostics: [],
  };
  // Status codes first: an example or attribute table may come before the sentence naming it.
  nodes.forEach((node, index) => {
    if (node.type === 'table' && isStatusTable(node)) {
      // `| HTTP Status | Message | Reason |`: one status per row, the first reason describes it
      for (const row of parseStatusTable(node, file)) {
        const response = responseFor(out.responses, row.status, 'prose', row.source);
        if (!response.description && row.description) response.description = row.description;
      }
      return;
    }
    if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'blockquote') return;
    const statuses = statusFromText(markdownOf(node, ctx));
    // A caption's status (`When not found (`404`):`) belongs to its example (statusFrom 'example');
    // the other statuses it states (`201 Created` on success, before the error example) are prose.
    const next = nodes[index + 1];
    const captioned = node.type === 'paragraph' && next?.type === 'code' && isCaption(node, next)
      ? new Set(exampleStatuses(statuses, statuses.length > 1 ? parseCodeExample(next, file).example : undefined)) : new Set<number>();
    for (const status of statuses) if (!captioned.has(status)) responseFor(out.responses, status, 'prose', sourceOf(node, file));
  });
  const prose: RootContent[] = [];
  const pendingTables: { kind: 'values' | 'keys'; table: Table; context: string }[] = [];
  let lead = heading;
  // The same lead as markdown: status phrases are recognised by their code spans (`200 OK`).
  let leadMarkdown = heading;
  let subheading = heading;
  let inSubsection = false;
  // The rows of the parameter table just read, for a sentence listing values right after it.
  let tableRows: Parameter[] = [];
  nodes.forEach((node, index) => {
    const next = nodes[index + 1];
    const afterTable = tableRows;
    tableRows = [];
    switch (node.type) {
      case 'heading':
        inSubsection = true;
        lead = leadMarkdown = subheading = toString(node);
        return;
      case 'table': {
        const kind = classifyTable(node, lead);
        if (kind === 'parameters') {
          const table = parseParameterTable(node, file);
          addParameters(out, table);
          tableRows = table.parameters.map((p) => out.parameters.find((q) => q.name === p.name) ?? p);
        }
        else if (kind === 'response-attributes') addAttributes(out, parseResponseAttributeTable(node, file), leadMarkdown, node, file);
        else if (kind === 'values' || kind === 'keys') pendingTables.push({ kind, table: node, context: `${subheading}\n${lead}` });
        break;
      }
      case 'list': {
        const params = parseParameterList(node, file);
        if (params && params.parameters.length) addParameters(out, params);
        else readNestedCode(node, out, ctx);
        if (!params?.parameters.length && !containsCode(node) && !inSubsection) prose.push(node);
        break;
      }
      case 'paragraph': {
        const params = parseParameterProse(node, file);
        if (params && params.parameters.length) {
          addParameters(out, params);
          break;
        }
        if (isDeprecation(node)) out.deprecated = true;
        const listed = valuesAfterTable(toString(node), afterTable);
        if (listed && !listed.parameter.enum) takeValues(out, listed.parameter, listed.values, sourceOf(node, file), 'the sentence after its table');
        if (!inSubsection && !isCaption(node, next, file)) prose.push(node);
        break;
      }
      case 'code':
        readCode(node, leadMarkdown, out, ctx);
        break;
      case 'blockquote':
        if (isDeprecation(node)) out.deprecated = true;
        readNestedCode(node, out, ctx);
        if (!inSubsection) prose.push(node);
        break;
      default:
        break;
    }
    // The lead of a table is the paragraph or heading right before it; a code block or a table
    // breaks that (a parameter table that mentions "request" is no caption for the response after it).
    // After a list, the caption of what follows is its last item (`- When ... (`404`):` then a fence).
    const leadNode: Nodes = node.type === 'list' ? node.children[node.children.length - 1] ?? node : node;
    const breaksLead = node.type === 'code' || node.type === 'table';
    lead = breaksLead ? '' : toString(node);
    leadMarkdown = breaksLead ? '' : markdownOf(leadNode, ctx);
  });
  for (const { kind, table, context } of pendingTables) {
    if (kind === 'values') applyValueTable(out, table, context, file);
    else applyKeyTable(out, table, context, file);
  }
  settleUploads(out);
  out.description = describe(prose, ctx);
  return out;
}

/**
 * Uploads. "The `file=` parameter must point to a file" is boilerplate some upload sections
 * copied: when the section's curl example uploads the file under another form field (current
 * projects.md, "Upload a project avatar": `--form "avatar=@dk.png"`), the prose names no real
 * parameter and is dropped. A table row typed `string` that the curl example uploads (`file=@...`)
 * or the prose says must point to a file is a file (projects.md:1294 "Upload a file").
 */
function settleUploads(out: SectionContent): void {
  const uploads = new Set(out.curlCalls.flatMap((call) =>
    [...call.example.raw.matchAll(/(?:--form|-F)\s+["']?([\w[\]]+)=@/g)].map((m) => m[1])));
  const proseFiles = new Set(out.parameters.filter((p) => p.form === 'prose' && p.type.kind === 'file').map((p) => p.name));
  const report = (parameter: Parameter, ruleId: string, severity: Diagnostic['severity'], reason: string) =>
    out.diagnostics.push(diagnostic(parameter.source, ruleId, reason, severity));
  out.parameters = out.parameters.filter((parameter) => {
    if (parameter.form === 'prose' && parameter.type.kind === 'file' && uploads.size > 0 && !uploads.has(parameter.name)) {
      const sent = [...uploads].map((name) => `\`${name}\``).join(', ');
      report(parameter, 'prose-contradicts-example', 'warning',
        `the prose names the upload parameter \`${parameter.name}=\`, but the curl example uploads ${sent}; \`${parameter.name}\` not kept`);
      return false;
    }
    if (parameter.form !== 'prose' && parameter.type.kind === 'string' && (uploads.has(parameter.name) || proseFiles.has(parameter.name))) {
      report(parameter, 'upload-typed-as-string', 'info',
        `\`${parameter.name}\` is typed \`${parameter.type.raw ?? 'string'}\` but the section uploads it as a file (\`${parameter.name}=@...\`); read as a file`);
      parameter.type = { kind: 'file', ...(parameter.type.raw ? { raw: parameter.type.raw } : {}) };
    }
    return true;
  });
}

function addParameters(out: SectionContent, found: { parameters: Parameter[]; diagnostics: Diagnostic[] }): void {
  out.diagnostics.push(...found.diagnostics);
  for (const parameter of found.parameters) {
    // A name documented twice in one section (two tables, table and list) keeps its first row,
    // except that a table or list row replaces a mention in prose (which has no type or enum).
    const earlier = out.parameters.findIndex((p) => p.name === parameter.name);
    if (earlier === -1) out.parameters.push({ ...parameter });
    else if (out.parameters[earlier].form === 'prose' && parameter.form !== 'prose') out.parameters[earlier] = { ...parameter };
  }
}

function addAttributes(
  out: SectionContent,
  found: { attributes: ResponseAttribute[]; diagnostics: Diagnostic[] },
  lead: string,
  table: Table,
  file: string,
): void {
  out.diagnostics.push(...found.diagnostics);
  const response = targetResponse(out.responses, statusFromText(lead), sourceOf(table, file));
  response.attributes.push(...found.attributes);
}

function readCode(code: Code, caption: string, out: SectionContent, ctx: ContentContext): void {
  if (findSignatures(code, ctx.file).length) {
    // `GET /avatar?email=admin at example.com`: the signature is read elsewhere, its flaws here.
    out.diagnostics.push(...parseCodeExample(code, ctx.file).diagnostics.filter((d) => d.ruleId === 'obfuscated-email'));
    return;
  }
  const source = sourceOf(code, ctx.file);
  const lang = (code.lang ?? '').toLowerCase();
  if (/(^|\s)curl\s/.test(code.value)) {
    const example: Example = { kind: 'text', lang: code.lang ?? '', raw: code.value, caption, source };
    out.diagnostics.push(...parseCodeExample(code, ctx.file, caption).diagnostics);
    const call = parseCurl(code.value);
    out.curlCalls.push(call ? { example, method: call.method, ...(call.path !== undefined ? { path: call.path } : {}) } : { example });
    return;
  }
  const trimmed = code.value.trimStart();
  if (!JSON_LANGS.has(lang) && !(lang === '' && /^[[{]/.test(trimmed))) {
    // Not an example the spec keeps, but its flaws (`user at example.com`) are still reported.
    out.diagnostics.push(...parseCodeExample(code, ctx.file, caption).diagnostics);
    return;
  }
  const { example, diagnostics } = parseCodeExample(code, ctx.file, caption);
  out.diagnostics.push(...diagnostics);
  const statuses = exampleStatuses(statusFromText(caption), example);
  // A caption naming a status introduces a response (`400 Bad Request` is no request body).
  if (ctx.requestBodies !== false && statuses.length === 0 && REQUEST_CAPTION.test(caption) && !/\bresponse\b/i.test(caption)) {
    out.requestExamples.push(example);
    return;
  }
  if (statuses.length === 0) targetResponse(out.responses, [], source).examples.push(example);
  for (const status of statuses) responseFor(out.responses, status, 'example', source).examples.push(example);
}

/**
 * The statuses a caption's example illustrates. Several of one class (`404` and `422`): each of
 * them. Success and failure both named ("returns `201 Created` on success. If an error occurs a
 * `400 Bad Request` is returned with a message:"): the failures when the example is an error body
 * (`{"message": ...}`, `{"error": ...}`), else the successes.
 */
export function exampleStatuses(statuses: number[], example?: Example): number[] {
  const failure = (status: number) => status >= 400;
  if (statuses.every(failure) || !statuses.some(failure)) return statuses;
  const wanted = isErrorBody(example?.value);
  return statuses.filter((status) => failure(status) === wanted);
}

/** GitLab's error bodies: an object holding only `message`, `error` or `error_description`. */
function isErrorBody(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => ['message', 'error', 'error_description'].includes(key));
}

/** Code fences indented in list items and blockquotes, captioned by the paragraph before them. */
function readNestedCode(node: RootContent, out: SectionContent, ctx: ContentContext): void {
  visitBlocks(node, (child, index, parent) => {
    if (child.type !== 'code') return;
    const before = parent && index !== undefined ? parent.children[index - 1] : undefined;
    readCode(child, before ? markdownOf(before, ctx) : '', out, ctx);
  });
}

function containsCode(node: RootContent): boolean {
  let found = false;
  visitBlocks(node, (child) => {
    if (child.type === 'code') found = true;
  });
  return found;
}

/** The response an example or attribute table belongs to: its stated status, else the first success. */
function targetResponse(responses: ResponseDoc[], statuses: number[], source: SourceRef): ResponseDoc {
  if (statuses.length) return responseFor(responses, statuses[0], 'prose', source);
  const success = responses.find((r) => r.status !== undefined && r.status >= 200 && r.status < 300);
  return success ?? responses.find((r) => r.status === undefined) ?? responseFor(responses, undefined, 'none', source);
}

function responseFor(responses: ResponseDoc[], status: number | undefined, from: ResponseDoc['statusFrom'], source: SourceRef): ResponseDoc {
  let response = responses.find((r) => r.status === status);
  if (!response) {
    response = status === undefined ? { statusFrom: 'none', examples: [], attributes: [], source } : { status, statusFrom: from, examples: [], attributes: [], source };
    responses.push(response);
  }
  return response;
}

/** A note or sentence saying the endpoint (API, integration) is deprecated. */
export function isDeprecation(node: RootContent): boolean {
  const text = toString(node).trim();
  return DEPRECATION.some((pattern) => pattern.test(text));
}

/** `Parameters:`, `Example response:`: a lead-in that only introduces the next table or block. */
function isCaption(node: Paragraph, next: RootContent | undefined, file = ''): boolean {
  if (!next) return false;
  // `Prerequisites:` before a prose list stays; `Parameters:` before a parameter list goes, and so
  // does `Example responses:` before a list of examples.
  const introduces = next.type === 'table' || next.type === 'code' ||
    (next.type === 'list' && (containsCode(next) || (parseParameterList(next, file)?.parameters.length ?? 0) > 0));
  const text = toString(node);
  return introduces && /:\s*$/.test(text) && text.length < 200;
}

/** The prose as the docs' markdown. */
function describe(nodes: RootContent[], ctx: ContentContext): string {
  return cleanProse(nodes.map((node) => markdownOf(node, ctx)).join('\n\n'));
}

/** A node's markdown, sliced from the page text; its plain text when the text is not at hand. */
export function markdownOf(node: Nodes, ctx: ContentContext): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return ctx.text !== undefined && start !== undefined && end !== undefined ? ctx.text.slice(start, end) : toString(node);
}

/** Drops Hugo shortcode markers left inside prose and trims blank runs. */
export function cleanProse(text: string): string {
  return text
    .replace(/^[ \t]*\{\{<[^}]*>\}\}[ \t]*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

