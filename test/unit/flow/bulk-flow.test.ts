import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { describe, expect, it } from 'vitest';
import type { RecordRef } from '../../../src/crm/crm-client.ts';
import { bulkSend, loadBulkRecords, loadBulkShared, sendToRecord, worthRetrying } from '../../../src/flow/bulk-flow.ts';
import { DEFAULT_MODULE_SETTINGS } from '../../../src/settings/settings-schema.ts';
import blueprint from '../../fixtures/lead-blueprint.json';
import { crmFailure, fakeWire } from '../fake-wire.ts';

const ESTABLISH = '4876876000000342606';
const settings = { ...DEFAULT_MODULE_SETTINGS };
const shaping = { settings, profileId: null };
const ids = Array.from({ length: 12 }, (_, i) => `r${i + 1}`);
const apiError = (code: string, fieldApiName: string | null = null) => ({
  kind: 'api' as const,
  call: 'x',
  code,
  message: code,
  fieldApiName,
  details: {},
});

/** Counts a fake call's concurrency. */
function meter() {
  let now = 0;
  let most = 0;
  return {
    get most() {
      return most;
    },
    async wrap<T>(value: () => T): Promise<T> {
      now++;
      most = Math.max(most, now);
      await new Promise((r) => setTimeout(r, 2));
      now--;
      return value();
    },
  };
}

describe('loading a selection', () => {
  it('loads every record with at most 5 calls in flight, counting as they come in', async () => {
    const m = meter();
    const client = decodingClient(
      fakeWire({
        getBlueprint: (ref: RecordRef) =>
          m.wrap(() => (ref.recordId === 'r3' ? Promise.reject(new Error('x')) : structuredClone(blueprint))),
        getRecord: () => m.wrap(() => ({ data: [{ Full_Name: 'Ava Brooks' }] })),
      }),
    );
    const counts: number[] = [];
    const loads = await loadBulkRecords(client, 'Leads', ids, shaping, (_, n) => counts.push(n));
    expect(m.most).toBeLessThanOrEqual(5);
    expect(m.most).toBeGreaterThan(1);
    expect(counts).toEqual(ids.map((_, i) => i + 1));
    expect(loads.map((l) => l.kind)).toEqual(ids.map((id) => (id === 'r3' ? 'failed' : 'ready')));
  });

  it('lists a record in no blueprint apart, and leaves out transitions the admin hides', async () => {
    const client = decodingClient(
      fakeWire({
        getBlueprint: async (ref: RecordRef) =>
          ref.recordId === 'none' ? crmFailure(apiError('RECORD_NOT_IN_PROCESS')) : structuredClone(blueprint),
      }),
    );
    const [none, ready] = await loadBulkRecords(
      client,
      'Leads',
      ['none', 'ok'],
      { settings: { ...settings, hiddenTransitions: ['park for LATER'] }, profileId: null },
      () => undefined,
    );
    expect(none).toMatchObject({ kind: 'no-blueprint', id: 'none' });
    expect(ready?.kind === 'ready' && ready.record.transitions.map((t) => t.name)).toEqual([
      'Establish contact',
      'Qualify',
    ]);
  });

  it('leaves out the transitions hidden for the record’s own process, over the module’s (issue 23)', async () => {
    const client = decodingClient(fakeWire({ getBlueprint: async () => structuredClone(blueprint) }));
    const process = blueprint.blueprint.process_info.id;
    const [load] = await loadBulkRecords(
      client,
      'Leads',
      ['ok'],
      {
        settings: {
          ...settings,
          hiddenTransitions: ['park for LATER'],
          processes: { [process]: { name: 'Lead nurturing process', hiddenTransitions: ['Qualify'] } },
        },
        profileId: null,
      },
      () => undefined,
    );
    expect(load?.kind === 'ready' && load.record.transitions.map((t) => t.name)).toEqual([
      'Establish contact',
      'Park for later',
    ]);
  });

  it("gives each record's fields the user's profile permissions, as single-record mode does", async () => {
    // The fixture's "Establish contact" with its Summary hidden from profile 111 and its
    // Next_Follow_Up read-only for it.
    const withProfiles = structuredClone(blueprint) as unknown as {
      blueprint: { transitions: { id: string; fields: { api_name: string; profiles?: unknown }[] }[] };
    };
    const establish = withProfiles.blueprint.transitions.find((t) => t.id === ESTABLISH)!;
    for (const f of establish.fields) {
      if (f.api_name === 'Summary') f.profiles = [{ id: '111', name: 'Sales', permission_type: 'hidden' }];
      if (f.api_name === 'Next_Follow_Up') f.profiles = [{ id: '111', name: 'Sales', permission_type: 'read_only' }];
    }
    const client = decodingClient(
      fakeWire({
        getBlueprint: async () => structuredClone(withProfiles),
        getCurrentUser: async () => ({
          users: [{ locale: 'en_US', time_zone: 'UTC', profile: { name: 'Sales', id: '111' } }],
        }),
      }),
    );
    const shared = await loadBulkShared(client, 'Leads');
    if (shared.kind !== 'ready') throw new Error(shared.kind);
    expect(shared.profileId).toBe('111');
    const [load] = await loadBulkRecords(client, 'Leads', ['r1'], shared, () => undefined);
    if (load?.kind !== 'ready') throw new Error(String(load?.kind));
    const items = load.record.transitions.find((t) => t.id === ESTABLISH)!.items;
    const fields = items.flatMap((i) => (i.kind === 'field' ? [i] : []));
    expect(fields.map((f) => f.apiName)).not.toContain('Summary');
    expect(fields.find((f) => f.apiName === 'Next_Follow_Up')).toMatchObject({ readOnly: true });
  });

  it('says a module the admin turned off is disabled', async () => {
    const client = decodingClient(
      fakeWire({
        getOrgVariable: async () => ({
          Success: { Content: JSON.stringify({ version: 1, modules: { Leads: { enabled: false } } }) },
        }),
      }),
    );
    expect(await loadBulkShared(client, 'Leads')).toEqual({ kind: 'disabled' });
    expect((await loadBulkShared(client, 'Deals')).kind).toBe('ready');
  });
});

