// A worker thread of the parse pool: parses the pages it is sent, one message per page.
// Also the entry of the parser bundle (parser-bundle.ts), which the main thread imports for
// `parsePage`: the listener is only attached inside a worker.
import { parentPort } from 'node:worker_threads';
import { parsePage, type StoredSection } from './parse/index.js';

export { parsePage };

export interface ParseRequest {
  id: number;
  file: string;
  text: string;
  /** The page's sections from its last parse: parse by sections, and send them back (scripts/parse/markdown-sections.ts). */
  sections?: [string, StoredSection][];
}

export type ParseReply = { id: number; result: unknown; sections?: [string, StoredSection][] } | { id: number; error: string };

parentPort?.on('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    const memo = request.sections && { previous: new Map(request.sections), next: new Map<string, StoredSection>() };
    reply = { id: request.id, result: parsePage(request.file, request.text, { sections: memo }) };
    if (memo) reply.sections = [...memo.next];
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
