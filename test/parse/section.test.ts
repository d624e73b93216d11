import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { cleanHeading, splitSections } from '../../scripts/parse/section.js';

const split = (md: string) => splitSections(unified().use(remarkParse).parse(md).children, 'x.md');

describe('splitSections', () => {
  it('takes the H1 as title, the nodes before the first section as intro, and keeps heading paths', () => {
    const got = split('# Issues API\n\nIntro.\n\n## Issues\n\n### List issues\n\ntext\n\n#### Response\n\n## Other\n');
    expect(got.title?.position?.start.line).toBe(1);
    expect(got.intro.map((n) => n.type)).toEqual(['paragraph']);
    expect(got.sections.map((s) => [s.heading, s.depth, s.headingPath, s.source.line])).toEqual([
      ['Issues', 2, ['Issues'], 5],
      ['List issues', 3, ['Issues', 'List issues'], 7],
      ['Response', 4, ['Issues', 'List issues', 'Response'], 11],
      ['Other', 2, ['Other'], 13],
    ]);
    expect(got.sections[1].nodes.map((n) => n.type)).toEqual(['paragraph']);
  });

  it('has no title on a page without H1 (front matter pages)', () => {
    const got = split('Intro.\n\n## Get a project\n');
    expect(got.title).toBeUndefined();
    expect(got.sections).toHaveLength(1);
  });

  it('reads a later H1 as a top-level section', () => {
    const got = split('# Title\n\n# Second\n\n### Deep\n');
    expect(got.sections.map((s) => s.headingPath)).toEqual([['Second'], ['Second', 'Deep']]);
  });

  it('cleans Hugo heading anchors', () => {
    expect(cleanHeading('List  projects {#list-projects}')).toBe('List projects');
  });
});
