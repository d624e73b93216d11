// --output-file FILE: the body goes to a temporary file beside FILE, renamed into place once the
// whole body has arrived; a failed download leaves FILE as it was and no temporary file behind.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

export interface OutputFile {
  write(bytes: Uint8Array): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export function openOutputFile(path: string): OutputFile {
  const temp = join(dirname(path), `.${basename(path)}.gitlab-api-${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o644);
  } catch (e) {
    throw new UsageError(`--output-file ${path}: cannot write there (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    async write(bytes) {
      for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done);
    },
    async commit() {
      close();
      try {
        renameSync(temp, path);
      } catch (e) {
        rmSync(temp, { force: true });
        throw new UsageError(`--output-file ${path}: cannot write there (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
      }
    },
    async discard() {
      close();
      rmSync(temp, { force: true });
    },
  };
}
