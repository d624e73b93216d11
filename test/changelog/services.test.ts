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
 * Those whose words on the old page already settle the same type (`INFERRED_ALIKE`) change nothing.
 */
const GAINED_TYPE: Record<string, Record<string, string>> = {
  assembla: { subdomain: 'string' },
  buildkite: { project_url: 'string', enable_ssl_verification: 'boolean' },
  campfire: { subdomain: 'string' },
  'custom-issue-tracker': { new_issue_url: 'string', issues_url: 'string', project_url: 'string', description: 'string', title: 'string' },
  'drone-ci': { drone_url: 'string', enable_ssl_verification: 'boolean' },
  'emails-on-push': { disable_diffs: 'boolean', send_from_committer_email: 'boolean' },
  hipchat: { color: 'string', notify: 'boolean', api_version: 'string', server: 'string' },
  irker: { default_irc_uri: 'string', server_host: 'string', server_port: 'integer', colorize_messages: 'boolean' },
  pushover: { priority: 'string', device: 'string', sound: 'string' },
  redmine: { new_issue_url: 'string', project_url: 'string', issues_url: 'string', description: 'string' },
  slack: { webhook: 'string', channel: 'string' },
  mattermost: { webhook: 'string', channel: 'string' },
  teamcity: { build_type: 'string' },
  'mock-ci': { mock_service_url: 'string' },
};

/**
 * Typed on the old page by its own words (earlier/services.md: "User API token" :19, "Comma-separated
 * list" :20, "Bamboo root URL" :87, "Emails separated by whitespace" :260, "Room name or ID" :394,
 * "Your user key" :669, ...) or by the same name typed or read elsewhere on that page (`username` and
 * `password` of its JIRA table, `token` of Buildkite's "GitLab token" :122), as the new table types them.
 */
const INFERRED_ALIKE: Record<string, string[]> = {
  asana: ['api_key', 'restrict_to_branch'],
  assembla: ['token'],
  bamboo: ['bamboo_url', 'build_key', 'username', 'password'],
  buildkite: ['token'],
  campfire: ['token', 'room'],
  'drone-ci': ['token'],
  'emails-on-push': ['recipients'],
  'external-wiki': ['external_wiki_url'],
  flowdock: ['token'],
  hipchat: ['token', 'room'],
  irker: ['recipients'],
  pivotaltracker: ['token'],
  pushover: ['api_key', 'user_key'],
  slack: ['username'],
  mattermost: ['username'],
  teamcity: ['teamcity_url', 'username', 'password'],
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
  for (const [method, id] of [['GET', 'getProjectServiceGemnasium'], ['PUT', 'updateProjectServiceGemnasium'], ['DELETE', 'deleteProjectServiceGemnasium']]) {
    lines.push(`breaking ${method} /projects/{id}/services/gemnasium operation-removed ${id} -> `);
  }
  // JIRA: `username` and `password` went from `no` to `yes` in the Required column.
  lines.push(`breaking ${put('jira')} request-property-became-required username`);
  lines.push(`breaking ${put('jira')} request-property-became-required password`);
  // The new Bugzilla section's PUT is headed "Create/Edit Buildkite service" (a copy-paste slip in the
  // docs), but names come from method and path: the Buildkite PUT keeps its operationId, no change.
  for (const service of ADDED_SERVICES) {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      lines.push(new RegExp(`^non-breaking ${method} /projects/\\{id\\}/services/${service} operation-added  -> \\w+$`).source);
    }
  }
  // PivotalTracker's `restrict_to_branch`: "Comma-separated list of branches" on the old page (:636),
  // a string; the new table types it `boolean` (docs-source/services.md:792) although it still
  // describes a list: we report what the docs say.
  lines.push(`breaking ${put('pivotaltracker')} request-property-type-changed restrict_to_branch string -> boolean`);
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
  // Slack slash commands: the example response gained `"confidential_issues_events": true`.
  lines.push('non-breaking GET /projects/{id}/services/slack-slash-commands response-property-added confidential_issues_events');
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

  it('counts 6 breaking changes: Gemnasium removed (3), two JIRA fields made required, one type', () => {
    const gained = Object.values(GAINED_TYPE).reduce((n, p) => n + Object.keys(p).length, 0);
    expect(gained + Object.values(INFERRED_ALIKE).reduce((n, names) => n + names.length, 0) + 1).toBe(60);
    expect(report.summary).toEqual({ unverified: 0, breaking: 6, nonBreaking: 18 + gained + 37 + 1 });
  });

  it('points each change at its docs line', () => {
    const jira = report.changes.find((c) => c.id === 'request-property-became-required' && c.subject === 'username');
    expect(jira?.source).toEqual({ side: 'revision', file: 'services.md', line: 562 });
    const gone = report.changes.find((c) => c.id === 'operation-removed' && c.method === 'DELETE');
    expect(gone?.source).toEqual({ side: 'base', file: 'services.md', line: 366 });
  });
});
