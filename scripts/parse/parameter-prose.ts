// Parameters that only the prose names: "When adding the parameter `statistics=true` ...",
// "The `state` parameter can be used to ...", "search ... with: `/users?search=John`",
// "The `file=` parameter must point to a file on your file system".
// Conservative on purpose: a sentence must tie a code span to the word "parameter" through a verb
// of use, or show the parameter in a query string. Mentions such as "Renamed the `x` parameter",
// "the `confirm` parameter ... has been deprecated" or "see the `issues_template` parameters"
// are not read, and neither are the global `page`/`per_page`/`sudo`/token parameters, which the
// spec describes once as components. Prose gives no enum: its parenthesised lists are incomplete
// ("... (`opened`, `closed`, `locked`, or `merged`) or all of them (`all`)").
import type { Paragraph } from 'mdast';
import type { Parameter, TypeRef } from '../model.js';
import { inlineMarkdown, sourceOf } from './cell-text.js';
import { diagnostic } from './parameter-fields.js';
import type { ParsedParameters } from './parameter-table.js';

const VERB = String.raw`(?:add|adding|use|using|set|setting|pass|passing|include|including|with)`;
const NAME = String.raw`\x60([A-Za-z_][\w[\]]*=?[^\x60\s]*)\x60`;
const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b${VERB} (?:the )?(?:query )?parameters? ${NAME}`, 'gi'),
  new RegExp(String.raw`\b${VERB} the ${NAME} (?:query )?parameter\b`, 'gi'),
  new RegExp(String.raw`\bThe ${NAME} parameter (?:can be used|is passed|must|is required|is optional)`, 'g'),
  new RegExp(String.raw`\bIf the ${NAME} parameter is (?:passed|given|provided|set)`, 'gi'),
];
/** `` `/users?search=John` ``: a route with a query string, written inline. */
const INLINE_QUERY = /`\/[\w/:.%-]*\?([^`\s]+)`/g;
const GLOBAL = new Set(['page', 'per_page', 'sudo', 'private_token', 'access_token', 'job_token']);

export function parseParameterProse(node: Paragraph, file: string): ParsedParameters {
  const text = inlineMarkdown(node.children).replace(/\s+/g, ' ');
  const source = sourceOf(node, file);
  const found = new Map<string, string | undefined>();
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (namesAnotherEndpoint(text, match.index)) continue;
      const [name, value] = splitAssignment(match[1]);
      if (!found.has(name)) found.set(name, value);
    }
  }
  for (const match of text.matchAll(INLINE_QUERY)) {
    for (const pair of match[1].split('&')) {
      const [name, value] = splitAssignment(pair);
      if (/^[A-Za-z_][\w[\]]*$/.test(name) && !found.has(name)) found.set(name, value);
    }
  }
  const parameters: Parameter[] = [];
  const diagnostics: ParsedParameters['diagnostics'] = [];
  for (const [name, value] of found) {
    if (GLOBAL.has(name)) continue;
    const type = proseType(name, value, text);
    parameters.push({ name, type, required: false, description: text, form: 'prose', source });
    diagnostics.push(
      diagnostic(
        source,
        'parameter-only-in-prose',
        // Neutral wording: the caller may also find the name in a table, which then wins.
        `Parameter \`${name}\` is named in the prose${type.kind === 'unknown' ? ', without a type' : ''}; a parameter table row would give its type`,
        'info',
      ),
    );
  }
  return { parameters, diagnostics };
}

/**
 * "You can poll the [Get single MR](#get-single-mr) endpoint with the `include_rebase_in_progress`
 * parameter" (current merge_requests.md, under "Rebase a merge request"): the sentence links to
 * another endpoint before naming the parameter, which is that endpoint's, not this section's.
 */
function namesAnotherEndpoint(text: string, at: number): boolean {
  const sentence = text.slice(0, at).split(/[.!?]\s+(?=[A-Z])/).pop() ?? '';
  return /\]\([^)]*\)\s+(?:endpoint|API)s?\b/.test(sentence);
}

function splitAssignment(text: string): [string, string | undefined] {
  const at = text.indexOf('=');
  if (at === -1) return [text, undefined];
  const value = text.slice(at + 1);
  return [text.slice(0, at), value === '' || value.startsWith('@') ? undefined : value];
}

/** Only what the prose makes plain: `x=true` is a boolean, `file=` "must point to a file" is a file. */
function proseType(name: string, value: string | undefined, text: string): TypeRef {
  if (value === 'true' || value === 'false') return { kind: 'boolean' };
  if (new RegExp(String.raw`\x60${name}=\x60 parameter must point to an? (?:image )?file`).test(text)) return { kind: 'file' };
  return { kind: 'unknown' };
}
