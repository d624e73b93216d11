// A worker thread of the parse pool: parses the pages it is sent, one message per page.
// Also the entry of the parser bundle (parser-bundle.ts), which the main thread imports for
// `parsePage`: the listener is only attached inside a worker.
import { parentPort } from 'node:worker_threads';
import { parsePage } from './parse/index.js';

export { parsePage };

export interface ParseRequest {
  id: number;
  file: string;
  text: string;
}

export type ParseReply = { id: number; result: unknown } | { id: number; error: string };

parentPort?.on('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: request.id, result: parsePage(request.file, request.text) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
