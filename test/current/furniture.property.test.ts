// Property: today's page furniture — front matter, availability in both syntaxes ({{< details >}} and
// DETAILS:), history in both syntaxes ({{< history >}} and `> - ` lists), alerts ({{< alert >}},
// NOTE:, WARNING:, FLAG:) — inserted around the sections of an 11.x page (right after a heading,
// right before the next one) does not change the page's operations: same routes, parameters,
// request examples, responses. The parser must decide by what it sees, not by the page's era.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/generate.js';
import { parsePage } from '../../scripts/parse/index.js';

// 11.x pages with parameter tables and lists, response examples, status tables (jobs.md,
// runners.md), prose statuses, deprecations and nested sections.
const PAGES = ['tags.md', 'branches.md', 'labels.md', 'jobs.md', 'runners.md', 'deploy_keys.md', 'pipelines.md', 'milestones.md'];
const texts = PAGES.map((file) => ({ file, text: readFileSync(join(ROOT, 'docs-source', file), 'utf8') }));

const FURNITURE = [
  '{{< details >}}\n\n- Tier: Free, Premium, Ultimate\n- Offering: GitLab.com, GitLab Self-Managed, GitLab Dedicated\n\n{{< /details >}}',
  '{{< details >}}\n\n- Tier: Premium, Ultimate\n- Offering: GitLab Self-Managed\n- Status: Beta\n\n{{< /details >}}',
  'DETAILS:\n**Tier:** Premium, Ultimate\n**Offering:** GitLab.com, Self-managed',
  '{{< history >}}\n\n- `name` [introduced](https://gitlab.com/gitlab-org/gitlab/-/issues/1) in GitLab 16.0.\n- `id` (**required**) - changed in GitLab 16.1.\n- `ref` | string | yes | Renamed in GitLab 16.2.\n\n{{< /history >}}',
  '> - `name` [introduced](https://gitlab.com/gitlab-org/gitlab/-/issues/1) in GitLab 15.0.\n> - `sort` (optional) - [changed](https://gitlab.com/x) in GitLab 15.1 [with a flag](../administration/feature_flags.md) named `x`. Disabled by default.',
  '{{< alert type="note" >}}\n\nThis feature is behind a flag.\n\n{{< /alert >}}',
  '{{< alert type="flag" >}}\n\nOn GitLab Self-Managed, by default this feature is not available.\n\n{{< /alert >}}',
  'NOTE:\nThe results are cached for a minute.',
  'WARNING:\nThis can take a long time on large projects.',
  'FLAG:\nOn GitLab Self-Managed, by default this feature is available. To hide the feature, an administrator can disable the flag.',
];
const FRONT_MATTER = '---\nstage: Create\ngroup: Source Code\ninfo: To determine the technical writer assigned to the Stage/Group associated with this page, see https://handbook.gitlab.com/\ntitle: Some API\n---\n\n';

/**
 * Inserts furniture around the sections: `after[n]` after the n-th heading (outside code fences),
 * `before[n]` just before it (the end of the section above), and front matter on top.
 */
function decorate(text: string, frontMatter: boolean, after: number[][], before: number[][]): string {
  const out: string[] = [];
  let fenced = false;
  let heading = 0;
  for (const line of text.split('\n')) {
    const isHeading = !fenced && /^#{1,6} /.test(line);
    if (isHeading) for (const pick of before[heading % before.length] ?? []) out.push(FURNITURE[pick], '');
    out.push(line);
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!isHeading) continue;
    for (const pick of after[heading % after.length] ?? []) out.push('', FURNITURE[pick]);
    heading++;
  }
  return (frontMatter ? FRONT_MATTER : '') + out.join('\n');
}

/** What must not change: everything about the operations but positions, descriptions and availability. */
function essence(file: string, text: string) {
  return parsePage(file, text).page.endpoints.map((e) => ({
    route: `${e.method} ${e.path}`, query: e.queryExamples, heading: e.headingPath, deprecated: e.deprecated, foundBy: e.foundBy,
    parameters: e.parameters.map((p) => [p.name, p.type, p.required, p.requiredNote, p.enum, p.default, p.form, p.description]),
    keys: e.parameterKeys, requests: e.requestExamples.map((x) => x.raw),
    responses: e.responses.map((r) => [r.status, r.statusFrom, r.description, r.examples.map((x) => x.raw), r.attributes.map((a) => [a.name, a.type])]),
  }));
}

const wanted = texts.map(({ file, text }) => essence(file, text));
const picks = fc.array(fc.array(fc.integer({ min: 0, max: FURNITURE.length - 1 }), { maxLength: 3 }), { minLength: 1, maxLength: 10 });

describe('furniture of today’s pages around the sections of an 11.x page', () => {
  it('the pages have operations to compare', () => {
    for (const [index, endpoints] of wanted.entries()) expect(endpoints.length, PAGES[index]).toBeGreaterThan(3);
  });

  it('does not change the page’s operations (random pages, places and pieces)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PAGES.length - 1 }), fc.boolean(), picks, picks, (page, frontMatter, after, before) => {
        const { file, text } = texts[page];
        expect(essence(file, decorate(text, frontMatter, after, before))).toEqual(wanted[page]);
      }),
      { numRuns: 40, seed: Number(process.env.FC_SEED ?? 20261123) },
    );
  });

  it('is not vacuous: the decorated page does carry the furniture', () => {
    const { file, text } = texts[0];
    const decorated = decorate(text, true, [[0, 3, 5]], [[2, 4, 9]]);
    expect(decorated).toContain('{{< history >}}');
    const { page } = parsePage(file, decorated);
    expect(page.metadata.title).toBe('Some API');
    expect(page.title).toBe('Some');
    const first = page.endpoints[0];
    expect(first.availability?.tier).toEqual(['Free', 'Premium', 'Ultimate']);
    expect(first.description).toContain('This feature is behind a flag.');
    expect(first.description).not.toMatch(/introduced|Renamed/);
    expect(first.parameters.map((p) => p.name)).not.toContain('ref |');
  });
});
