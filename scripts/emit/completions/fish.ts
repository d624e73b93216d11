// The fish script: one completion function deciding from the command line, with the data in
// switch statements. One `complete` entry (not one per parameter with a condition each), so a TAB
// costs one function call whatever the size of the API. Spec text appears only in fish
// single quotes, printed with printf: never evaluated.
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
    described([...model.commands.map((c): [string, string] => [c.name, c.description]), ...model.builtins.map((b): [string, string] => [b.name, b.description])], '  '),
    'end',
    '',
    '# Global options that take a value (their value word is not the command).',
    'function __gitlab_api_global_valued',
    `  printf '%s\\n' ${list(allGlobals.filter((o) => o.takesValue).map((o) => o.flag))}`,
    'end',
    '',
    '# Options before an operation.',
    'function __gitlab_api_before',
    described(model.globals.map((o) => [o.flag, o.description]), '  '),
    'end',
    '',
    '# $argv[1] operation, $argv[2] "options" (flag<TAB>description, required first, then the global',
    '# options it reaches) or "valued" (the flags that take a value). Fails for an unknown operation.',
    '# One function per operation, found by name: a TAB costs the same whatever the size of the API',
    '# (a switch over every operation would be walked on each TAB).',
    'function __gitlab_api_operation',
    "  string match -qr -- '^[a-z0-9-]+$' \"$argv[1]\"; and functions -q __gitlab_api_op_$argv[1]; or return 1",
    '  __gitlab_api_op_$argv[1] $argv[2]',
    'end',
    '',
    '# $argv[1] operation (or empty), $argv[2] option: its values, or "file" / "data".',
    'function __gitlab_api_values',
    "  if string match -qr -- '^[a-z0-9-]+$' \"$argv[1]\"; and functions -q __gitlab_api_val_$argv[1]",
    '    __gitlab_api_val_$argv[1] $argv[2]',
    '    return',
    '  end',
    '  switch $argv[2]',
    ...valueCases(allGlobals, '    '),
    '  end',
    'end',
    '',
  ];
  for (const c of model.commands) {
    // Command names are [a-z0-9-]+ (toCommandName; the model drops empty ones): safe in a function name.
    const opts = [...c.params, ...c.globals];
    out.push(
      `function __gitlab_api_op_${c.name}`,
      `  if test "$argv[1]" = options`,
      described(opts.map((o) => [o.flag, o.description]), '    '),
      '  else',
      opts.some((o) => o.takesValue) ? `    printf '%s\\n' ${list(opts.filter((o) => o.takesValue).map((o) => o.flag))}` : '    true',
      '  end',
      'end',
    );
    // Every operation gets its values function, even an empty one, so a parameter that shadows a
    // global option never falls back to that option's values.
    const cases = valueCases(opts, '    ');
    out.push(`function __gitlab_api_val_${c.name}`, ...(cases.length ? ['  switch $argv[1]', ...cases, '  end'] : ['  true']), 'end');
  }
  out.push('');
  out.push(FUNCTIONS);
  return out.join('\n');
}
