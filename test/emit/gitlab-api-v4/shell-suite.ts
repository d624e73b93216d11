// What the zsh and fish tests share: both shells run far slower per line than bash, so they check
// a sample of about 60 methods spread over the table (bash checks them all), the keys with their
// descriptions and enum values, and the same cases by hand; each file adds its shell's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../helpers/pipeline.js';
import { emitTo, removeTemporary, type Described } from './shells.js';
import { expectedMethods, TABLE } from './expected.js';

export interface Shell {
  name: string;
  complete: (dir: string, lines: string[]) => Described[];
  /** What the shell offers for `value` after `key:` (fish: the whole word; zsh: the value). */
  afterColon: (key: string, value: string) => string;
}

/** Declares the shared tests; returns the folder of the generated scripts (once beforeAll ran). */
export function describeShell(shell: Shell): () => string {
  const doc = loadSpec();
  const mapped = expectedMethods(doc).filter((m) => m.operation && m.keys.length);
  const step = Math.max(1, Math.floor(mapped.length / 60));
  const sample = mapped.filter((_, i) => i % step === 0);
  const afterArgs = (m: (typeof mapped)[number]) => `gitlab-api-v4 ${m.name} ${m.method.args.map((_, i) => `${i + 1} `).join('')}`;
  let dir = '';
  beforeAll(() => {
    dir = emitTo(doc);
  });
  afterAll(removeTemporary);

  describe(`${shell.name}: ${sample.length} methods`, () => {
    it('offers exactly the operation\'s keys with \':\', required first, each described', () => {
      expect(sample.length).toBeGreaterThanOrEqual(50);
      const got = shell.complete(dir, sample.map(afterArgs));
      const problems: string[] = [];
      sample.forEach((m, i) => {
        const want = m.keys.map((k) => `${k.key}:`);
        if (JSON.stringify(got[i].words) !== JSON.stringify(want)) problems.push(`${m.name}: ${got[i].words.join(' ')}; want ${want.join(' ')}`);
        if (got[i].descriptions.some((d) => d.trim() === '')) problems.push(`${m.name}: a key without description`);
      });
      expect(problems).toEqual([]);
    });

    it('offers enum values after key:', () => {
      const cases = sample.flatMap((m) => m.keys.filter((k) => k.enum).map((k) => ({ m, k }))).slice(0, 40);
      expect(cases.length).toBeGreaterThan(10);
      const got = shell.complete(dir, cases.map(({ m, k }) => `${afterArgs(m)}${k.key}:`));
      // The spec's values, then the CLI's own names for them (gitlab-api-v4's POD: access-level guest ... owner).
      const values = (key: string, values: string[]) => [...values, ...((TABLE.cli.aliases as Record<string, string[]>)[key.replace(/-/g, '_')] ?? [])];
      cases.forEach(({ m, k }, i) => expect(got[i].words, `${m.name} ${k.key}:`).toEqual(values(k.key, k.enum!).map((v) => shell.afterColon(k.key, v))));
    });
  });

  describe(`${shell.name}: case by case`, () => {
    it('methods, keys not repeated, values, options, the picking argument', () => {
      const got = shell.complete(dir, [
        'gitlab-api-v4 create-issue-n',
        // docs-source/issues.md:463-476: title (required) first
        'gitlab-api-v4 create-issue grp/proj ',
        'gitlab-api-v4 create-issue grp/proj title:x due-date:2024-01-01 d',
        // docs-source/issues.md:266
        'gitlab-api-v4 issues grp/proj state:o',
        'gitlab-api-v4 --url http://127.0.0.1/api/v4 --pr',
        'gitlab-api-v4 --url http://127.0.0.1/api/v4 grou',
        // docs-source/services.md:928-957
        'gitlab-api-v4 edit-project-service grp/proj sla',
        'gitlab-api-v4 edit-project-service grp/proj slack w',
        'gitlab-api-v4 add-project-member grp/proj access_level:dev',
        'gitlab-api-v4 version ',
      ]).map((g) => g.words);
      expect(got[0]).toEqual(['create-issue-note', 'create-issue-note-award-emoji']);
      expect(got[1][0]).toBe('title:');
      expect(got[1]).toContain('labels:');
      expect(got[2]).toEqual(['description:', 'discussion_to_resolve:']);
      expect(got[3]).toEqual([shell.afterColon('state', 'opened')]);
      expect(got[4]).toEqual(['--private-token=', '--pretty']);
      expect(got[5]).toContain('groups');
      expect(got[5].every((w) => w.startsWith('grou'))).toBe(true);
      expect(got[6]).toEqual(['slack', 'slack-slash-commands']);
      expect(got[7]).toEqual(['webhook:', 'wiki_page_events:', 'wiki_page_channel:']);
      expect(got[8]).toEqual([shell.afterColon('access_level', 'developer')]);
      expect(got[9]).toEqual([]);
    });
  });

  return () => dir;
}
