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
  let intro: RootContent[] = [];
  let title: Heading | undefined;
  const sections: Section[] = [];
  const splitter = sectionSplitter(file, {
    onIntro: (found) => {
      title = found.title;
      intro = found.intro;
    },
    onSection: (section) => sections.push(section),
  });
  for (const node of nodes) splitter.add(node);
  splitter.finish();
  return title ? { title, intro, sections } : { intro, sections };
}

export interface SplitHandlers {
  /** Once, when the first section starts (or at the end of a page without sections). */
  onIntro: (page: { title?: Heading; intro: RootContent[] }) => void;
  /** Each section once its nodes are all in, in page order. */
  onSection: (section: Section) => void;
}

/**
 * The same split, node by node, for a page read a piece at a time: a section is handed over as
 * soon as the next heading ends it, and only the headings above it are kept.
 */
export function sectionSplitter(file: string, handlers: SplitHandlers): { add: (node: RootContent) => void; finish: () => void } {
  const intro: RootContent[] = [];
  const open: { depth: number; heading: string }[] = [];
  let title: Heading | undefined;
  let current: Section | undefined;
  let started = false;
  const startSections = () => {
    if (started) return;
    started = true;
    handlers.onIntro(title ? { title, intro } : { intro });
  };
  return {
    add(node) {
      if (node.type === 'heading' && node.depth === 1 && !title && !started) {
        title = node;
        return;
      }
      if (node.type === 'heading') {
        startSections();
        if (current) handlers.onSection(current);
        // an H1 after the title is read as a top-level section rather than a second title
        const depth = Math.max(node.depth, 2);
        while (open.length && open[open.length - 1].depth >= depth) open.pop();
        const heading = cleanHeading(toString(node));
        current = { heading, depth, headingPath: [...open.map((s) => s.heading), heading], nodes: [], source: sourceOf(node, file) };
        open.push({ depth, heading });
        return;
      }
      if (current) current.nodes.push(node);
      else intro.push(node);
    },
    finish() {
      startSections();
      if (current) handlers.onSection(current);
      current = undefined;
    },
  };
}

/** Heading text without Hugo anchors (`{#id}`) and surrounding space. */
export function cleanHeading(text: string): string {
  return text.replace(/\s*\{#[^}]*\}\s*$/, '').replace(/\s+/g, ' ').trim();
}
