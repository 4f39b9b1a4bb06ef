/**
 * The calls this page has sent to the CRM and not yet had an answer to, and the cap on them
 * (docs/architecture.md, "Calls in flight"). A call holds its place from the moment it is sent until the CRM
 * answers it, however late: the widget's deadline tells the rep the CRM is slow, it does not end the call, since
 * the CRM may still carry it out. A call that finds every place taken waits its turn before it is sent.
 */

/** Whether the rep waits on a call (`now`), or it is work they do not wait on (bulk mode's record names). */
export type Priority = 'now' | 'background';

/**
 * At most `limit` calls in flight; the rest wait in order, the rep's own calls before background ones. A waiting
 * call whose signal aborts leaves the queue and is never sent.
 */
export class CallsInFlight {
  /** Sent and not answered yet. */
  sent = 0;
  private readonly queues: Record<Priority, Array<() => void>> = { now: [], background: [] };

  /** `limit`: the cap; bulk mode lowers it once it knows it runs (calls already sent keep their places). */
  constructor(public limit: number) {}

  /**
   * Resolves, once a place is free, with the function that frees it (call it when the CRM has answered); rejects
   * with the signal's reason if it aborts first, and then nothing was sent.
   */
  acquire(priority: Priority = 'now', signal?: AbortSignal): Promise<() => void> {
    return new Promise((resolve, reject) => {
      const queue = this.queues[priority];
      const start = () => {
        signal?.removeEventListener('abort', onAbort);
        this.sent += 1;
        let freed = false;
        resolve(() => {
          if (freed) return;
          freed = true;
          this.sent -= 1;
          this.next();
        });
      };
      const onAbort = () => {
        queue.splice(queue.indexOf(start) >>> 0, 1);
        reject(signal?.reason);
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(start);
      this.next();
    });
  }

  private next(): void {
    while (this.sent < this.limit) {
      const start = this.queues.now.shift() ?? this.queues.background.shift();
      if (!start) return;
      start();
    }
  }
}
