import { describe, expect, it } from 'vitest';
import { runCapped } from '../../../src/bulk/capped.ts';
import { SendQueue, type SendOutcome } from '../../../src/bulk/send-queue.ts';

/** A CRM whose answers the test releases by hand, counting calls in flight. */
function manualCrm() {
  const pending = new Map<string, (o: SendOutcome<string>) => void>();
  const sent: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    sent,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    pendingIds: () => [...pending.keys()],
    send: (id: string) =>
      new Promise<SendOutcome<string>>((resolve) => {
        sent.push(id);
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        pending.set(id, (o) => {
          inFlight--;
          pending.delete(id);
          resolve(o);
        });
      }),
    answer(id: string, o: SendOutcome<string> = { ok: true }) {
      const settle = pending.get(id);
      if (!settle) throw new Error(`${id} is not in flight`);
      settle(o);
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);

describe('the bulk send queue', () => {
  it('never has more than 5 calls in flight, and sends every record once', async () => {
    const crm = manualCrm();
    const run = new SendQueue(ids(12), crm.send);
    const done = run.start();
    await flush();
    expect(crm.inFlight).toBe(5);
    while (crm.pendingIds().length > 0) {
      crm.answer(crm.pendingIds()[0]!);
      await flush();
      expect(crm.inFlight).toBeLessThanOrEqual(5);
    }
    await done;
    expect(crm.maxInFlight).toBe(5);
    expect([...crm.sent].sort()).toEqual([...ids(12)].sort());
    expect(run.progress()).toEqual({ total: 12, done: 12, failed: 0, left: 0, late: 0, notSent: 0, unknown: 0 });
  });

  it('counts done, failed and left as answers come in', async () => {
    const crm = manualCrm();
    const run = new SendQueue(ids(7), crm.send);
    void run.start();
    await flush();
    crm.answer('r1');
    crm.answer('r2', { ok: false, error: 'RECORD_LOCKED' });
    await flush();
    expect(run.progress()).toMatchObject({ done: 1, failed: 1, left: 5 });
  });

  it('Stop halts what has not started; calls in flight finish; the rest is not sent', async () => {
    const crm = manualCrm();
    const run = new SendQueue(ids(10), crm.send);
    const done = run.start();
    await flush();
    run.stop();
    expect(run.progress()).toMatchObject({ left: 5, notSent: 5 });
    for (const id of crm.pendingIds()) crm.answer(id);
    await done;
    expect(crm.sent).toEqual(ids(5));
    expect(run.progress()).toEqual({ total: 10, done: 5, failed: 0, left: 0, late: 0, notSent: 5, unknown: 0 });
    expect(run.state('r6')).toEqual({ status: 'not-sent' });
  });

  it('a retry sends only failed records still at the transition, never a moved one', async () => {
    const crm = manualCrm();
    const run = new SendQueue(ids(4), crm.send);
    const done = run.start();
    await flush();
    crm.answer('r1');
    crm.answer('r2', { ok: false, error: 'RECORD_LOCKED' });
    crm.answer('r3', { ok: false, error: 'GONE' });
    crm.answer('r4', { ok: false, error: 'RECORD_LOCKED' });
    await done;
    crm.sent.length = 0;
    const again = run.retryFailed((_, error) => error !== 'GONE');
    expect(again).toEqual(['r2', 'r4']);
    await flush();
    expect(crm.sent).toEqual(['r2', 'r4']);
    crm.answer('r2');
    crm.answer('r4');
    await flush();
    expect(run.progress()).toMatchObject({ done: 3, failed: 1 });
    expect(run.state('r3')).toEqual({ status: 'failed', error: 'GONE' });
  });

  it('never sends a record twice, however often start and retry are pressed', async () => {
    const crm = manualCrm();
    const run = new SendQueue(['a', 'b', 'a'], crm.send);
    void run.start();
    void run.start();
    expect(run.retryFailed(() => true)).toEqual([]);
    await flush();
    expect(crm.sent).toEqual(['a', 'b']);
    crm.answer('a');
    crm.answer('b');
    await flush();
    void run.start();
    expect(run.retryFailed(() => true)).toEqual([]);
    await flush();
    expect(crm.sent).toEqual(['a', 'b']);
  });

  it('tells its listeners when the round is over', async () => {
    const crm = manualCrm();
    const run = new SendQueue(ids(2), crm.send);
    const seen: boolean[] = [];
    run.subscribe(() => seen.push(run.busy));
    const done = run.start();
    await flush();
    crm.answer('r1');
    crm.answer('r2');
    await done;
    expect(seen.at(-1)).toBe(false);
  });

  it('resume sends only what Stop left unsent', async () => {
    const crm = manualCrm();
    const run = new SendQueue(ids(7), crm.send);
    const done = run.start();
    await flush();
    run.stop();
    for (const id of crm.pendingIds()) crm.answer(id);
    await done;
    crm.sent.length = 0;
    expect(run.resume()).toEqual(['r6', 'r7']);
    await flush();
    expect(crm.sent).toEqual(['r6', 'r7']);
  });
});

describe('running work with a cap', () => {
  it('keeps at most the limit running and runs everything', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await runCapped(
      Array.from({ length: 20 }, (_, i) => i),
      5,
      async (i) => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, (i % 3) + 1));
        seen.push(i);
        running--;
      },
    );
    expect(most).toBe(5);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
