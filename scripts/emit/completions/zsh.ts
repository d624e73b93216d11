// The zsh script (`_gitlab-api`, for a directory on $fpath). Candidates go through compadd with
// literal arrays and descriptions via -d, never through _arguments specs (whose [...] and :
// syntax would need spec text escaped) and never through eval.
import { allGlobalOptions, type CompletionModel, type CompletionOption } from './model.js';
import { readFileSync } from 'node:fs';
import { shQuote } from './quote.js';

// The fixed part of the script: plain zsh in its own file, so it can be read and checked as zsh.
const FUNCTIONS = readFileSync(new URL('./zsh-functions.zsh', import.meta.url), 'utf8');

const words = (list: readonly string[]) => list.map(shQuote).join(' ');

function valueCases(opts: CompletionOption[], indent: string): string[] {
  const lines: string[] = [];
  for (const o of opts) {
    if (o.enum) lines.push(`${indent}(${shQuote(o.flag)}) _ga_words=(${words(o.enum)}) ;;`);
    else if (o.data) lines.push(`${indent}(${shQuote(o.flag)}) _ga_kind=data ;;`);
    else if (o.file) lines.push(`${indent}(${shQuote(o.flag)}) _ga_kind=file ;;`);
  }
  return lines;
}

/** One command's data: parameters with descriptions, valued, repeatable, --no- forms, and the global options it does not reach. */
function commandData(params: CompletionOption[], reach: CompletionOption[], all: CompletionOption[]): string {
  const reached = new Set(reach.map((o) => o.flag));
  return [
    `_ga_flags=(${words(params.map((p) => p.flag))})`,
    `_ga_descs=(${words(params.map((p) => p.description))})`,
    `_ga_valued=(${words(params.filter((p) => p.takesValue).map((p) => p.flag))})`,
    `_ga_repeat=(${words([...params, ...reach].filter((p) => p.repeat).map((p) => p.flag))})`,
    `_ga_neg=(${words(params.filter((p) => p.negatable).map((p) => `--no-${p.flag.slice(2)}`))})`,
    `_ga_gskip=(${words(all.filter((o) => !reached.has(o.flag)).map((o) => o.flag))})`,
  ].join('; ');
}

export function emitZsh(model: CompletionModel): string {
  const allGlobals = allGlobalOptions(model);
  const before = new Set(model.globals.map((o) => o.flag));
  const header = 5; // the lines above __gitlab_api_commands: #compdef and comments, outside the here-document
  const out: string[] = [
    '#compdef gitlab-api',
    '# zsh completion for gitlab-api. Generated from the OpenAPI spec by scripts/emit/completions; do not edit.',
    '# Install: put this file, named _gitlab-api, in a directory on $fpath (e.g. /usr/share/zsh/vendor-completions),',
    '# then run compinit; or: source <(gitlab-api completion zsh) after compinit.',
    '',
    '__gitlab_api_commands() {',
    `  _ga_words=(${words(model.words.map((w) => w.name))})`,
    `  _ga_wdescs=(${words(model.words.map((w) => w.description))})`,
    '}',
    '',
    '# Every global option; _ga_before: those valid before a command.',
    '__gitlab_api_globals() {',
    `  _ga_gflags=(${words(allGlobals.map((o) => o.flag))})`,
    `  _ga_gdescs=(${words(allGlobals.map((o) => o.description))})`,
    `  _ga_gvalued=(${words(allGlobals.filter((o) => o.takesValue).map((o) => o.flag))})`,
    `  _ga_before=(${words(allGlobals.filter((o) => before.has(o.flag)).map((o) => o.flag))})`,
    `  _ga_methods=(${words(model.api.methods)})`,
    '}',
    '',
    '# $1 resource: its verbs and their summaries; fails for anything else.',
    '__gitlab_api_verbs() {',
    '  [[ -n $1 && $1 != *[^a-z0-9-]* ]] && (( $+functions[__gitlab_api_verbs_$1] )) || return 1',
    '  __gitlab_api_verbs_$1',
    '}',
    '',
    '# $1 command key (resource__verb, or api): its parameters (required first) and the global options it',
    '# does not reach (_ga_gskip). One small function per command, not one case over all: zsh parses a',
    '# function body in time quadratic in its size (a 500-branch case took 1 s of CPU to load), and a',
    '# lookup in $functions is O(1).',
    '__gitlab_api_operation() {',
    '  [[ -n $1 && $1 != *[^a-z0-9_-]* ]] && (( $+functions[__gitlab_api_op_$1] )) || return 1',
    '  __gitlab_api_op_$1',
    '}',
    '',
    '# $1 command key (or empty), $2 option: sets _ga_words (values) or _ga_kind (file, data).',
    '__gitlab_api_values() {',
    '  if [[ -n $1 && $1 != *[^a-z0-9_-]* ]] && (( $+functions[__gitlab_api_val_$1] )); then __gitlab_api_val_$1 "$2"',
    '  else',
    '    case $2 in',
    ...valueCases(model.globals, '      '),
    '    esac',
    '  fi',
    '}',
    '',
  ];
  for (const r of model.resources) {
    out.push(`__gitlab_api_verbs_${r.name}() { _ga_words=(${words(r.verbs.map((v) => v.verb))}); _ga_wdescs=(${words(r.verbs.map((v) => v.description))}); }`);
  }
  // Command keys are [a-z0-9_-]+ (model.ts): safe in a function name.
  const commands = [...model.commands.map((c) => ({ key: c.key, params: c.params, globals: c.globals })), { key: 'api', params: [], globals: model.api.options }];
  for (const c of commands) {
    out.push(`__gitlab_api_op_${c.key}() { ${commandData(c.params, c.globals, allGlobals)}; }`);
    // Every command gets its values function, even an empty one, so a parameter that shadows a
    // global option never falls back to that option's values.
    const cases = valueCases([...c.params, ...c.globals], '    ');
    out.push(cases.length ? `__gitlab_api_val_${c.key}() {\n  case $1 in\n${cases.join('\n')}\n  esac\n}` : `__gitlab_api_val_${c.key}() { :; }`);
  }
  out.push('');
  out.push(FUNCTIONS);
  // compinit autoloads this file as the body of one function, and zsh parses a function body in
  // time quadratic in its size (540 operations: 1.7 s on the first TAB; 1000: over a minute).
  // So the definitions travel as a quoted here-document, sourced at run time, where zsh parses
  // them statement by statement. Its delimiter is chosen to match no line of the text.
  const body = out.slice(header).join('\n');
  const lines = new Set(body.split('\n'));
  let eof = '__GITLAB_API_EOF__';
  for (let i = 1; lines.has(eof); i++) eof = `__GITLAB_API_EOF_${i}__`;
  return [
    ...out.slice(0, header),
    `source /dev/stdin <<'${eof}'`,
    body,
    eof,
    '',
    'if [[ $zsh_eval_context[-1] == loadautofunc ]]; then',
    '  _gitlab-api "$@"',
    'else',
    '  compdef _gitlab-api gitlab-api',
    'fi',
    '',
  ].join('\n');
}
