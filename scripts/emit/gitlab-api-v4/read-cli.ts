// Reads the gitlab-api-v4 script (/usr/bin/gitlab-api-v4) and GitLab/API/v4/Config.pm into the
// method table's `cli` part: its options (Getopt::Long specs in both files), the words it takes in
// place of a method (`help`, `configure`), the value aliases it applies to params
// (`access_level:guest` -> 10), and each option's first sentence of documentation.
import type { Diagnostic } from '../../model.js';
import type { CliOption, MethodTable } from './method-table.js';

/** The Getopt::Long specs of the block opened by `opener` (`GetOptions(`): `'a|all'`, `'url=s'`. */
function getoptSpecs(text: string, opener: string): string[] {
  const start = text.indexOf(opener);
  if (start < 0) return [];
  const block = text.slice(start, text.indexOf(');', start));
  return [...block.matchAll(/^\s*'([\w|-]+(?:[=:][si])?)'\s*=>/gm)].map((m) => m[1]);
}

function toOption(spec: string): CliOption {
  const [names, type] = spec.split(/(?=[=:])/);
  const list = names.split('|').sort((a, b) => b.length - a.length);
  return { names: list, value: !!type, description: '' };
}

/** POD text as plain text: `L<JSON/pretty>` -> pretty, `C<x>` -> x, `L<text|url>` -> text. */
function podText(text: string): string {
  return text
    .replace(/L<([^|>]*)\|[^>]*>/g, '$1')
    .replace(/L<[^/>]*\/"?([^">]*)"?>/g, '$1')
    .replace(/[A-Z]<([^>]*)>/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence after the code block of each `=head2 NAME` under `=head1 OPTIONS`. */
function optionDocs(cli: string): Map<string, string> {
  const docs = new Map<string, string>();
  const options = /^=head1 OPTIONS$([\s\S]*?)^=head1 /m.exec(cli)?.[1] ?? '';
  for (const m of options.matchAll(/^=head2 ([\w-]+)\n([\s\S]*?)(?=^=head|$(?![\s\S]))/gm)) {
    // The prose: lines not indented (indented ones are the `--url=<url>` example).
    const prose = podText(m[2].split('\n').filter((l) => l.trim() && !/^\s/.test(l)).join(' '));
    docs.set(m[1], /^.*?\.(?=\s|$)/.exec(prose)?.[0] ?? prose);
  }
  return docs;
}

export function readCli(cli: string, cliFile: string, config: string, configFile: string): { cli: MethodTable['cli']; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, reason: string) => diagnostics.push({ file, line: 1, column: 1, ruleId: 'v4-cli-unreadable', severity: 'error', reason });
  const specs = [...getoptSpecs(config, 'GetOptions('), ...getoptSpecs(cli, '$config->get_options(')];
  if (!getoptSpecs(config, 'GetOptions(').length) report(configFile, 'no GetOptions( ... ) block: is this GitLab/API/v4/Config.pm?');
  if (!getoptSpecs(cli, '$config->get_options(').length) report(cliFile, 'no $config->get_options( ... ) block: is this the gitlab-api-v4 script?');
  const docs = optionDocs(cli);
  const options = specs.map(toOption).map((o) => ({ ...o, description: docs.get(o.names[0]) ?? '' }));
  const commands = [...new Set([...cli.matchAll(/\$ARGV\[0\] eq '([\w-]+)'/g)].map((m) => m[1]))];
  const aliases: Record<string, string[]> = {};
  const block = /my \$aliases = \{([\s\S]*?)\n\};/.exec(cli)?.[1] ?? '';
  for (const m of block.matchAll(/(\w+) => \{([^}]*)\}/g)) {
    aliases[m[1]] = [...m[2].matchAll(/(\w+)\s*=>/g)].map((a) => a[1]);
  }
  return { cli: { commands, options, aliases }, diagnostics };
}
