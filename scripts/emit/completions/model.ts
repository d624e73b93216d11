// What every shell's script needs to know, derived once from the command table so bash, zsh and
// fish can only differ in syntax, never in which candidates they offer.
import type { CommandTable } from '../../../src/cli/command-table.js';
import { canRepeat, isSwitch, kindOf } from '../../../src/cli/parse-args.js';
import { appliesTo, BUILTIN_COMMANDS, GLOBAL_OPTIONS, type CommandKind, type GlobalOption } from '../../../src/cli/global-options.js';

export interface CompletionOption {
  /** With the leading `--`. */
  flag: string;
  description: string;
  /** Takes a value word (`--state opened`); switches do not. */
  takesValue: boolean;
  enum?: string[];
  file?: boolean;
  /** `--data`: `@file` or `-`. */
  data?: boolean;
  /** May be given again (arrays, `--field`); others are not offered once on the line. */
  repeat?: boolean;
  /** A boolean parameter: `--no-<flag>` is offered too (once `--no` is typed). */
  negatable?: boolean;
}

export interface CompletionCommand {
  /** `project-issue list` (one word for a spec without x-gitlab-command). */
  name: string;
  /** `project-issue__list`: safe in a shell function name ([a-z0-9_-]). */
  key: string;
  description: string;
  /** The operation's parameters, required first: exactly the spec's, nothing else. */
  params: CompletionOption[];
  /** Global options still reachable after this operation (not shadowed by a parameter). */
  globals: CompletionOption[];
}

export interface CompletionResource {
  name: string;
  /** Its verbs, with the summary of each. */
  verbs: { verb: string; description: string }[];
  description: string;
}

export interface CompletionModel {
  /** First words: resources (and one-word commands), then the builtins. */
  words: { name: string; description: string }[];
  resources: CompletionResource[];
  commands: CompletionCommand[];
  builtins: { name: string; description: string }[];
  /** Options before any command. */
  globals: CompletionOption[];
  /** `gitlab-api api`: its options and methods. */
  api: { options: CompletionOption[]; methods: string[] };
  shells: string[];
}

/** Spec text as one harmless line: no control characters, no runs of blanks, bounded length. */
export function oneLine(text: string, max = 100): string {
  const t = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function fromGlobal(o: GlobalOption): CompletionOption {
  return {
    flag: `--${o.flag}`,
    description: o.description,
    takesValue: !!o.value,
    ...(o.enum ? { enum: o.enum } : {}),
    ...(o.file && o.flag !== 'data' ? { file: true } : {}),
    ...(o.flag === 'data' ? { data: true } : {}),
    ...(o.repeat ? { repeat: true } : {}),
  };
}

const globalsFor = (kind: CommandKind | undefined, own: ReadonlySet<string> = new Set()) =>
  GLOBAL_OPTIONS.filter((o) => !own.has(o.flag) && appliesTo(o, kind)).map(fromGlobal);

/** Every global option any position reaches (before a command or after one), each once, in first-seen order. */
export function allGlobalOptions(model: CompletionModel): CompletionOption[] {
  const all = new Map<string, CompletionOption>();
  for (const o of [...model.globals, ...model.api.options, ...model.commands.flatMap((c) => c.globals)]) if (!all.has(o.flag)) all.set(o.flag, o);
  return [...all.values()];
}

/** The completion model; command names are [a-z0-9-] words (naming.ts), others are left out. */
export function buildCompletionModel(table: CommandTable): CompletionModel {
  const named = table.commands.filter((cmd) => /^[a-z0-9-]+$/.test(cmd.resource) && /^[a-z0-9-]*$/.test(cmd.verb));
  const commands = named.map((cmd): CompletionCommand => {
    const params = cmd.params.map((p): CompletionOption => {
      const sw = isSwitch(p);
      return {
        flag: `--${p.flag}`,
        description: oneLine(`${p.required ? '(required) ' : ''}${p.description || p.name}`),
        takesValue: !sw,
        // `--confidential=` takes true/false even though `--confidential` alone is a switch.
        ...(p.enum ? { enum: p.enum } : sw ? { enum: ['true', 'false'] } : {}),
        // `--assignee_id` completes `None` and `Any` (any number can still be typed).
        ...(!p.enum && !sw && p.special?.some((v) => v !== '') ? { enum: p.special.filter((v) => v !== '') } : {}),
        ...(p.file ? { file: true } : {}),
        ...(canRepeat(p) ? { repeat: true } : {}),
        ...(sw ? { negatable: true } : {}),
      };
    });
    const own = new Set(cmd.params.map((p) => p.flag));
    return {
      name: cmd.name,
      key: cmd.verb ? `${cmd.resource}__${cmd.verb}` : cmd.resource,
      description: oneLine(cmd.summary || cmd.name),
      params,
      globals: globalsFor(kindOf({ command: cmd }), own),
    };
  });
  const resources = new Map<string, CompletionResource>();
  for (const cmd of named) {
    if (!cmd.verb) continue;
    const r = resources.get(cmd.resource) ?? { name: cmd.resource, verbs: [], description: '' };
    r.verbs.push({ verb: cmd.verb, description: oneLine(cmd.summary || cmd.verb) });
    resources.set(cmd.resource, r);
  }
  for (const r of resources.values()) r.description = oneLine(r.verbs.map((v) => v.verb).join(', '));
  const oneWord = named.filter((c) => !c.verb).map((c) => ({ name: c.name, description: oneLine(c.summary || c.name) }));
  const builtins = BUILTIN_COMMANDS.map((b) => ({ name: b.name, description: b.description }));
  return {
    words: [...[...resources.values()].map((r) => ({ name: r.name, description: r.description })), ...oneWord, ...builtins],
    resources: [...resources.values()],
    commands,
    builtins,
    globals: globalsFor(undefined),
    api: { options: globalsFor({ api: true }), methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] },
    shells: ['bash', 'zsh', 'fish'],
  };
}
