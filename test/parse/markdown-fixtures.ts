// Pages and markdown for the tests of parsing in pieces and by sections (scripts/parse/markdown*.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
// 11.x pages with tables, lists and reference definitions at the bottom; today's pages with front
// matter, Hugo shortcodes and history lists; the API overview.
export const PAGES = ['docs-source/projects.md', 'docs-source/README.md', 'docs-source/services.md', 'docs-source/jobs.md', 'docs-source/templates/gitignores.md',
  'docs-versions/current/merge_requests.md', 'docs-versions/current/group_access_tokens.md'];
export const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Markdown where a careless cut would change the tree. */
export const TRAPS = [
  '\uFEFF# Traps',
  'Uses [later], [ref][later] and [^note], [in-code] and [quoted] defined further down.',
  '```bash', '# a comment, not a heading', '[in-code]: not a definition', '```',
  '# After the fence', '<!--', '# inside a comment', '-->', '<div>', '# inside HTML', '</div>', '',
  '- item', '# closes the list', '> quote', '# closes the quote', 'setext', '===', '',
  '[^note]: a footnote', '', '    indented code after a footnote', '',
  '> [quoted]: /in-a-quote', '', '[later]: /target', '',
].join('\n');
