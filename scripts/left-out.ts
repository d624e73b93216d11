// Pages left out of the spec: a `.md` file of the docs folder whose endpoints are not in it because
// it could not be read (binary, unreadable, a link leaving the folder or to nothing) or its parser
// failed. `generate` names them and, unless `--keep-going`, writes nothing and exits with
// EXIT_PAGES_LEFT_OUT, so that a CI job regenerating on doc updates cannot publish a spec that
// silently lost a page. (A page that is empty, or that documents no endpoint, is not left out.)
import type { Diagnostic } from './model.js';
import { FatalError } from './pages.js';

/** The diagnostics that mean their page is left out. */
export const LEFT_OUT_RULES = new Set(['binary-file', 'unreadable-file', 'broken-symlink', 'symlink-outside', 'parse-failed', 'unreadable-page']);

/** `generate`'s exit statuses (docs/spec.md has the table). */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_PAGES_LEFT_OUT = 3;

export interface LeftOutPage {
  file: string;
  reason: string;
}

/** Each page left out once (its first reason), in file order. */
export function pagesLeftOut(diagnostics: Diagnostic[]): LeftOutPage[] {
  const byFile = new Map<string, string>();
  for (const d of diagnostics) if (LEFT_OUT_RULES.has(d.ruleId) && !byFile.has(d.file)) byFile.set(d.file, d.reason);
  return [...byFile].map(([file, reason]) => ({ file, reason })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** `a.md (not a text file...), b.md (...)`: at most ten, then how many more. */
export function describeLeftOut(pages: LeftOutPage[]): string {
  const named = pages.slice(0, 10).map((p) => `${p.file} (${p.reason.replace(/[;,] left out$/, '')})`);
  return named.join(', ') + (pages.length > 10 ? `, and ${pages.length - 10} more` : '');
}

/** Thrown by `generate` before writing anything when pages are left out and `keepGoing` is off. */
export class PagesLeftOutError extends FatalError {
  readonly exitCode = EXIT_PAGES_LEFT_OUT;
  constructor(readonly pages: LeftOutPage[]) {
    super(`${pages.length} ${pages.length === 1 ? 'page' : 'pages'} left out: ${describeLeftOut(pages)}. ` +
      'Fix them, or run with --keep-going to write the outputs without them');
  }
}
