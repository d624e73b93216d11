// The emitter's outputs: file names under generated/, the command table the CLI reads, and
// scripts each shell accepts as syntax.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { emitCompletions } from '../../scripts/emit/completions/index.js';
import { FIXTURE_SPEC, JUNK } from './expected.js';

const doc = JSON.parse(readFileSync(FIXTURE_SPEC, 'utf8'));
const files = emitCompletions(doc);
const byPath = new Map(files.map((f) => [f.path, String(f.content)]));

describe('emitCompletions', () => {
  it('returns the command table and the three scripts, relative to generated/', () => {
    expect(files.map((f) => f.path).sort()).toEqual(['cli-commands.json', 'cli-index.json', 'completions/_gitlab-api', 'completions/gitlab-api.bash', 'completions/gitlab-api.fish']);
  });

  it('is deterministic (committed outputs must not churn)', () => {
    expect(emitCompletions(structuredClone(doc))).toEqual(files);
  });

  it('the command table holds every operation with its method, path and parameters', () => {
    const table = JSON.parse(byPath.get('cli-commands.json')!);
    expect(table.commands).toHaveLength(10);
    const create = table.commands.find((c: { name: string }) => c.name === 'project-issue create');
    expect(create).toMatchObject({ resource: 'project-issue', verb: 'create', operationId: 'createProjectIssue', method: 'POST', path: '/projects/{id}/issues', bodyType: 'json' });
    expect(create.params.map((p: { flag: string }) => p.flag)).toEqual(['id', 'title', 'description', 'confidential', 'assignee_ids', 'labels', 'weight', 'issue_type']);
  });

  it('each script passes its shell\'s syntax check and holds no junk option', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emit-'));
    for (const [shell, path, args] of [
      ['bash', 'completions/gitlab-api.bash', ['-n']],
      ['zsh', 'completions/_gitlab-api', ['-n']],
      ['fish', 'completions/gitlab-api.fish', ['--no-execute']],
    ] as const) {
      const file = join(dir, path.replace('completions/', ''));
      writeFileSync(file, byPath.get(path)!);
      const r = spawnSync(shell, [...args, file], { encoding: 'utf8' });
      expect(r.status, `${shell}: ${r.stderr}`).toBe(0);
      for (const j of JUNK) expect(byPath.get(path)).not.toContain(`'${j}'`);
    }
  });

  it('the bash script never hands spec text to compgen -W or eval', () => {
    const bash = byPath.get('completions/gitlab-api.bash')!;
    expect(bash).not.toMatch(/compgen -W|\beval\b/);
  });
});
