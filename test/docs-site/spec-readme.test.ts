import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanStats, replaceBlock } from '../../scripts/spec-readme.js';

// What `redocly stats --format=markdown` prints (2.77), trimmed to a few rows.
const STATS = `
Document: /home/me/gitlab-openapi/spec/openapi.json stats:

| Feature  | Count  |
| --- | --- |
| 👷 Operations | 538 |
| 🔖 Tags | 61 |

/home/me/gitlab-openapi/spec/openapi.json: stats processed in 1819ms
`;

describe('cleanStats', () => {
  it('keeps the tables, drops the local path and the timing', () => {
    expect(cleanStats(STATS)).toBe('| Feature  | Count  |\n| --- | --- |\n| 👷 Operations | 538 |\n| 🔖 Tags | 61 |');
  });
});

describe('replaceBlock', () => {
  it('replaces what is between the markers and nothing else', () => {
    const readme = 'a\n<!-- s:start -->\nold\n<!-- s:end -->\nb\n';
    expect(replaceBlock(readme, 's', 'new')).toBe('a\n<!-- s:start -->\nnew\n<!-- s:end -->\nb\n');
  });

  it('says which block is missing', () => {
    expect(() => replaceBlock('no markers', 'redocly-stats', 'x')).toThrow('spec/README.md: no <!-- redocly-stats:start --> ... <!-- redocly-stats:end --> block');
  });
});

describe('spec/README.md', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../spec/README.md', import.meta.url)), 'utf8');

  it('has the blocks `npm run spec-readme` refreshes', () => {
    expect(() => replaceBlock(replaceBlock(readme, 'docs-version', 'v'), 'redocly-stats', 's')).not.toThrow();
  });

  it('documents every extension of the spec conventions', () => {
    for (const name of ['x-source', 'x-gitlab-page', 'x-gitlab-paginated', 'x-gitlab-tier', 'x-gitlab-offering']) {
      expect(readme).toContain(`| \`${name}\` |`);
    }
  });
});
