import { describe, expect, it } from 'vitest';
import { CrmFailure } from '../../../src/crm/crm-error.ts';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { withDeadline } from '../../../src/crm/deadline.ts';
import { fakeWire } from '../fake-wire.ts';

async function rejection(p: Promise<unknown>): Promise<CrmFailure> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CrmFailure) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('an answer after the deadline (issue 9 item 2)', () => {
  it('is carried by the timeout, not dropped', async () => {
    let answer!: (v: unknown) => void;
    const work = new Promise((resolve) => (answer = resolve));
    const failure = await rejection(withDeadline('updateBluePrint', work, 5));
    expect(failure.error).toEqual({ kind: 'timeout', call: 'updateBluePrint', afterMs: 5 });
    answer('late words');
    await expect(failure.late).resolves.toBe('late words');
  });

  it('is decoded by the client like an answer in time', async () => {
    let answer!: (v: unknown) => void;
    const late = new Promise((resolve) => (answer = resolve));
    const client = decodingClient(
      fakeWire({
        updateBlueprint: () =>
          Promise.reject(new CrmFailure({ kind: 'timeout', call: 'updateBluePrint', afterMs: 5 }, late)),
      }),
    );
    const failure = await rejection(client.updateBlueprint({ entity: 'Leads', recordId: '301' }, '77', {}));
    answer(JSON.stringify({ code: 'SUCCESS', status: 'success', message: 'transition saved partially' }));
    await expect(failure.late).resolves.toEqual({ result: 'partial', message: 'transition saved partially' });
  });
});
