// Progress of a long `npm run generate` on a terminal: one status line on stderr, rewritten in
// place (pages parsed out of the total, then each output step), cleared when the run ends. Only on
// a terminal and without `--quiet`: in a pipe, a log or CI it would be noise, unless asked for with
// `--progress`, which prints each change of step as a line of its own (a log has no "in place").

export type ProgressEvent =
  | { stage: 'parse'; done: number; total: number }
  | { stage: 'emit'; name: string; state: 'running' | 'done' | 'current' };

export interface ProgressLine {
  onProgress(event: ProgressEvent): void;
  /** Clears the line; call before printing anything else. */
  end(): void;
}

/** What the line says after `events` (also what tests read). */
export function describeProgress(events: ProgressEvent[]): string {
  let parse = '';
  const steps = new Map<string, string>();
  for (const event of events) {
    if (event.stage === 'parse') parse = `parsing pages ${event.done}/${event.total}`;
    else steps.set(event.name, event.state);
  }
  const running = [...steps].filter(([, state]) => state === 'running').map(([name]) => name);
  const finished = [...steps].filter(([, state]) => state !== 'running').length;
  if (steps.size === 0) return parse;
  return running.length > 0 ? `outputs ${finished}/${steps.size}: ${running.join(', ')}` : `outputs ${finished}/${steps.size}`;
}

/**
 * A progress line on `stream` when it is a terminal; else, with `mode` 'always', a line per change
 * of step (the page count only once all are parsed); else one that prints nothing.
 */
export function progressLine(stream: NodeJS.WriteStream, mode: 'auto' | 'always' | 'never'): ProgressLine {
  if (mode === 'never') return { onProgress: () => {}, end: () => {} };
  if (!stream.isTTY) return mode === 'always' ? progressLog(stream) : { onProgress: () => {}, end: () => {} };
  const events: ProgressEvent[] = [];
  let shown = '';
  let last = 0;
  const show = (text: string) => {
    // A terminal that does not say its width (0 under `script`) gets 80 columns.
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`\r\x1b[2K${text.slice(0, width)}`);
    shown = text;
  };
  return {
    onProgress(event) {
      events.push(event);
      const text = `generate: ${describeProgress(events)}`;
      // At most ~20 updates a second: a cold parse reports 69 pages in about two seconds.
      const now = performance.now();
      if (text === shown || (event.stage === 'parse' && event.done < event.total && now - last < 50)) return;
      last = now;
      show(text);
    },
    end() {
      if (shown) stream.write('\r\x1b[2K');
      shown = '';
    },
  };
}

/** Progress for a pipe or a log: each new state of the line, on a line of its own. */
function progressLog(stream: NodeJS.WriteStream): ProgressLine {
  const events: ProgressEvent[] = [];
  let shown = '';
  return {
    onProgress(event) {
      events.push(event);
      if (event.stage === 'parse' && event.done < event.total) return;
      const text = describeProgress(events);
      if (text === shown) return;
      shown = text;
      stream.write(`generate: ${text}\n`);
    },
    end() {},
  };
}
