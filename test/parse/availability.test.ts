import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { annotate, mergeAvailability, readAvailability } from '../../scripts/parse/availability.js';

const nodes = (md: string): RootContent[] => unified().use(remarkParse).use(remarkGfm).parse(md).children;
const texts = (list: RootContent[]) => list.map((n) => toString(n));

describe('annotate', () => {
  it('reads a Hugo details block and drops it', () => {
    const got = annotate(nodes('{{< details >}}\n\n- Tier: Free, Premium, Ultimate\n- Offering: GitLab.com, GitLab Self-Managed\n\n{{< /details >}}\n\nIntro.\n'));
    expect(got.availability).toEqual({ tier: ['Free', 'Premium', 'Ultimate'], offering: ['GitLab.com', 'GitLab Self-Managed'] });
    expect(texts(got.content)).toEqual(['Intro.']);
  });

  it('reads a legacy DETAILS: paragraph with **Tier:** lines', () => {
    const got = annotate(nodes('DETAILS:\n**Tier:** Premium, Ultimate\n**Offering:** GitLab.com\n**Status:** Beta\n\nIntro.\n'));
    expect(got.availability).toEqual({ tier: ['Premium', 'Ultimate'], offering: ['GitLab.com'], status: 'Beta' });
    expect(texts(got.content)).toEqual(['Intro.']);
  });

  it('drops history in both forms and 11.x one-line history notes', () => {
    const md = [
      '{{< history >}}', '', '- `state` attribute introduced in GitLab 17.2.', '', '{{< /history >}}', '',
      '> - `merged_by` deprecated in GitLab 14.7.', '> - `prepared_at` introduced in GitLab 16.1.', '',
      '> [Introduced][ce-123] in GitLab 9.5.', '',
      'Lists tokens.', '',
    ].join('\n');
    const got = annotate(nodes(md));
    expect(got.availability).toBeUndefined();
    expect(texts(got.content)).toEqual(['Lists tokens.']);
  });

  it('keeps alerts and notes as prose, without the shortcode markers', () => {
    const md = '{{< alert type="warning" >}}\n\nThis is risky.\n\n{{< /alert >}}\n\nNOTE:\nBe careful.\n\n> **Note:** 11.x note.\n\nFLAG:\nBehind a flag.\n';
    expect(texts(annotate(nodes(md)).content)).toEqual(['This is risky.', 'NOTE:\nBe careful.', 'Note: 11.x note.', 'FLAG:\nBehind a flag.']);
  });

  it('does not let an unclosed details block swallow the next heading', () => {
    const got = annotate(nodes('{{< details >}}\n\n- Tier: Free\n\n## Next\n\ntext\n'));
    expect(got.availability).toEqual({ tier: ['Free'] });
    expect(texts(got.content)).toEqual(['Next', 'text']);
  });
});

describe('readAvailability / mergeAvailability', () => {
  it('returns undefined without Tier/Offering/Status lines', () => {
    expect(readAvailability('Nothing here')).toBeUndefined();
  });
  it('lets section keys win over page keys', () => {
    expect(mergeAvailability({ tier: ['Free'], offering: ['GitLab.com'] }, { tier: ['Premium'] })).toEqual({ tier: ['Premium'], offering: ['GitLab.com'] });
    expect(mergeAvailability(undefined, undefined)).toBeUndefined();
  });
});
