// Real fish 3 (`complete -C`): the generated gitlab-api-v4.fish.
import { describe, expect, it } from 'vitest';
import { fishV4 } from './shells.js';
import { describeShell } from './shell-suite.js';

const dir = describeShell({ name: 'fish', complete: fishV4, afterColon: (key, value) => `${key}:${value}` });

describe('fish: what only fish shows', () => {
  it('names the arguments in each method\'s description, and the keys\' descriptions', () => {
    const [methods, keys, picking] = fishV4(dir(), ['gitlab-api-v4 edit-issue', 'gitlab-api-v4 create-issue grp/proj ', 'gitlab-api-v4 edit-project-service grp/proj jir']);
    // docs-source/issues.md: "Edit issue", PUT /projects/:id/issues/:issue_iid
    expect(methods.descriptions[methods.words.indexOf('edit-issue')]).toBe('Edit issue <project_id> <issue_iid>');
    // docs-source/issues.md:467
    expect(keys.descriptions[keys.words.indexOf('title:')]).toBe('(required) The title of an issue');
    expect(picking.words).toEqual(['jira']);
    expect(picking.descriptions).toEqual(['<service_name>']);
  });
});
