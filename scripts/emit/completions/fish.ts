// The fish script: one completion function deciding from the command line, with the data in
// functions per resource and per command. One `complete` entry (not one per parameter with a
// condition each), so a TAB costs one function call whatever the size of the API. Spec text
// appears only in fish single quotes, printed with printf: never evaluated.
import { allGlobalOptions, type CompletionModel, type CompletionOption } from './model.js';
import { readFileSync } from 'node:fs';
import { fishQuote } from './quote.js';

// The fixed part of the script: plain fish in its own file, so it can be read and checked as fish.
const FUNCTIONS = readFileSync(new URL('./fish-functions.fish', import.meta.url), 'utf8');

const q = fishQuote;
const list = (xs: readonly string[]) => xs.map(q).join(' ');

/** printf lines `word<TAB>description`; printf repeats its format over the arguments. */
function described(pairs: [string, string][], indent: string): string {
  if (!pairs.length) return `${indent}true`;
  return `${indent}printf '%s\\t%s\\n' ${pairs.map(([w, d]) => `${q(w)} ${q(d)}`).join(' ')}`;
}

function printed(words: readonly string[], indent: string): string {
  return words.length ? `${indent}printf '%s\\n' ${list(words)}` : `${indent}true`;
}

function valueCases(opts: CompletionOption[], indent: string): string[] {
  const lines: string[] = [];
  for (const o of opts) {
    if (o.enum) lines.push(`${indent}case ${q(o.flag)}`, `${indent}  printf '%s\\n' ${list(o.enum)}`);
    else if (o.data) lines.push(`${indent}case ${q(o.flag)}`, `${indent}  echo data`);
    else if (o.file) lines.push(`${indent}case ${q(o.flag)}`, `${indent}  echo file`);
  }
  return lines;
}

export function emitFish(model: CompletionModel): string {
  const allGlobals = allGlobalOptions(model);
  const out: string[] = [
    '# fish completion for gitlab-api. Generated from the OpenAPI spec by scripts/emit/completions; do not edit.',
    '# Install: copy to a vendor_completions.d directory (pkg-config --variable completionsdir fish,',
    '# usually /usr/share/fish/vendor_completions.d/) or ~/.config/fish/completions/;',
    '# or: gitlab-api completion fish | source',
    '',
    'function __gitlab_api_commands',
    described(model.words.map((w): [string, string] => [w.name, w.description]), '  '),
    'end',
    '',
    'function __gitlab_api_methods',
    printed(model.api.methods, '  '),
    'end',
    '',
    '# Global options that take a value (their value word is not the command).',
    'function __gitlab_api_global_valued',
    printed(allGlobals.filter((o) => o.takesValue).map((o) => o.flag), '  '),
    'end',
    '',
    '# Options before a command.',
    'function __gitlab_api_before',
    described(model.globals.map((o) => [o.flag, o.description]), '  '),
    'end',
    '',
    '# $argv[1] resource: its verbs with their summaries. Fails for anything else.',
    'function __gitlab_api_verbs',
    "  string match -qr -- '^[a-z0-9-]+$' \"$argv[1]\"; and functions -q __gitlab_api_verbs_$argv[1]; or return 1",
    '  __gitlab_api_verbs_$argv[1]',
    'end',
    '',
    '# $argv[1] command key (resource__verb, or api), $argv[2] "options" (flag<TAB>description, required',
    '# first, then the global options it reaches), "valued" (the flags that take a value), "repeat" (those',
    '# that may be given again) or "negations" (the --no- forms). Fails for an unknown command. One',
    '# function per command, found by name: a TAB costs the same whatever the size of the API.',
    'function __gitlab_api_operation',
    "  string match -qr -- '^[a-z0-9_-]+$' \"$argv[1]\"; and functions -q __gitlab_api_op_$argv[1]; or return 1",
    '  __gitlab_api_op_$argv[1] $argv[2]',
    'end',
    '',
    '# $argv[1] command key (or empty), $argv[2] option: its values, or "file" / "data".',
    'function __gitlab_api_values',
    "  if string match -qr -- '^[a-z0-9_-]+$' \"$argv[1]\"; and functions -q __gitlab_api_val_$argv[1]",
    '    __gitlab_api_val_$argv[1] $argv[2]',
    '    return',
    '  end',
    '  switch $argv[2]',
    ...valueCases(model.globals, '    '),
    '  end',
    'end',
    '',
  ];
  for (const r of model.resources) {
    out.push(`function __gitlab_api_verbs_${r.name}`, described(r.verbs.map((v) => [v.verb, v.description]), '  '), 'end');
  }
  // Command keys are [a-z0-9_-]+ (model.ts): safe in a function name.
  const commands = [...model.commands.map((c) => ({ key: c.key, params: c.params, globals: c.globals })), { key: 'api', params: [] as CompletionOption[], globals: model.api.options }];
  for (const c of commands) {
    const opts = [...c.params, ...c.globals];
    out.push(
      `function __gitlab_api_op_${c.key}`,
      '  switch $argv[1]',
      '    case options',
      described(opts.map((o) => [o.flag, o.description]), '      '),
      '    case valued',
      printed(opts.filter((o) => o.takesValue).map((o) => o.flag), '      '),
      '    case repeat',
      printed(opts.filter((o) => o.repeat).map((o) => o.flag), '      '),
      '    case negations',
      described(c.params.filter((o) => o.negatable).map((o) => [`--no-${o.flag.slice(2)}`, `false: ${o.description}`]), '      '),
      '  end',
      'end',
    );
    // Every command gets its values function, even an empty one, so a parameter that shadows a
    // global option never falls back to that option's values.
    const cases = valueCases(opts, '    ');
    out.push(`function __gitlab_api_val_${c.key}`, ...(cases.length ? ['  switch $argv[1]', ...cases, '  end'] : ['  true']), 'end');
  }
  out.push('');
  out.push(FUNCTIONS);
  return out.join('\n');
}
