import { describe, expect, it } from 'vitest';
import { CallsInFlight } from '../../../src/crm/calls-in-flight.ts';
import { connectToZoho } from '../../../src/crm/zoho-crm-client.ts';
import { bulkSend } from '../../../src/flow/bulk-flow.ts';
import blueprint from '../../fixtures/lead-blueprint.json';

/** Issue 21 §2: a call past its deadline is still in flight, and holds its place among the calls in flight. */

const ESTABLISH = '4876876000000342606';
const flush = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/**
 * A CRM whose every call is answered only when the test says: it counts the calls waiting on it (sent, not
 * answered), as the CRM would, and records every update it received.
 */
function slowCrm() {
  const waiting: Array<{ name: string; recordId: string; answer: (value: unknown) => void }> = [];
  const received: string[] = [];
  let most = 0;
  const call =
    (name: string) =>
    (config: { RecordID?: string } = {}) =>
      new Promise((resolve) => {
        if (name === 'updateBluePrint') received.push(String(config.RecordID));
        const entry = { name, recordId: String(config.RecordID), answer: resolve };
        waiting.push(entry);
        most = Math.max(most, waiting.length);
      });
  const ZOHO = {
    embeddedApp: { on: () => undefined, init: () => new Promise(() => undefined) },
    CRM: {
      API: {
        getBluePrint: call('getBluePrint'),
        updateBluePrint: call('updateBluePrint'),
        getRecord: call('getRecord'),
      },
      META: {},
      CONFIG: {},
      CONNECTOR: {},
      UI: {},
    },
  };
  return {
    win: { ZOHO } as unknown as Window,
    received,
    get most() {
      return most;
    },
    waiting: (name: string) => waiting.filter((w) => w.name === name),
    /** Answers one waiting call (and takes it off the CRM's list). */
    answer(name: string, recordId: string, value: unknown) {
      const at = waiting.findIndex((w) => w.name === name && w.recordId === recordId);
      if (at < 0) throw new Error(`${name} ${recordId} is not waiting`);
      const [entry] = waiting.splice(at, 1);
      entry!.answer(value);
    },
  };
}

const success = { code: 'SUCCESS', status: 'success', message: 'transition updated successfully' };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);

describe('calls in flight', () => {
  it('keeps a place until the call is answered, lets the rest wait, and sends nothing it was told to drop', async () => {
    const gate = new CallsInFlight(2);
    const first = await gate.acquire();
    await gate.acquire();
    let third = false;
    const stop = new AbortController();
    const dropped = gate.acquire('now', stop.signal);
    dropped.catch(() => undefined);
    void gate.acquire().then(() => (third = true));
    await flush();
    expect(third).toBe(false);
    stop.abort('stopped');
    await expect(dropped).rejects.toBe('stopped');
    first();
    first();
    await flush();
    expect(third).toBe(true);
    expect(gate.sent).toBe(2);
  });

  it('lets the rep’s own calls go before background work', async () => {
    const gate = new CallsInFlight(1);
    const free = await gate.acquire();
    const order: string[] = [];
    void gate.acquire('background').then((done) => (order.push('name'), done()));
    void gate.acquire('now').then((done) => (order.push('send'), done()));
    free();
    await flush();
    expect(order).toEqual(['send', 'name']);
  });
});

describe('a bulk send whose answers come after the deadline', () => {
  it('never has more than 5 updates waiting on the CRM, reports none as refused, and sends each record once', async () => {
    const crm = slowCrm();
    const { client, inFlight, page } = connectToZoho(crm.win, 20);
    page.catch(() => undefined);
    inFlight.limit = 5;
    const run = bulkSend(client, 'Leads', ids(8), ESTABLISH, {});
    const done = run.start();
    await flush(60);
    // Five updates past their deadline: they keep their places, and the blueprint reads behind them wait too.
    expect(crm.waiting('updateBluePrint')).toHaveLength(5);
    expect(crm.received).toEqual(ids(5));
    expect(run.progress()).toMatchObject({ late: 5, failed: 0, left: 3 });
    expect(run.stuck).toBe(true);
    // The CRM applied them all, and answers late: each counts as moved, and the next records go out.
    for (const id of ids(5)) crm.answer('updateBluePrint', id, success);
    await flush(60);
    expect(crm.received).toEqual(ids(8));
    // The reads queued behind the five late updates were dropped once those answered: none of them went out.
    expect(crm.waiting('getBluePrint').filter((w) => ids(5).includes(w.recordId))).toEqual([]);
    for (const id of ['r6', 'r7', 'r8']) crm.answer('updateBluePrint', id, success);
    await flush();
    for (const w of crm.waiting('getBluePrint')) crm.answer('getBluePrint', w.recordId, structuredClone(blueprint));
    await done;
    expect(run.progress()).toMatchObject({ done: 8, failed: 0, late: 0, unknown: 0 });
    expect(crm.most).toBeLessThanOrEqual(5);
    expect(run.retryFailed(() => true)).toEqual([]);
    expect(crm.received).toHaveLength(8);
  });

  it('counts a record as moved when the blueprint read after a late update shows it moved, even a late read', async () => {
    const crm = slowCrm();
    const { client, page } = connectToZoho(crm.win, 20);
    page.catch(() => undefined);
    const run = bulkSend(client, 'Leads', ['r1'], ESTABLISH, {});
    const done = run.start();
    await flush(80);
    expect(run.state('r1')).toEqual({ status: 'late' });
    const moved = structuredClone(blueprint);
    moved.blueprint.transitions = [];
    crm.answer('getBluePrint', 'r1', moved);
    await done;
    expect(run.state('r1')).toEqual({ status: 'moved' });
  });

  it('shows a late refusal as the refusal it is, and only then offers to retry', async () => {
    const crm = slowCrm();
    const { client, page } = connectToZoho(crm.win, 20);
    page.catch(() => undefined);
    const run = bulkSend(client, 'Leads', ['r1'], ESTABLISH, {});
    const done = run.start();
    await flush(60);
    expect(run.retryFailed(() => true)).toEqual([]);
    crm.answer('getBluePrint', 'r1', structuredClone(blueprint));
    await flush();
    expect(run.state('r1')).toEqual({ status: 'late' });
    crm.answer('updateBluePrint', 'r1', { code: 'RECORD_LOCKED', status: 'error', message: 'locked', details: {} });
    await done;
    expect(run.state('r1')).toMatchObject({ status: 'failed', error: { reason: 'locked' } });
    expect(run.retryFailed(() => true)).toEqual(['r1']);
  });

  it('Stop while answers are late: those records are “sent, result unknown”, the unsent “not sent”; a late answer still counts', async () => {
    const crm = slowCrm();
    const { client, inFlight, page } = connectToZoho(crm.win, 20);
    page.catch(() => undefined);
    inFlight.limit = 5;
    const run = bulkSend(client, 'Leads', ids(7), ESTABLISH, {});
    const done = run.start();
    await flush(60);
    run.stop();
    await done;
    expect(run.progress()).toMatchObject({ unknown: 5, notSent: 2, failed: 0, done: 0 });
    expect(run.resume()).toEqual(['r6', 'r7']);
    run.stop();
    crm.answer('updateBluePrint', 'r1', success);
    await flush();
    expect(run.state('r1')).toEqual({ status: 'moved' });
    expect(run.retryFailed(() => true)).toEqual([]);
    // Nothing past the five: the resumed records waited for a place and were dropped by the second Stop.
    expect(crm.received).toEqual(ids(5));
  });
});
