// The bash script: static data (a case over resources and one over commands) plus one function.
// It never starts node, and never hands spec text to compgen -W (which expands its word list):
// candidates are matched with [[ $w == "$cur"* ]] over literal arrays.
import type { CompletionModel, CompletionOption } from './model.js';
import { readFileSync } from 'node:fs';
import { shQuote } from './quote.js';

// The fixed part of the script: plain bash in its own file, so it can be read and checked as bash.
const FUNCTIONS = readFileSync(new URL('./bash-functions.bash', import.meta.url), 'utf8');

const words = (list: readonly string[]) => list.map(shQuote).join(' ');

/** The option arrays of one position: flags, those taking a value, those that repeat, the `--no-` forms. */
function optionData(opts: CompletionOption[]): string {
  const arrays = [
    `_ga_flags=(${words(opts.map((o) => o.flag))})`,
    `_ga_valued=(${words(opts.filter((o) => o.takesValue).map((o) => o.flag))})`,
  ];
  const repeat = opts.filter((o) => o.repeat).map((o) => o.flag);
  const neg = opts.filter((o) => o.negatable).map((o) => `--no-${o.flag.slice(2)}`);
  arrays.push(`_ga_repeat=(${words(repeat)})`, `_ga_neg=(${words(neg)})`);
  return arrays.join('; ');
}

function valueCases(opts: CompletionOption[], indent: string): string[] {
  const lines: string[] = [];
  for (const o of opts) {
    if (o.enum) lines.push(`${indent}${shQuote(o.flag)}) _ga_words=(${words(o.enum)}) ;;`);
    else if (o.data) lines.push(`${indent}${shQuote(o.flag)}) _ga_kind=data ;;`);
    else if (o.file) lines.push(`${indent}${shQuote(o.flag)}) _ga_kind=file ;;`);
  }
  return lines;
}

export function emitBash(model: CompletionModel): string {
  const out: string[] = [
    '# bash completion for gitlab-api. Generated from the OpenAPI spec by scripts/emit/completions; do not edit.',
    '# Install: copy to $(pkg-config --variable=completionsdir bash-completion)/gitlab-api',
    '# (usually /usr/share/bash-completion/completions/), or: source <(gitlab-api completion bash)',
    '',
    `_gitlab_api_commands=(${words(model.words.map((w) => w.name))})`,
    `_gitlab_api_methods=(${words(model.api.methods)})`,
    '',
    '# Options before a command, and those of `gitlab-api api`.',
    '_gitlab_api_globals() {',
    `  ${optionData(model.globals)}`,
    '}',
    '_gitlab_api_api() {',
    `  ${optionData(model.api.options)}`,
    '}',
    '',
    '# $1 resource: its verbs in _ga_words; fails for anything else.',
    '_gitlab_api_verbs() {',
    '  case $1 in',
  ];
  for (const r of model.resources) out.push(`    ${shQuote(r.name)}) _ga_words=(${words(r.verbs.map((v) => v.verb))}) ;;`);
  out.push('    *) return 1 ;;', '  esac', '}', '');
  out.push('# $1 command (`resource verb`): its parameters (required first), then the global options it does not shadow.', '_gitlab_api_operation() {', '  case $1 in');
  for (const c of model.commands) out.push(`    ${shQuote(c.name)}) ${optionData([...c.params, ...c.globals])} ;;`);
  out.push('    *) return 1 ;;', '  esac', '}', '');
  out.push('# $1 command (`api`, or empty before one), $2 option: sets _ga_words (values) or _ga_kind (file, data).', '_gitlab_api_values() {', '  case $1 in');
  for (const c of model.commands) {
    const cases = valueCases([...c.params, ...c.globals], '        ');
    // Every command gets its case, even an empty one, so a parameter that shadows a global option
    // never falls through to that option's values.
    out.push(cases.length ? `    ${shQuote(c.name)})\n      case $2 in\n${cases.join('\n')}\n      esac ;;` : `    ${shQuote(c.name)}) ;;`);
  }
  out.push(`    api)\n      case $2 in\n${valueCases(model.api.options, '        ').join('\n')}\n      esac ;;`);
  out.push('    *)', '      case $2 in', ...valueCases(model.globals, '        '), '      esac ;;', '  esac', '}', '');
  out.push(FUNCTIONS);
  return `${out.join('\n')}`;
}
