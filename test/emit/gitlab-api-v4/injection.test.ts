// Spec text that is shell code (a key, an enum value, a summary, a description holding $(...),
// backticks, quotes, ;, newlines) reaches the three scripts only as data: a TAB in each shell runs
// none of it, and offers the key as the spec spells it.
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLE } from './expected.js';
import { specOf } from './fixtures.js';
import { bashV4, emitTo, fishV4, removeTemporary, temporary, zshV4 } from './shells.js';

// The marks folder is named through a variable the shells inherit: a key holding `-` (as the temp
// folder's path may) is not offered at all (the CLI would send `_`).
const marks = temporary('v4marks');
process.env.V4MARKS = marks;
const touch = (name: string) => `$(touch "$V4MARKS/${name}")`;
const hostileKey = `x${touch('key')}'\`touch "$V4MARKS/tick"\`;"`;
const spec = specOf(
  {
    op: 'POST /projects/{id}/issues',
    summary: `New issue ${touch('summary')}\nrm -rf ~`,
    body: {
      title: { type: 'string', description: `${touch('description')}'; touch "$V4MARKS/quote"; '` },
      [hostileKey]: { type: 'string' },
      state: { type: 'string', enum: [touch('enum'), "it's", 'a;b', 'opened'] },
    },
  },
);
const dir = emitTo(spec, TABLE);
afterAll(removeTemporary);

describe('hostile spec text in the gitlab-api-v4 scripts', () => {
  const lines = ['gitlab-api-v4 create-issu', 'gitlab-api-v4 create-issue g/p ', 'gitlab-api-v4 create-issue g/p x', 'gitlab-api-v4 create-issue g/p state:', 'gitlab-api-v4 create-issue '];

  it('bash: offers them quoted, runs nothing', () => {
    const got = bashV4(dir, lines);
    expect(got[2]).toHaveLength(1);
    expect(got[2][0].replace(/\\(.)/g, '$1')).toBe(`${hostileKey}:`);
    expect(got[3].map((w) => w.replace(/\\(.)/g, '$1'))).toEqual([touch('enum'), "it's", 'a;b', 'opened']);
    expect(readdirSync(marks)).toEqual([]);
  });

  it('zsh and fish: run nothing', () => {
    const zsh = zshV4(dir, lines);
    const fish = fishV4(dir, lines);
    expect(zsh[1].words.map((w) => w.replace(/\\(.)/g, '$1'))).toContain(`${hostileKey}:`);
    expect(fish[1].words).toContain(`${hostileKey}:`);
    expect(fish[3].words).toContain(`state:${touch('enum')}`);
    expect(readdirSync(marks)).toEqual([]);
  });
});
