// Names on today's pages: distinct, derived from method and path alone, and the same as on the
// GitLab 11.x pages for every route both keep (scripts/openapi/naming.ts).
import { describe, expect, it } from 'vitest';
import { nameRoutes } from '../../scripts/openapi/naming.js';
import { loadSpec } from '../helpers/pipeline.js';
import { currentRun, operations } from './pipeline.js';

describe('operation names on the current pages', () => {
  it('every operation has a distinct command and operationId, each from the routes alone', async () => {
    const ops = operations((await currentRun()).document);
    expect(ops.length).toBeGreaterThan(200);
    const { names, collisions } = nameRoutes(ops.map(({ method, path }) => ({ method: method.toUpperCase(), path })));
    ops.forEach((o, i) => {
      expect(o.operation['x-gitlab-command']).toBe(names[i].command);
      expect(o.operation.operationId).toBe(names[i].operationId);
    });
    expect(new Set(ops.map((o) => o.operation['x-gitlab-command'])).size).toBe(ops.length);
    expect(new Set(ops.map((o) => String(o.operation.operationId).toLowerCase())).size).toBe(ops.length);
    expect(collisions.filter((c) => c.rule === 'C3')).toEqual([]);
  });

  it('a route documented in GitLab 11.x and today has the same command and operationId in both specs', async () => {
    const current = new Map(operations((await currentRun()).document).map((o) => [`${o.method} ${o.path}`, o.operation]));
    const shared = operations(loadSpec()).filter((o) => current.has(`${o.method} ${o.path}`));
    // merge requests, projects, groups, members, runners, labels, ... (docs-versions/PROVENANCE.txt)
    expect(shared.length).toBeGreaterThan(120);
    const differ = shared
      .map((o) => ({ route: `${o.method} ${o.path}`, old: [o.operation['x-gitlab-command'], o.operation.operationId], now: [current.get(`${o.method} ${o.path}`)!['x-gitlab-command'], current.get(`${o.method} ${o.path}`)!.operationId] }))
      .filter((d) => d.old[0] !== d.now[0] || d.old[1] !== d.now[1]);
    expect(differ).toEqual([]);
  });
});
