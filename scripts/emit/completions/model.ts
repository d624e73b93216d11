// What every shell's script needs to know, derived once from the command table so bash, zsh and
// fish can only differ in syntax, never in which candidates they offer.
import { acceptsBody, type CommandTable } from '../../../src/cli/command-table.js';
import { isSwitch } from '../../../src/cli/parse-args.js';
import { BUILTIN_COMMANDS, GLOBAL_OPTIONS, type GlobalOption } from '../../../src/cli/global-options.js';

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
}

export interface CompletionCommand {
  name: string;
  description: string;
  /** The operation's parameters, required first: exactly the spec's, nothing else. */
  params: CompletionOption[];
  /** Global options still reachable after this operation (not shadowed by a parameter). */
  globals: CompletionOption[];
}

export interface CompletionModel {
  commands: CompletionCommand[];
  builtins: { name: string; description: string }[];
  /** Options before any operation. */
  globals: CompletionOption[];
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
  };
}

/** Every global option any position reaches (before an operation or after one), each once, in first-seen order. */
export function allGlobalOptions(model: CompletionModel): CompletionOption[] {
  const all = new Map<string, CompletionOption>();
  for (const o of [...model.globals, ...model.commands.flatMap((c) => c.globals)]) if (!all.has(o.flag)) all.set(o.flag, o);
  return [...all.values()];
}

export function buildCompletionModel(table: CommandTable): CompletionModel {
  // A name is [a-z0-9-]* (toCommandName); an operationId with none of those letters gives nothing to type.
  const commands = table.commands.filter((cmd) => /^[a-z0-9-]+$/.test(cmd.name)).map((cmd): CompletionCommand => {
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
      };
    });
    const own = new Set(cmd.params.map((p) => p.flag));
    const globals = GLOBAL_OPTIONS.filter((o) => !own.has(o.flag) && (!o.operationOnly || acceptsBody(cmd))).map(fromGlobal);
    return { name: cmd.name, description: oneLine(cmd.summary || cmd.name), params, globals };
  });
  return {
    commands,
    builtins: BUILTIN_COMMANDS.map((b) => ({ ...b })),
    globals: GLOBAL_OPTIONS.filter((o) => !o.operationOnly).map(fromGlobal),
    shells: ['bash', 'zsh', 'fish'],
  };
}
