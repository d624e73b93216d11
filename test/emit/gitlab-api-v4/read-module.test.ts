// readModule over small modules written the way GitLab/API/v4.pm documents and codes each method
// (its =item block, "Sends a C<VERB> request to C<route>", and the sub calling _call_rest_client).
import { describe, expect, it } from 'vitest';
import { readModule } from '../../../scripts/emit/gitlab-api-v4/read-module.js';

interface Fixture {
  name: string;
  verb?: string;
  route?: string;
  /** The example call's arguments, `$project_id`, `\%params`. */
  example?: string[] | null;
  /** The `$options->{...} = $params` line of the code; null: none. */
  goes?: string | null;
  sends?: string | null;
  call?: string | null;
}

function method(f: Fixture): string {
  const verb = f.verb ?? 'GET';
  const route = f.route ?? 'projects/:project_id/things';
  const example = f.example === null ? [] : ['', `    my $x = $api->${f.name}(`, ...(f.example ?? ['$project_id', '\\%params']).map((a) => `        ${a},`), '    );'];
  const sends = f.sends === null ? [] : ['', f.sends ?? `Sends a C<${verb}> request to C<${route}> and returns the decoded response content.`];
  const goes = f.goes === null ? [] : [`    ${f.goes ?? '$options->{query} = $params if defined $params;'}`];
  const call = f.call === null ? [] : [`    return $self->_call_rest_client( ${f.call ?? `'${verb}', '${route}'`}, [@_], $options );`];
  return [`=item ${f.name}`, ...example, ...sends, '', '=cut', '', `sub ${f.name} {`, '    my $self = shift;', '    my $options = {};', ...goes, ...call, '}', ''].join('\n');
}

function moduleOf(...methods: Fixture[]): string {
  return ["package GitLab::API::v4;", "our $VERSION = '0.26';", '', '=head1 API METHODS', '', '=head2 Things', '', '=over', '', ...methods.map(method), '=back', '', '=cut', '', '1;', '__END__', '=item after_end', ''].join('\n');
}

describe('readModule: methods', () => {
  it.each<[string, Fixture, object]>([
    ['GET with params: the query', { name: 'things' }, { verb: 'GET', route: 'projects/:project_id/things', args: ['project_id'], params: 'query', section: 'Things' }],
    ['POST with params: the JSON body', { name: 'create_thing', verb: 'POST', goes: '$options->{content} = $params if defined $params;' }, { verb: 'POST', params: 'content' }],
    ['no \\%params: none', { name: 'thing', route: 'projects/:project_id/things/:thing_id', example: ['$project_id', '$thing_id'], goes: null }, { args: ['project_id', 'thing_id'], params: 'none' }],
    ['a file per key (edit_project_multipart)', { name: 'edit_thing', verb: 'PUT', route: 'projects/:project_id', goes: '$options->{content} = $params if defined $params;\n    $options->{content}->{file} = $params;' }, { params: 'files' }],
    ['no arguments at all', { name: 'version', route: 'version', example: [], goes: null }, { args: [], params: 'none' }],
    ['documented without "and returns ..."', { name: 'delete_thing', verb: 'DELETE', sends: 'Sends a C<DELETE> request to C<projects/:project_id/things>.', example: ['$project_id'], goes: null }, { verb: 'DELETE', params: 'none' }],
  ])('%s', (_name, fixture, want) => {
    const { methods, diagnostics, version } = readModule(moduleOf(fixture), 'v4.pm');
    expect(diagnostics).toEqual([]);
    expect(version).toBe('0.26');
    expect(methods).toHaveLength(1);
    expect(methods[0]).toMatchObject({ name: fixture.name, line: 10, ...want });
  });

  it('stops at __END__ (the module\'s own POD after it documents no method)', () => {
    expect(readModule(moduleOf({ name: 'things' }), 'v4.pm').methods.map((m) => m.name)).toEqual(['things']);
  });
});

describe('readModule: what it reports, and leaves out', () => {
  it.each<[string, Fixture[], string, boolean, number?]>([
    ['v4-method-no-request', [{ name: 'things', sends: null }], 'things: no "Sends a C<VERB> request to C<route>" line', false],
    ['v4-method-verb', [{ name: 'things', verb: 'PATCH' }], 'things: unknown HTTP method PATCH', false],
    ['v4-method-duplicate', [{ name: 'things' }, { name: 'things' }], 'things is documented twice', true, 28],
    ['v4-method-no-call', [{ name: 'things', call: null }], 'things: no sub things calling _call_rest_client', true],
    ['v4-method-mismatch', [{ name: 'things', call: "'GET', 'projects/:project_id/other'" }], 'documented as GET projects/:project_id/things, but its code sends GET projects/:project_id/other', true],
    ['v4-method-no-example', [{ name: 'things', example: null }], 'no example call $api->things(...)', true],
    ['v4-args-not-route', [{ name: 'things', example: ['$group_id', '$other', '\\%params'] }], 'arguments (group_id, other) are not the route\'s placeholders (project_id)', true],
    ['v4-params-mismatch', [{ name: 'things', goes: null }], 'documented with \\%params, but its code sends none', true],
    ['v4-params-mismatch', [{ name: 'things', example: ['$project_id'] }], 'documented without \\%params, but its code sends them as query', true],
  ])('%s (case %#)', (ruleId, fixtures, reason, kept, line = 10) => {
    const { methods, diagnostics } = readModule(moduleOf(...fixtures), 'v4.pm');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'v4.pm', line, column: 1, ruleId, severity: 'error' });
    expect(diagnostics[0].reason).toContain(reason);
    expect(methods.length).toBe(kept ? 1 : 0);
  });

  it('v4-module-no-version: not the module', () => {
    expect(readModule('package Something::Else;\n1;\n', 'x.pm').diagnostics).toEqual([
      { file: 'x.pm', line: 1, column: 1, ruleId: 'v4-module-no-version', severity: 'error', reason: 'no `our $VERSION = ...;` line: is this GitLab/API/v4.pm?' },
    ]);
  });
});
