// Deadline (src/client/deadline.ts): the timeout of an attempt the client sends as a NodeRequest,
// read by nodeFetch as it reads an AbortSignal. Compared with AbortSignal.timeout, whose reason it
// copies; the client's timeouts themselves are tested in retry.test.ts against a real server.
import { describe, expect, it } from 'vitest';
import { Deadline } from '../../src/client/deadline.js';

const expired = (d: Deadline) => new Promise<void>((resolve) => d.addEventListener('abort', resolve));

describe('Deadline', () => {
  it('expires as AbortSignal.timeout does: aborted, a TimeoutError reason, thrown by throwIfAborted', async () => {
    const deadline = new Deadline(1);
    expect(deadline.aborted).toBe(false);
    expect(() => deadline.throwIfAborted()).not.toThrow();
    const signal = AbortSignal.timeout(1);
    await Promise.all([expired(deadline), new Promise((r) => signal.addEventListener('abort', r))]);
    expect(deadline.aborted).toBe(signal.aborted);
    expect((deadline.reason as DOMException).name).toBe((signal.reason as DOMException).name);
    expect((deadline.reason as DOMException).message).toBe('timed out after 1 ms');
    expect(() => deadline.throwIfAborted()).toThrow(deadline.reason as DOMException);
  });

  it('calls each listener once; a removed one not at all; clearing its timer stops it', async () => {
    const deadline = new Deadline(1);
    const calls: string[] = [];
    const removed = () => calls.push('removed');
    deadline.addEventListener('abort', () => calls.push('kept'));
    deadline.addEventListener('abort', removed);
    deadline.removeEventListener('abort', removed);
    await expired(deadline);
    expect(calls).toEqual(['kept']);

    const cleared = new Deadline(1);
    clearTimeout(cleared.timer as ReturnType<typeof setTimeout>);
    await expired(new Deadline(5));
    expect(cleared.aborted).toBe(false);
  });
});
