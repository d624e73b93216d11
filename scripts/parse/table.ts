// What a table in a docs section is. Only request-parameter tables may yield request parameters:
// a response-attribute row or a value-table row read as a parameter would put fields into users'
// calls that the API does not take. So the decision uses the header first and the lead text
// (the paragraph or heading just before the table) for the one ambiguous shape,
// `| Attribute | Type | Description |`, which the docs use for both.
import type { Table } from 'mdast';
import { bodyRows, headerWords } from './cell-text.js';
import { isStatusTable } from './status-table.js';

export type TableKind = 'parameters' | 'response-attributes' | 'values' | 'keys' | 'statuses' | 'other';

/** First-column headers of parameter-like tables: `Attribute`, `Parameter`, `Name`, `` `actions[]` Attribute ``. */
const NAME_HEADER = /^(?:\S+ )?(?:attribute|parameter|name|field|argument)s?(?: name)?$/;
const VALUE_HEADER = /^(?:value|values|visibility|option|options|level|constant)$/;
const RESPONSE_LEAD = /\bresponse attributes?\b|\breturns? (?:the following )?attributes\b|^response$|\bresponse (?:body|fields)\b|\bfollowing (?:response )?(?:fields|attributes) (?:are|is) returned\b/i;
const PARAMETER_LEAD = /\b(?:parameters?|attributes?|arguments?)\s*:?$/i;

export function classifyTable(table: Table, lead: string): TableKind {
  const headers = headerWords(table);
  const [first = '', ...rest] = headers;
  const has = (word: string) => rest.some((h) => h === word || h.startsWith(word + ' '));
  const leadText = lead.replace(/\s+/g, ' ').trim();

  if (isStatusTable(table)) return 'statuses';
  if (first === 'key' || first === 'keys' || first === 'sub-key') return has('description') || has('type') ? 'keys' : 'other';
  if (VALUE_HEADER.test(first) && headers.length === 2 && has('description')) return 'values';
  if (!NAME_HEADER.test(first)) return 'other';
  // `| Deprecated attribute | Alternative |` and other two-column tables without a description.
  if (!has('description')) return 'other';
  if (has('required')) return 'parameters';
  if (RESPONSE_LEAD.test(leadText)) return 'response-attributes';
  if (has('type') && rowsLookLikeResponseFields(table)) return 'response-attributes';
  // Without a Required column, a table introduced as parameters, or straight after the signature
  // (no lead at all), is a parameter table whose Required column is missing.
  if (PARAMETER_LEAD.test(leadText) || leadText === '' || /^(?:supported|example) /i.test(leadText)) return 'parameters';
  return has('type') ? 'response-attributes' : 'other';
}

/** `[].merged_by`, `commit.author_email`: dotted paths name fields of a response, never request parameters. */
function rowsLookLikeResponseFields(table: Table): boolean {
  return bodyRows(table).some((row) => {
    const first = row.children[0];
    const name = first ? first.children.map((n) => ('value' in n ? n.value : '')).join('') : '';
    return /^\[\]\.|^[\w[\]]+\.\w/.test(name.trim());
  });
}
