// Status tables: the HTTP statuses an endpoint returns, as a table instead of a sentence.
//   current: `| HTTP Status | Message | Reason |` (merge_requests.md "Merge a merge request")
//   11.x:    `| Status | Description |` under "Response:" (jobs.md, runners.md)
// They are never request parameters; each row states one status (a status may take several rows,
// one per message). The section reads them as it reads "returns `201 Created`" in the prose.
import type { Table } from 'mdast';
import type { SourceRef } from '../model.js';
import { bodyRows, cellMarkdown, headerWords, plainText, sourceOf } from './cell-text.js';
import { isHttpStatus } from './status.js';

export interface StatusRow {
  status: number;
  /** The Reason or Description cell (the Message cell when that is all there is), markdown. */
  description: string;
  source: SourceRef;
}

const STATUS_HEADER = /^(?:http )?(?:status|response)(?: code)?$|^(?:http )?code$/;
const CODE = /^`?([1-5]\d\d)`?$/;

/** A table whose first column is headed Status (HTTP Status, Status code, Code) and holds only status codes. */
export function isStatusTable(table: Table): boolean {
  const [first = ''] = headerWords(table);
  const rows = bodyRows(table);
  return STATUS_HEADER.test(first) && rows.length > 0 && rows.every((row) => statusOf(plainText(row.children[0])) !== undefined);
}

export function parseStatusTable(table: Table, file: string): StatusRow[] {
  const headers = headerWords(table);
  const reason = headers.findIndex((h, i) => i > 0 && /^(?:reason|description|meaning|details)$/.test(h));
  const message = headers.findIndex((h, i) => i > 0 && h === 'message');
  return bodyRows(table).flatMap((row) => {
    const status = statusOf(plainText(row.children[0]));
    if (status === undefined) return [];
    const pick = (column: number) => (column > 0 ? cellMarkdown(row.children[column]) : '');
    return [{ status, description: pick(reason) || pick(message) || pick(headers.length > 1 ? 1 : -1), source: sourceOf(row, file) }];
  });
}

function statusOf(text: string): number | undefined {
  const match = CODE.exec(text.trim());
  const code = match ? Number(match[1]) : undefined;
  return code !== undefined && isHttpStatus(code) ? code : undefined;
}
