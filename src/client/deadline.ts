// An attempt's timeout for the client's own calls over nodeFetch when the caller gave no signal to
// combine it with: the part of AbortSignal that nodeFetch reads (aborted, reason, 'abort' listeners),
// over one timer. An AbortController per attempt, with EventTarget's listeners, cost about 5% of a
// local call (npm run bench client); calls with a signal of the caller's still get one (retry.ts).

/** What nodeFetch reads of a signal: an AbortSignal, or a Deadline. */
export interface Abortable {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The reason AbortSignal.timeout gives, so errors read `timeout`, not `aborted`. */
export function timeoutReason(ms: number): DOMException {
  return new DOMException(`timed out after ${ms} ms`, 'TimeoutError');
}

export class Deadline implements Abortable {
  aborted = false;
  reason: unknown = undefined;
  /** Cleared by the call when it ends (clearTimers). */
  readonly timer: unknown;
  #listeners: (() => void)[] = [];

  constructor(ms: number) {
    const timer = setTimeout(() => this.#expire(ms), ms);
    // Node: a pending timeout must not keep the process alive (browsers' timers are numbers).
    (timer as { unref?: () => void }).unref?.();
    this.timer = timer;
  }

  #expire(ms: number): void {
    this.aborted = true;
    this.reason = timeoutReason(ms);
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener();
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  /** Each listener is called once (the only way nodeFetch listens). */
  addEventListener(_type: 'abort', listener: () => void): void {
    this.#listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const at = this.#listeners.indexOf(listener);
    if (at >= 0) this.#listeners.splice(at, 1);
  }
}
