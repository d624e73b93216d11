// The first real case: GitLab's older services page (bullet-list parameters without types, fewer
// services) against docs-source/services.md, both through the real parse and openapi stages.
// The expected changes were written by reading the two pages side by side, section by section.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changelog, type ChangelogReport } from '../../scripts/changelog/index.js';
import { loadDocument } from '../../scripts/changelog-cli.js';
import { brief } from './fixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EARLIER = join(ROOT, 'docs-versions/earlier/services.md');
const CURRENT = join(ROOT, 'docs-source/services.md');

const put = (service: string) => `PUT /projects/{id}/services/${service}`;

/** Services the new page documents and the old one does not: each has PUT, DELETE and GET. */
const ADDED_SERVICES = ['bugzilla', 'hangouts_chat', 'kubernetes', 'packagist', 'prometheus', 'microsoft-teams'];

/**
 * Parameters that were bullet items without a type (`- \`token\` (**required**)`) and are now
 * table rows with one, by service route; requiredness is the same on both pages for all of them.
 */
const GAINED_TYPE: Record<string, Record<string, string>> = {
  asana: { api_key: 'string', restrict_to_branch: 'string' },
  assembla: { token: 'string', subdomain: 'string' },
  bamboo: { bamboo_url: 'string', build_key: 'string', username: 'string', password: 'string' },
  buildkite: { token: 'string', project_url: 'string', enable_ssl_verification: 'boolean' },
  campfire: { token: 'string', subdomain: 'string', room: 'string' },
  'custom-issue-tracker': { new_issue_url: 'string', issues_url: 'string', project_url: 'string', description: 'string', title: 'string' },
  'drone-ci': { token: 'string', drone_url: 'string', enable_ssl_verification: 'boolean' },
  'emails-on-push': { recipients: 'string', disable_diffs: 'boolean', send_from_committer_email: 'boolean' },
  'external-wiki': { external_wiki_url: 'string' },
  flowdock: { token: 'string' },
  hipchat: { token: 'string', color: 'string', notify: 'boolean', room: 'string', api_version: 'string', server: 'string' },
  irker: { recipients: 'string', default_irc_uri: 'string', server_host: 'string', server_port: 'integer', colorize_messages: 'boolean' },
  // The new table types `restrict_to_branch` as boolean although it describes a list: we report what the docs say.
  pivotaltracker: { token: 'string', restrict_to_branch: 'boolean' },
  pushover: { api_key: 'string', user_key: 'string', priority: 'string', device: 'string', sound: 'string' },
  redmine: { new_issue_url: 'string', project_url: 'string', issues_url: 'string', description: 'string' },
  slack: { webhook: 'string', username: 'string', channel: 'string' },
  mattermost: { webhook: 'string', username: 'string', channel: 'string' },
  teamcity: { teamcity_url: 'string', build_type: 'string', username: 'string', password: 'string' },
  'mock-ci': { mock_service_url: 'string' },
};

/** The event flags and channels the Slack and Mattermost notification tables added (all `false` in Required). */
const EVENT_PARAMETERS = [
  'notify_only_broken_pipelines', 'notify_only_default_branch', 'push_events', 'issues_events',
  'confidential_issues_events', 'merge_requests_events', 'tag_push_events', 'note_events', 'pipeline_events',
  'wiki_page_events', 'push_channel', 'issue_channel', 'confidential_issue_channel', 'merge_request_channel',
  'note_channel', 'tag_push_channel', 'pipeline_channel', 'wiki_page_channel',
];

