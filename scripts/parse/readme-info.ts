// What the API overview page (docs' README.md, or rest/index.md in newer docs) says about the API
// as a whole: the pagination query parameters and the pagination response headers. Found by the
// tables' shape (`| Parameter | Description |` with `page`, `| Header | Description |` with
// `X-Total`), not by file name, so a newer overview page is read the same way.
import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ApiInfo, Parameter } from '../model.js';
import { bodyRows, cellMarkdown, headerWords, plainText, sourceOf } from './cell-text.js';

const PAGINATION_PARAMETERS = new Set(['page', 'per_page']);

/** The pagination the page documents; undefined when it documents none. */
export function readApiInfo(tree: Root, file: string): ApiInfo | undefined {
  const reader = apiInfoReader(file);
  for (const node of tree.children) reader.add(node);
  return reader.result();
}

/** The same, top-level node by top-level node (for a page read a piece at a time). */
export function apiInfoReader(file: string): { add: (node: RootContent) => void; result: () => ApiInfo | undefined } {
  const headers: ApiInfo['paginationHeaders'] = [];
  const parameters: Parameter[] = [];
  let linkHeader: { name: string; description: string } | undefined;
  /** A `Link header` heading was seen: the next paragraph describes it. */
  let describesLink = false;
  return {
    add(node) {
      if (describesLink && node.type === 'paragraph') {
        linkHeader = { name: 'Link', description: paragraphText(node) };
        describesLink = false;
      }
      if (node.type === 'heading' && /\blink header\b/i.test(toString(node))) describesLink = true;
      if (node.type !== 'table') return;
      const words = headerWords(node);
      if (words[0] === 'header') headers.push(...headerRows(node));
      if (words[0] === 'parameter' || words[0] === 'attribute') parameters.push(...paginationRows(node, file));
    },
    result() {
      const paginationHeaders = headers.filter((h) => /^x-/i.test(h.name));
      if (paginationHeaders.length === 0 && parameters.length === 0) return undefined;
      return {
        paginationHeaders: linkHeader ? [linkHeader, ...paginationHeaders] : paginationHeaders,
        paginationParameters: parameters,
      };
    },
  };
}

function headerRows(table: Table): { name: string; description: string }[] {
  return bodyRows(table).map((row) => ({ name: plainText(row.children[0]), description: cellMarkdown(row.children[1]) }));
}

/** `page`/`per_page` rows; documented as numbers ("Page number", "Number of items"), hence integer. */
function paginationRows(table: Table, file: string): Parameter[] {
  const rows = bodyRows(table);
  // Only a table of nothing but `page`/`per_page` documents pagination itself; an endpoint's
  // parameter table that happens to list them too is that endpoint's business.
  if (rows.length === 0 || !rows.every((row) => PAGINATION_PARAMETERS.has(plainText(row.children[0])))) return [];
  return rows.map((row) => {
    const name = plainText(row.children[0]);
    const description = cellMarkdown(row.children[row.children.length - 1]);
    const fallback = /\(default:\s*`?(\d+)`?/i.exec(description)?.[1];
    const parameter: Parameter = {
      name,
      type: { kind: 'integer' },
      required: false,
      description,
      form: 'table',
      source: sourceOf(row, file),
    };
    if (fallback !== undefined) parameter.default = fallback;
    return parameter;
  });
}

function paragraphText(node: RootContent): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}
