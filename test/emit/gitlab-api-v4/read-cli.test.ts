// readCli over a small gitlab-api-v4 script and Config.pm written as Debian's 0.26 are: the
// Getopt::Long specs of both, the words taken in place of a method, the aliases, the option docs.
import { describe, expect, it } from 'vitest';
import { readCli } from '../../../scripts/emit/gitlab-api-v4/read-cli.js';

const CONFIG = `package GitLab::API::v4::Config;
sub get_options {
    my ($self, @extra) = @_;
    GetOptions(
        'config-file=s'   => \\$opt_args->{config_file},
        'url=s'           => \\$opt_args->{url},
        'retries=i'       => \\$opt_args->{retries},
        @extra,
    ) or die('Unable to process options!');
}
`;

const CLI = `#!/usr/bin/perl
$config->get_options(
    'a|all'       => \\my $all,
    'v|verbose' => \\my $verbose,
);
if ($help or (@ARGV and $ARGV[0] eq 'help')) { pod2usage( -verbose => 2 ); }
if (@ARGV and $ARGV[0] eq 'configure') { $config->configure(); }
my $aliases = {
    access_level => {
        guest     => $GITLAB_ACCESS_LEVEL_GUEST,
        owner     => $GITLAB_ACCESS_LEVEL_OWNER,
    },
};
__END__

=head1 OPTIONS

=head2 url

    --url=<url>

Sets L<GitLab::API::v4/url>.

=head2 all

    --all
    -a

Retrieves all results when the results would normally be paged.
See L<GitLab::API::v4::Paginator/all> for details.

=head1 API METHOD
`;

describe('readCli', () => {
  it('reads the options of both files, long name first, with the first sentence of their docs', () => {
    const { cli, diagnostics } = readCli(CLI, 'gitlab-api-v4', CONFIG, 'Config.pm');
    expect(diagnostics).toEqual([]);
    expect(cli.options).toEqual([
      { names: ['config-file'], value: true, description: '' },
      { names: ['url'], value: true, description: 'Sets url.' },
      { names: ['retries'], value: true, description: '' },
      { names: ['all', 'a'], value: false, description: 'Retrieves all results when the results would normally be paged.' },
      { names: ['verbose', 'v'], value: false, description: '' },
    ]);
    expect(cli.commands).toEqual(['help', 'configure']);
    expect(cli.aliases).toEqual({ access_level: ['guest', 'owner'] });
  });

  it('v4-cli-unreadable: files that are not the CLI and its Config.pm', () => {
    const { diagnostics } = readCli('#!/bin/sh\n', 'gitlab-api-v4', 'package Other;\n', 'Config.pm');
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.reason])).toEqual([
      ['Config.pm', 'v4-cli-unreadable', 'no GetOptions( ... ) block: is this GitLab/API/v4/Config.pm?'],
      ['gitlab-api-v4', 'v4-cli-unreadable', 'no $config->get_options( ... ) block: is this the gitlab-api-v4 script?'],
    ]);
  });
});