describe('sending to a selection', () => {
  it('names the reason in plain words: locked, no permission, a field refused', async () => {
    const send = (error: ReturnType<typeof apiError>) =>
      sendToRecord(
        decodingClient(fakeWire({ updateBlueprint: () => crmFailure(error) })),
        { entity: 'Leads', recordId: '1' },
        ESTABLISH,
        {},
      );
    expect(await send(apiError('RECORD_LOCKED'))).toMatchObject({ ok: false, error: { reason: 'locked' } });
    expect(await send(apiError('NO_PERMISSION'))).toMatchObject({ ok: false, error: { reason: 'no-permission' } });
    expect(await send(apiError('INVALID_DATA', 'Amount'))).toMatchObject({
      ok: false,
      error: { reason: 'field', fieldApiName: 'Amount' },
    });
  });

  it('says the transition is no longer available when the record moved meanwhile', async () => {
    const moved = structuredClone(blueprint);
    moved.blueprint.transitions = moved.blueprint.transitions.filter((t) => t.id !== ESTABLISH);
    const client = decodingClient(
      fakeWire({
        updateBlueprint: () => crmFailure(apiError('INVALID_DATA', 'transition_id')),
        getBlueprint: async () => moved,
      }),
    );
    expect(await sendToRecord(client, { entity: 'Leads', recordId: '1' }, ESTABLISH, {})).toMatchObject({
      ok: false,
      error: { reason: 'gone' },
    });
  });

  it('sends the same data to every record once, and retries only the ones worth it', async () => {
    const locked = new Set(['r2']);
    const wire = fakeWire({
      updateBlueprint: async (ref: RecordRef) =>
        ref.recordId === 'r4'
          ? crmFailure(apiError('NO_PERMISSION'))
          : locked.has(ref.recordId)
            ? crmFailure(apiError('RECORD_LOCKED'))
            : { code: 'SUCCESS', status: 'success', message: 'ok' },
    });
    const client = decodingClient(wire);
    const run = bulkSend(client, 'Leads', ['r1', 'r2', 'r3', 'r4'], ESTABLISH, { Notes: 'hi' });
    await run.start();
    expect(run.progress()).toMatchObject({ done: 2, failed: 2 });
    locked.clear();
    expect(run.retryFailed(worthRetrying)).toEqual(['r2']);
    await new Promise((r) => setTimeout(r, 0));
    expect(wire.updateBlueprint.mock.calls.map((c) => (c[0] as RecordRef).recordId)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      'r2',
    ]);
    expect(
      wire.updateBlueprint.mock.calls.every((c) => c[1] === ESTABLISH && JSON.stringify(c[2]) === '{"Notes":"hi"}'),
    ).toBe(true);
    expect(run.progress()).toMatchObject({ done: 3, failed: 1 });
  });
});
