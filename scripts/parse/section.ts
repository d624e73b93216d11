// Splits a page at its headings. Each heading of depth >= 2 opens a section that runs to the
// next heading of any depth; `headingPath` keeps the headings above it so that a section without
// signatures (`### Response`, `### Options for `x``) can be attached to the endpoint above it.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceRef } from '../model.js';
import { sourceOf } from './cell-text.js';

export interface Section {
  /** The heading text, plain. */
  heading: string;
  depth: number;
  /** The headings above this one (depth >= 2), outermost first, then this one. */
  headingPath: string[];
  /** The nodes between this heading and the next one. */
  nodes: RootContent[];
  source: SourceRef;
}

export interface SplitPage {
  /** The first H1, if any. */
  title?: Heading;
  /** Nodes before the first section (after the H1 when there is one). */
  intro: RootContent[];
  sections: Section[];
}

export function splitSections(nodes: RootContent[], file: string): SplitPage {
  const intro: RootContent[] = [];
  const sections: Section[] = [];
  const open: Section[] = [];
  let title: Heading | undefined;
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 1 && !title && sections.length === 0) {
      title = node;
      continue;
    }
    if (node.type === 'heading') {
      // an H1 after the title is read as a top-level section rather than a second title
      const depth = Math.max(node.depth, 2);
      while (open.length && open[open.length - 1].depth >= depth) open.pop();
      const heading = cleanHeading(toString(node));
      const section: Section = {
        heading,
        depth,
        headingPath: [...open.map((s) => s.heading), heading],
        nodes: [],
        source: sourceOf(node, file),
      };
      open.push(section);
      sections.push(section);
      continue;
    }
    if (sections.length) sections[sections.length - 1].nodes.push(node);
    else intro.push(node);
  }
  return title ? { title, intro, sections } : { intro, sections };
}

/** Heading text without Hugo anchors (`{#id}`) and surrounding space. */
export function cleanHeading(text: string): string {
  return text.replace(/\s*\{#[^}]*\}\s*$/, '').replace(/\s+/g, ' ').trim();
}
