// The bodies of responses the docs show no example of (entities/infer.ts), through the whole entity
// pass: one fixture per rule, and what happens when the routes do not settle it.
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../../scripts/model.js';
import { endpoint, json, response } from '../fixtures.js';
import { runEntities } from './run.js';

const shown = (signature: string, value: unknown, extra: Partial<Endpoint> = {}) => endpoint(signature, { responses: [response([json(value)])], ...extra });
const bare = (signature: string, extra: Partial<Endpoint> = {}) => endpoint(signature, extra);
const milestone = { id: 12, iid: 3, project_id: 16, title: '10.0', description: 'Version', state: 'active' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const list = (name: string) => ({ type: 'array', items: ref(name) });

function inferred(endpoints: Endpoint[], operation: string, status?: number) {
  const run = runEntities(endpoints);
  const method = operation.split(' ')[0];
  const body = run.body(operation, status ?? (method === 'POST' ? 201 : 200));
  const diagnostics = run.diagnostics.filter((d) => ['inferred-response', 'response-same-as', 'response-without-schema'].includes(d.ruleId));
  return { body, diagnostics, run };
}

describe('inferred bodies: what the route names', () => {
  // milestones.md:54, :67, :83: single, create and update show no example; the list (milestones.md:23) does.
  const docs = [
    shown('GET /projects/:id/milestones', [milestone]),
    bare('GET /projects/:id/milestones/:milestone_id'),
    bare('POST /projects/:id/milestones'),
    bare('PUT /projects/:id/milestones/:milestone_id'),
  ];

  it.each([
    ['GET /projects/:id/milestones/:milestone_id', 'one of what `GET /projects/:id/milestones` lists'],
    ['POST /projects/:id/milestones', 'one of what `GET /projects/:id/milestones` lists'],
    ['PUT /projects/:id/milestones/:milestone_id', 'what `GET /projects/:id/milestones/:milestone_id` returns'],
  ])('%s: the entity, marked inferred, with a diagnostic saying why', (operation, how) => {
    const { body, diagnostics } = inferred(docs, operation);
    expect(body).toEqual({ schema: ref('Milestone'), list: false, inferred: true });
    expect(diagnostics.find((d) => d.reason.startsWith(`\`${operation}\``))).toMatchObject({ ruleId: 'inferred-response', severity: 'info' });
    expect(diagnostics.find((d) => d.reason.startsWith(`\`${operation}\``))!.reason).toContain(how);
  });

  it('a collection\'s route, by the name\'s other routes: a list (milestones.md:114 lists the milestone\'s issues)', () => {
    const issue = { id: 76, iid: 6, title: 'Consequatur vero maxime', state: 'opened' };
    const { body } = inferred([shown('GET /projects/:id/issues', [issue]), bare('DELETE /projects/:id/issues/:issue_iid'), ...docs, bare('GET /projects/:id/milestones/:milestone_id/issues')],
      'GET /projects/:id/milestones/:milestone_id/issues');
    expect(body).toEqual({ schema: list('Issue'), list: true, inferred: true });
  });

  it('a family of literal items: every service like the one shown (services.md:624)', () => {
    const service = { id: 4, title: 'Slack slash commands', active: true, push_events: true, properties: { token: 'x' } };
    const services = ['asana', 'jira', 'slack-slash-commands'].flatMap((s) => [bare(`PUT /projects/:id/services/${s}`), bare(`DELETE /projects/:id/services/${s}`)]);
    const all = [...services, shown('GET /projects/:id/services/slack-slash-commands', service), bare('GET /projects/:id/services/asana'), bare('GET /projects/:id/services/jira')];
    expect(inferred(all, 'GET /projects/:id/services/asana').body).toEqual({ schema: ref('Service'), list: false, inferred: true });
    expect(inferred(all, 'PUT /projects/:id/services/jira').body).toEqual({ schema: ref('Service'), list: false, inferred: true });
  });

  it('an action on an item returns the item only where another documented action on it does (labels.md:215)', () => {
    const label = { id: 1, name: 'bug', color: '#d9534f', subscribed: true };
    const labels = [shown('GET /projects/:id/labels', [label]), shown('POST /projects/:id/labels/:label_id/subscribe', label), bare('POST /projects/:id/labels/:label_id/unsubscribe')];
    expect(inferred(labels, 'POST /projects/:id/labels/:label_id/unsubscribe').body).toEqual({ schema: ref('Label'), list: false, inferred: true });
    // users.md:1017: blocking a user; no action on a user shows its body: nothing is guessed.
    const user = { id: 1, username: 'john_smith', name: 'John Smith', state: 'active' };
    const { body, diagnostics } = inferred([shown('GET /users', [user]), bare('POST /users/:id/block')], 'POST /users/:id/block');
    expect(body).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'response-without-schema', severity: 'info' })]);
  });

  it('where the routes point at two entities, nothing is chosen', () => {
    const { body, diagnostics } = inferred([
      shown('GET /projects/:id/notes/:note_id', { id: 1, body: 'b' }),
      shown('GET /groups/:id/notes/:note_id', { title: 't', url: 'u', weight: 3 }),
      bare('GET /users/:id/notes'),
    ], 'GET /users/:id/notes');
    expect(body).toBeUndefined();
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['response-without-schema']);
  });

  it('a DELETE answering 202 has nothing the route could name: reported only', () => {
    const { body, diagnostics } = inferred([shown('GET /groups/:id', { id: 1, name: 'g' }), bare('DELETE /groups/:id', { responses: [response([], { status: 202, statusFrom: 'prose' })] })],
      'DELETE /groups/:id', 202);
    expect(body).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'response-without-schema' })]);
  });
});

describe('bodies the section points to', () => {
  it('"the same response attributes as [List ...](#anchor)" (discussions.md:190 in the current docs): not inferred', () => {
    const discussion = { id: '6a9c1750b37d513a43987b574953fceb50b03ce7', individual_note: false, notes: [] };
    const { body, diagnostics } = inferred([
      shown('GET /projects/:id/issues/:issue_iid/discussions', [discussion], { anchor: 'list-project-issue-discussion-items', file: 'discussions.md' }),
      bare('GET /projects/:id/issues/:issue_iid/discussions/:discussion_id', {
        file: 'discussions.md',
        description: 'If successful, returns [`200 OK`](rest/troubleshooting.md#status-codes) and the same response attributes as [List project issue discussion items](#list-project-issue-discussion-items).',
      }),
    ], 'GET /projects/:id/issues/:issue_iid/discussions/:discussion_id');
    expect(body).toEqual({ schema: ref('Discussion'), list: false });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'response-same-as' })]);
  });

  it('a download gets its media type, not JSON (jobs.md:446)', () => {
    const { body, diagnostics } = inferred([bare('GET /projects/:id/jobs/:job_id/trace')], 'GET /projects/:id/jobs/:job_id/trace');
    expect(body).toEqual({ schema: { type: 'string' }, list: false, mediaType: 'text/plain' });
    expect(diagnostics).toEqual([]);
  });
});
