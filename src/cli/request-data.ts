// `--data`: a JSON body from a file (`@file.json`), stdin (`-`) or inline. Errors name the source.
import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';

export async function readData(arg: string, readStdin: () => Promise<string>): Promise<unknown> {
  let text: string;
  let source: string;
  if (arg === '-' || arg === '@-') {
    source = 'stdin';
    text = await readStdin();
  } else if (arg.startsWith('@')) {
    source = arg.slice(1);
    try {
      text = readFileSync(source, 'utf8');
    } catch (e) {
      throw new UsageError(`--data ${arg}: cannot read ${source} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
  } else {
    source = 'the --data value';
    text = arg;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--data: ${source} is not valid JSON: ${(e as Error).message}.`);
  }
}
