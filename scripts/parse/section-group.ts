// Sections -> endpoint sections. Sections with signatures become endpoint sections; a section
// without any is merged into the nearest enclosing endpoint section (`### Response` under
// `## Get single MR`), else stands alone. Availability is inherited from enclosing sections and
// the page. Fed section by section: a group is handed over as soon as no later section can be
// merged into it (the next section at its depth or above), so a large page is never held whole.
import { visitBlocks } from './markdown.js';
import type { RootContent } from 'mdast';
import type { Availability } from '../model.js';
import { annotate, mergeAvailability } from './availability.js';
import type { EndpointSection } from './endpoint.js';
import { isDeprecation } from './section-content.js';
import type { Section } from './section.js';
import { findSignatures, type Signature } from './signature.js';

export interface PageContext {
  availability?: Availability;
  deprecated: boolean;
}

interface OpenGroup {
  depth: number;
  group: EndpointSection;
  /** Creation order: groups are handed over in the order they close, numbered in page order. */
  index: number;
  availability?: Availability;
  deprecated: boolean;
}

export function sectionGrouper(file: string, page: PageContext, onGroup: (group: EndpointSection, index: number) => void): {
  add: (section: Section) => void;
  finish: () => void;
} {
  const open: OpenGroup[] = [];
  let count = 0;
  const close = () => {
    const done = open.pop()!;
    // A subsection's entry shares its parent's group: the group is done when its last entry goes.
    if (!open.some((entry) => entry.group === done.group)) onGroup(done.group, done.index);
  };
  return {
    add(section) {
      while (open.length && open[open.length - 1].depth >= section.depth) close();
      const { content, availability } = annotate(section.nodes);
      const signatures = signaturesIn(content, file);
      const parent = open[open.length - 1];
      const inherited = mergeAvailability(parent ? parent.availability : page.availability, availability);
      if (signatures.length === 0 && parent && parent.group.signatures.length > 0) {
        // subsection of an endpoint: its heading and nodes are read as part of that endpoint
        parent.group.nodes.push(headingNode(section), ...content);
        open.push({ ...parent, depth: section.depth });
        return;
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
      open.push({ depth: section.depth, group, index: count++, deprecated, ...(inherited ? { availability: inherited } : {}) });
    },
    finish() {
      while (open.length) close();
    },
  };
}

export function signaturesIn(nodes: RootContent[], file: string): Signature[] {
  const found: Signature[] = [];
  for (const node of nodes) {
    visitBlocks(node, (code) => {
      if (code.type === 'code') found.push(...findSignatures(code, file));
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
