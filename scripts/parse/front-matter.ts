// Front matter (`---` YAML block at the top of a page). remark-parse does not know it, and would
// read it as a thematic break plus a setext heading, so it is cut out of the text before parsing.
// The lines are blanked, not removed, so every mdast position still points at the real line.
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../model.js';

export interface FrontMatter {
  /** The YAML keys, or {} when the page has none (or it could not be read). */
  data: Record<string, unknown>;
  /** The page text with the front matter lines replaced by empty lines. */
  body: string;
  diagnostics: Diagnostic[];
}

const OPEN = /^---[ \t]*\r?\n/;

export function splitFrontMatter(text: string, file: string): FrontMatter {
  if (!OPEN.test(text)) return { data: {}, body: text, diagnostics: [] };
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)[ \t]*\r?$/.test(line));
  if (close < 0) {
    return {
      data: {},
      body: text,
      diagnostics: [diagnostic(file, 1, 'front matter opened with `---` is never closed')],
    };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.map((line, i) => (i <= close ? '' : line)).join('\n');
  try {
    const data: unknown = parseYaml(yamlText);
    if (data === null || data === undefined) return { data: {}, body, diagnostics: [] };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, body, diagnostics: [diagnostic(file, 2, 'front matter is not a YAML mapping')] };
    }
    return { data: data as Record<string, unknown>, body, diagnostics: [] };
  } catch (error) {
    const where = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    const reason = String((error as Error).message).split('\n')[0];
    return { data: {}, body, diagnostics: [diagnostic(file, where + 1, `front matter is not valid YAML: ${reason}`)] };
  }
}

function diagnostic(file: string, line: number, reason: string): Diagnostic {
  return { file, line, column: 1, ruleId: 'invalid-front-matter', severity: 'warning', reason };
}