function expectedChanges(): string[] {
  const lines: string[] = [];
  // Gemnasium is gone from the new page: its three endpoints are removed.
  for (const [method, id] of [['GET', 'getGemnasiumServiceSettings'], ['PUT', 'createEditGemnasiumService'], ['DELETE', 'deleteGemnasiumService']]) {
    lines.push(`breaking ${method} /projects/{id}/services/gemnasium operation-removed ${id} -> `);
  }
  // JIRA: `username` and `password` went from `no` to `yes` in the Required column.
  lines.push(`breaking ${put('jira')} request-property-became-required username`);
  lines.push(`breaking ${put('jira')} request-property-became-required password`);
  // The new Bugzilla section's PUT is headed "Create/Edit Buildkite service" (a copy-paste slip in the
  // docs) and comes before Buildkite's, so by the operationId rule (first in document order keeps the
  // name) it takes `createEditBuildkiteService` and the real Buildkite PUT gets another one (which
  // one is the openapi stage's collision rule, so any other id is accepted here).
  lines.push(/^breaking PUT \/projects\/\{id\}\/services\/buildkite operation-id-changed createEditBuildkiteService -> (?!createEditBuildkiteService$)\w+$/.source);
  for (const service of ADDED_SERVICES) {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      lines.push(new RegExp(`^non-breaking ${method} /projects/\\{id\\}/services/${service} operation-added  -> \\w+$`).source);
    }
  }
  for (const [service, parameters] of Object.entries(GAINED_TYPE)) {
    for (const [name, type] of Object.entries(parameters)) {
      lines.push(`non-breaking ${put(service)} request-property-type-added ${name} unknown -> ${type}`);
    }
  }
  for (const service of ['slack', 'mattermost']) {
    for (const name of EVENT_PARAMETERS) lines.push(`non-breaking ${put(service)} request-property-added-optional ${name}`);
  }
  // Mattermost slash commands: a new optional `username` row.
  lines.push(`non-breaking ${put('mattermost-slash-commands')} request-property-added-optional username`);
  // Slack slash commands: the example response gained `"confidential_issues_events": true`
  // (earlier/services.md:507 has no such line, docs-source/services.md:637 has it).
  lines.push('non-breaking GET /projects/{id}/services/slack-slash-commands response-property-added confidential_issues_events');
  // That example is the only one on either page: every other service's GET and PUT (and the Slack
  // slash commands' PUT) shows none, and the spec takes its body to be the same Service entity
  // (x-gitlab-inferred-response), so each of the services on both pages gains the field too.
  for (const service of [...Object.keys(GAINED_TYPE), 'jira', 'mattermost-slash-commands', 'pipelines-email']) {
    lines.push(`non-breaking GET /projects/{id}/services/${service} response-property-added confidential_issues_events`);
    lines.push(`non-breaking ${put(service)} response-property-added confidential_issues_events`);
  }
  lines.push(`non-breaking ${put('slack-slash-commands')} response-property-added confidential_issues_events`);
  return lines;
}

describe('services.md: the earlier page against docs-source', () => {
  let dir: string;
  let report: ChangelogReport;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'changelog-services-'));
    for (const [side, page] of [['base', EARLIER], ['revision', CURRENT]]) {
      mkdirSync(join(dir, side));
      cpSync(page, join(dir, side, 'services.md'));
    }
    report = changelog(await loadDocument(join(dir, 'base')), await loadDocument(join(dir, 'revision')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every change read from the two pages, nothing missing and nothing more', () => {
    const actual = brief(report);
    const expected = expectedChanges();
    // Added operations carry the revision's operationId, whatever the openapi stage names them.
    const unmatched = [...actual];
    const missing: string[] = [];
    for (const want of expected) {
      const index = want.startsWith('^') ? unmatched.findIndex((line) => new RegExp(want).test(line)) : unmatched.indexOf(want);
      if (index === -1) missing.push(want);
      else unmatched.splice(index, 1);
    }
    expect({ missing, unexpected: unmatched }).toEqual({ missing: [], unexpected: [] });
    expect(actual).toHaveLength(expected.length);
  });

  it('counts 6 breaking changes: Gemnasium removed (3), two JIRA fields made required, one operationId', () => {
    expect(report.summary).toEqual({ breaking: 6, nonBreaking: 18 + 60 + 37 + 1 + 45 });
  });

  it('points each change at its docs line', () => {
    const jira = report.changes.find((c) => c.id === 'request-property-became-required' && c.subject === 'username');
    expect(jira?.source).toEqual({ side: 'revision', file: 'services.md', line: 562 });
    const gone = report.changes.find((c) => c.id === 'operation-removed' && c.method === 'DELETE');
    expect(gone?.source).toEqual({ side: 'base', file: 'services.md', line: 366 });
  });
});
