// Real bash 5 with the bash-completion package: the generated gitlab-api-v4.bash, on the spec this
// test run generated from docs-source and the committed method table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../../helpers/pipeline.js';
import { BASH_COMPLETION, bashV4, emitTo, removeTemporary, temporary } from './shells.js';
import { expectedMethods, JUNK, TABLE } from './expected.js';

const doc = loadSpec();
const methods = expectedMethods(doc);
const mapped = methods.filter((m) => m.operation);
/** The line up to a method's keys: its arguments typed as 1, 2, ... */
const afterArgs = (m: (typeof methods)[number]) => `gitlab-api-v4 ${m.name} ${m.method.args.map((_, i) => `${i + 1} `).join('')}`;
let dir: string;

beforeAll(() => {
  expect(existsSync(BASH_COMPLETION)).toBe(true);
  dir = emitTo(doc);
});
afterAll(removeTemporary);

describe('bash: every method of GitLab::API::v4', () => {
  it(`offers exactly its operation's keys with ':', required first (${mapped.length} methods with one operation), and none for the rest`, () => {
    expect(TABLE.methods.length).toBe(454);
    // docs-source is GitLab 11.x, the module follows GitLab 13: most methods, not all, have an operation.
    expect(mapped.length).toBeGreaterThan(400);
    const got = bashV4(dir, methods.map(afterArgs));
    const problems: string[] = [];
    methods.forEach((m, i) => {
      // Methods picked by an argument (services) are checked below with a real service name.
      if (!m.operation && m.method.route.endsWith(':service_name')) return;
      const want = m.keys.map((k) => `${k.key}:`);
      if (JSON.stringify(got[i]) !== JSON.stringify(want)) problems.push(`${m.name}: ${got[i].join(' ')}; want ${want.join(' ')}`);
      for (const w of got[i]) {
        if (w.startsWith('-')) problems.push(`${m.name}: an option form ${w}`);
        if (JUNK.includes(w.replace(/:$/, ''))) problems.push(`${m.name}: junk ${w}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('offers the enum values of every key after key:, and the CLI\'s aliases', () => {
    const cases = mapped.flatMap((m) => m.keys.filter((k) => k.enum || k.boolean).map((k) => ({ m, k })));
    expect(cases.length).toBeGreaterThan(50);
    const got = bashV4(dir, cases.map(({ m, k }) => `${afterArgs(m)}${k.key}:`));
    const problems: string[] = [];
    cases.forEach(({ m, k }, i) => {
      const want = [...new Set([...(k.enum ?? ['true', 'false']), ...(TABLE.cli.aliases[k.key] ?? [])])];
      if (JSON.stringify(got[i]) !== JSON.stringify(want)) problems.push(`${m.name} ${k.key}: ${got[i].join(' ')}; want ${want.join(' ')}`);
    });
    expect(problems).toEqual([]);
  });

  it('completes method names from a prefix, and every method plus help and configure from nothing', () => {
    const [prefix, all] = bashV4(dir, ['gitlab-api-v4 create-is', 'gitlab-api-v4 ']);
    const names = TABLE.methods.map((m) => m.name.replace(/_/g, '-'));
    expect(prefix).toEqual(names.filter((n) => n.startsWith('create-is')).sort());
    expect(prefix).toContain('create-issue');
    expect(all.sort()).toEqual([...names, 'help', 'configure'].sort());
  });

  it('the script holds no --key= form and none of the junk options', () => {
    const text = readFileSync(join(dir, 'completions/gitlab-api-v4.bash'), 'utf8');
    for (const j of JUNK) expect(text).not.toContain(`--${j}=`);
    expect(text).not.toMatch(/'--[a-z_]+=' *'--[a-z_]+='[^)]*'--_='/);
  });
});

describe('bash: case by case', () => {
  it.each([
    // docs-source/issues.md:463-476, POST /projects/:id/issues: `title` is the one required attribute (`id` is the argument).
    ['gitlab-api-v4 create-issue grp/proj ', ['title:', 'iid:', 'description:', 'confidential:', 'assignee_ids:', 'milestone_id:', 'labels:', 'created_at:', 'due_date:', 'merge_request_to_resolve_discussions_of:', 'discussion_to_resolve:']],
    // no key repeated, whatever its spelling (the CLI turns - into _)
    ['gitlab-api-v4 create-issue grp/proj title:hello labels:a,b due-date:2024-01-01 confidential:', ['true', 'false']],
    ['gitlab-api-v4 create-issue grp/proj title:hello labels:a,b due-date:2024-01-01 ', ['iid:', 'description:', 'confidential:', 'assignee_ids:', 'milestone_id:', 'created_at:', 'merge_request_to_resolve_discussions_of:', 'discussion_to_resolve:']],
    ['gitlab-api-v4 create-issue grp/proj d', ['description:', 'due_date:', 'discussion_to_resolve:']],
    // docs-source/issues.md:266: `state`, "`opened` or `closed`"
    ['gitlab-api-v4 issues grp/proj state:o', ['opened']],
    ['gitlab-api-v4 issues grp/proj state:cl', ['closed']],
    // docs-source/issues.md:273: `order_by`, "`created_at` or `updated_at`"; the CLI takes order-by too
    ['gitlab-api-v4 issues grp/proj order-by:up', ['updated_at']],
    ['gitlab-api-v4 issues grp/proj order-by:created_at sort:asc or', []],
    // the argument first: no keys before it
    ['gitlab-api-v4 create-issue ', []],
    ['gitlab-api-v4 create-issue gr', []],
    // a method that takes no params (v4.pm: `$api->version()`)
    ['gitlab-api-v4 version ', []],
    // the access levels of docs-source/members.md:7-13, then the CLI's aliases (gitlab-api-v4's POD, "access-level": guest ... owner)
    ['gitlab-api-v4 add-project-member grp/proj access_level:', ['10', '20', '30', '40', '50', 'guest', 'reporter', 'developer', 'master', 'owner']],
    ['gitlab-api-v4 add-project-member grp/proj access-level:de', ['developer']],
    // options, anywhere (Getopt::Long's gnu_getopt permutes); the value of `--url VALUE` is no method
    ['gitlab-api-v4 --url http://127.0.0.1/api/v4 --pr', ['--private-token=', '--pretty']],
    ['gitlab-api-v4 --url http://127.0.0.1/api/v4 --pretty create-issue-n', ['create-issue-note', 'create-issue-note-award-emoji']],
    ['gitlab-api-v4 --url=http://127.0.0.1/api/v4 -p create-issue grp/proj --all ti', ['title:']],
    ['gitlab-api-v4 --url ', []],
    ['gitlab-api-v4 --access-token=', []],
    ['gitlab-api-v4 help ', []],
    ['gitlab-api-v4 no-such-method 1 ', []],
    // docs-source/services.md:928-957, PUT /projects/:id/services/slack: the argument picks the operation
    ['gitlab-api-v4 edit-project-service grp/proj sla', ['slack', 'slack-slash-commands']],
    ['gitlab-api-v4 edit-project-service grp/proj slack w', ['webhook:', 'wiki_page_events:', 'wiki_page_channel:']],
    ['gitlab-api-v4 edit-project-service grp/proj slack push_events:', ['true', 'false']],
  ])('%s', (line, want) => {
    expect(bashV4(dir, [line])[0]).toEqual(want);
  });

  it('offers the options the CLI documents and takes', () => {
    const [got] = bashV4(dir, ['gitlab-api-v4 --']);
    expect(got).toEqual(['--config-file=', '--url=', '--private-token=', '--access-token=', '--retries=', '--all', '--pretty', '--canonical', '--help', '--verbose', '--quiet']);
  });

  it('completes files after file: of an upload (docs-source/projects.md:1294, POST /projects/:id/uploads)', () => {
    const cwd = temporary('gitlab-api-v4-files-');
    writeFileSync(join(cwd, 'logo.png'), '');
    mkdirSync(join(cwd, 'sub'));
    expect(bashV4(dir, ['gitlab-api-v4 upload-file-to-project grp/proj file:lo', 'gitlab-api-v4 upload-file-to-project grp/proj '], { cwd })).toEqual([['logo.png'], ['file:']]);
  });

  it('works without the bash-completion package too', () => {
    const got = bashV4(dir, ['gitlab-api-v4 issues grp/proj state:o', 'gitlab-api-v4 create-issue-t', 'gitlab-api-v4 create-issue grp/proj title:x lab'], { bashCompletion: false });
    expect(got).toEqual([['opened'], ['create-issue-todo'], ['labels:']]);
  });

  it('never starts perl or the CLI: a TAB runs no perl or gitlab-api-v4 (each a trap on PATH here)', () => {
    const trap = temporary('gitlab-api-v4-trap-');
    const marks = temporary('gitlab-api-v4-marks-');
    for (const cmd of ['perl', 'gitlab-api-v4', 'node']) writeFileSync(join(trap, cmd), `#!/bin/sh\ntouch '${marks}/${cmd}'\n`, { mode: 0o755 });
    const got = bashV4(dir, ['gitlab-api-v4 ', 'gitlab-api-v4 issues g/p ', 'gitlab-api-v4 issues g/p state:'], { env: { ...process.env, PATH: `${trap}:${process.env.PATH}` } });
    expect(got[2]).toContain('opened');
    expect(readdirSync(marks)).toEqual([]);
  });
});
