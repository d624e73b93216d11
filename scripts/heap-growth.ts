// How far V8 lets the heap grow past what was live at its last full collection, while a run holds
// its largest data (the spec, its JSON and YAML, the diagnostics report). By default the limit is
// set to up to 4 times the live data: on a 20 MB page ~400 MB live made 1.1-1.2 GB of RSS, most of
// it garbage not yet collected. Held to 1.25 times while the outputs are made and written, a few
// more full collections run and the peak is lower. Not while parsing: the parser's garbage makes
// collections so frequent there that it cost 50% more CPU time (a 5 MB page, 31 s -> 47 s).
import { setFlagsFromString } from 'node:v8';

let holders = 0;

/**
 * The heap in use from which the growth is held. Below it the extra collections cost more than the
 * memory they save: a regeneration after a one-page change (about 20-60 MB in use) took 0.18 s more
 * CPU and 0.1 s more wall time held (medians of 7, alternated).
 */
const HOLD_FROM_BYTES = 256 * 1024 * 1024;

/** Holds the heap's growth from hold() to release() (V8's flags are the process's: counted). */
export class HeapGrowth {
  private held = false;

  /** Holds it when the heap in use is large (`from` bytes or more). */
  hold(from = HOLD_FROM_BYTES): void {
    if (this.held || process.memoryUsage().heapUsed < from) return;
    this.held = true;
    if (holders++ === 0) setFlagsFromString('--heap-growing-percent=25');
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    if (--holders === 0) setFlagsFromString('--heap-growing-percent=0');
  }
}
