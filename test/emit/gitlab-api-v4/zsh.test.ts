// Real zsh (compinit, the completion system, through zpty): the generated _gitlab-api-v4.
import { describe, expect, it } from 'vitest';
import { zshV4 } from './shells.js';
import { describeShell } from './shell-suite.js';

// zsh quotes what it inserts (`iids\\[\\]:`, so that the shell does not take it for a glob); compared unquoted.
const unquoted = (dir: string, lines: string[]) => zshV4(dir, lines).map((o) => ({ ...o, words: o.words.map((w) => w.replace(/\\(.)/g, '$1')) }));
const dir = describeShell({ name: 'zsh', complete: unquoted, afterColon: (_key, value) => value });

describe('zsh: what only zsh shows', () => {
  it('names the argument to type, with the spec\'s description of it', () => {
    const [first, second, method] = zshV4(dir(), ['gitlab-api-v4 create-issue ', 'gitlab-api-v4 edit-issue grp/proj ', 'gitlab-api-v4 create-issu']);
    expect(first.words).toEqual([]);
    // docs-source/issues.md:465: `id`, "The ID or URL-encoded path of the project owned by the authenticated user"
    expect(first.messages).toEqual(['argument 1 of 1: <project_id> The ID or URL-encoded path of the project owned by the authenticated user']);
    expect(second.messages?.[0]).toMatch(/^argument 2 of 2: <issue_iid> /);
    // the methods' descriptions name their arguments too
    expect(method.descriptions.find((d) => d.startsWith('create-issue '))).toMatch(/-- New issue <project_id>$/);
  });

  it('describes each key, (required) first, and quotes a key zsh would glob', () => {
    const [keys, brackets] = zshV4(dir(), ['gitlab-api-v4 create-issue grp/proj ', 'gitlab-api-v4 issues grp/proj iid']);
    // docs-source/issues.md:467
    expect(keys.descriptions.find((d) => d.startsWith('title:'))).toMatch(/-- \(required\) The title of an issue$/);
    // docs-source/issues.md:265: `iids[]`
    expect(brackets.words).toEqual(['iids\\[\\]:']);
  });
});
