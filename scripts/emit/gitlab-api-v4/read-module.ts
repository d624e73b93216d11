// Reads GitLab/API/v4.pm, the module behind gitlab-api-v4, into the method table's methods. Each
// method is documented the same way (the module is generated from YAML):
//
//   =item create_issue
//
//       my $issue = $api->create_issue(
//           $project_id,
//           \%params,
//       );
//
//   Sends a C<POST> request to C<projects/:project_id/issues> and returns the decoded response content.
//
//   =cut
//
//   sub create_issue { ... $options->{content} = $params ...
//       return $self->_call_rest_client( 'POST', 'projects/:project_id/issues', [@_], $options ); }
//
// The documentation gives the name, verb, route and arguments; the code says where the params go,
// and must agree with the documentation (a disagreement is reported, not resolved by guessing).
import type { Diagnostic } from '../../model.js';
import type { HttpVerb, ParamsGo, PerlMethod } from './method-table.js';

const VERBS = new Set(['GET', 'POST', 'PUT', 'DELETE']);

interface Reading {
  name: string;
  line: number;
  section: string;
  /** The indented example call, joined. */
  example: string;
  sends?: { verb: string; route: string };
  call?: { verb: string; route: string };
  goes: Set<string>;
}

/** The placeholders of a route, in order: `projects/:project_id/issues/:issue_iid` -> project_id, issue_iid. */
export function routePlaceholders(route: string): string[] {
  return route.split('/').filter((s) => s.startsWith(':')).map((s) => s.slice(1));
}

function paramsGo(r: Reading): ParamsGo {
  if (r.goes.has('content-file')) return 'files';
  if (r.goes.has('content')) return 'content';
  if (r.goes.has('query')) return 'query';
  return 'none';
}

export function readModule(text: string, file: string): { version: string; methods: PerlMethod[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, ruleId: string, reason: string) => diagnostics.push({ file, line, column: 1, ruleId, severity: 'error', reason });
  const lines = text.split('\n');
  const version = /^our \$VERSION = '([^']+)';/m.exec(text)?.[1] ?? '';
  if (!version) report(1, 'v4-module-no-version', 'no `our $VERSION = ...;` line: is this GitLab/API/v4.pm?');

  const readings: Reading[] = [];
  let section = '';
  let current: Reading | undefined;
  let inPod = false;
  let inSub: Reading | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const n = i + 1;
    if (line === '__END__') break;
    if (inSub) {
      const call = /_call_rest_client\(\s*'([A-Z]+)',\s*'([^']*)'/.exec(line);
      if (call) inSub.call = { verb: call[1], route: call[2] };
      const goes = /^\s*\$options->\{(query|content)\}(->\{file\})? = \$params\b/.exec(line);
      if (goes) inSub.goes.add(goes[2] ? 'content-file' : goes[1]);
      if (line === '}') inSub = undefined;
      continue;
    }
    if (line.startsWith('=')) {
      inPod = line !== '=cut';
      const head = /^=head2\s+(.*)$/.exec(line);
      if (head) section = head[1].trim();
      const item = /^=item\s+(\w+)\s*$/.exec(line);
      if (item) {
        current = { name: item[1], line: n, section, example: '', goes: new Set() };
        readings.push(current);
      }
      continue;
    }
    if (inPod && current) {
      if (line.startsWith('    ') && !current.sends) current.example += ` ${line.trim()}`;
      const sends = /^Sends a C<([A-Z]+)> request to C<([^>]*)>/.exec(line);
      if (sends) current.sends = { verb: sends[1], route: sends[2] };
      continue;
    }
    const sub = /^sub (\w+) \{/.exec(line);
    if (sub && current && sub[1] === current.name && !current.call) inSub = current;
  }

  const methods: PerlMethod[] = [];
  const seen = new Set<string>();
  for (const r of readings) {
    if (seen.has(r.name)) {
      report(r.line, 'v4-method-duplicate', `${r.name} is documented twice`);
      continue;
    }
    seen.add(r.name);
    if (!r.sends) {
      report(r.line, 'v4-method-no-request', `${r.name}: no "Sends a C<VERB> request to C<route>" line in its documentation`);
      continue;
    }
    if (!VERBS.has(r.sends.verb)) {
      report(r.line, 'v4-method-verb', `${r.name}: unknown HTTP method ${r.sends.verb}`);
      continue;
    }
    if (!r.call) report(r.line, 'v4-method-no-call', `${r.name}: no sub ${r.name} calling _call_rest_client after its documentation`);
    else if (r.call.verb !== r.sends.verb || r.call.route !== r.sends.route) {
      report(r.line, 'v4-method-mismatch', `${r.name}: documented as ${r.sends.verb} ${r.sends.route}, but its code sends ${r.call.verb} ${r.call.route}`);
    }
    // The example call's arguments: `$project_id` (positional), `\%params` (the param:value pairs).
    const call = new RegExp(`->${r.name}\\(([^)]*)\\)`).exec(r.example);
    const parts = (call?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const args = parts.filter((p) => p.startsWith('$')).map((p) => p.slice(1));
    const takesParams = parts.includes('\\%params');
    if (!call) report(r.line, 'v4-method-no-example', `${r.name}: no example call $api->${r.name}(...) in its documentation`);
    const placeholders = routePlaceholders(r.sends.route);
    if (call && args.join(',') !== placeholders.join(',')) {
      report(r.line, 'v4-args-not-route', `${r.name}: arguments (${args.join(', ')}) are not the route's placeholders (${placeholders.join(', ')})`);
    }
    const params = paramsGo(r);
    if (call && takesParams !== (params !== 'none')) {
      report(r.line, 'v4-params-mismatch', `${r.name}: documented ${takesParams ? 'with' : 'without'} \\%params, but its code ${params === 'none' ? 'sends none' : `sends them as ${params}`}`);
    }
    methods.push({ name: r.name, verb: r.sends.verb as HttpVerb, route: r.sends.route, args: placeholders, params, section: r.section, line: r.line });
  }
  return { version, methods, diagnostics };
}
