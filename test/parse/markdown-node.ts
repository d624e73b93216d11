// Test helper: parse a small markdown snippet (or a real docs page) the way the pipeline does
// (unified + remark-parse + remark-gfm) and pick out mdast nodes.
import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown) as Root;
}

/** The `index`-th node of `type` in the snippet; throws when there is none, so a test cannot pass vacuously. */
export function nodeOf<T extends Nodes['type']>(markdown: string | Root, type: T, index = 0): Extract<Nodes, { type: T }> {
  const tree = typeof markdown === 'string' ? parseMarkdown(markdown) : markdown;
  const found: Nodes[] = [];
  visit(tree, type, (node) => {
    found.push(node as Nodes);
  });
  const node = found[index];
  if (!node) throw new Error(`no ${type} #${index} in the markdown`);
  return node as Extract<Nodes, { type: T }>;
}

const pageTrees = new Map<string, Root>();
/** A real page's tree, parsed once per test file (the big pages take a second each). Do not mutate it. */
export function pageTree(page: string): Root {
  let tree = pageTrees.get(page);
  if (!tree) {
    tree = parseMarkdown(readFileSync(page, 'utf8'));
    pageTrees.set(page, tree);
  }
  return tree;
}

export interface Located<T> {
  node: T;
  /** The text of the paragraph or heading right before the node ('' after a code block). */
  lead: string;
}

/**
 * The first node of `type` after the heading whose text (without markup) is `heading` (and before the next heading
 * of the same or a higher level), in a real page. Throws when the page does not have it.
 */
export function nodeUnderHeading<T extends 'table' | 'list'>(
  page: string,
  heading: string,
  type: T,
  index = 0,
): Located<Extract<Nodes, { type: T }>> {
  const children = pageTree(page).children;
  const start = children.findIndex((n) => n.type === 'heading' && toString(n).trim() === heading);
  if (start === -1) throw new Error(`no heading "${heading}" in ${page}`);
  const depth = (children[start] as { depth: number }).depth;
  let seen = 0;
  for (let i = start + 1; i < children.length; i++) {
    const node = children[i];
    if (node.type === 'heading' && node.depth <= depth) break;
    if (node.type === type) {
      if (seen++ === index) {
        const prev = children[i - 1];
        const lead = prev.type === 'paragraph' || prev.type === 'heading' ? toString(prev) : '';
        return { node: node as Extract<Nodes, { type: T }>, lead };
      }
    }
  }
  throw new Error(`no ${type} #${index} under "${heading}" in ${page}`);
}
