import { describe, expect, it } from 'vitest';
import { loadStepper } from '../../../src/flow/load-stepper.ts';
import { withHistory } from '../../../src/stepper/stepper-data.ts';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { crmFailure, fakeWire } from '../fake-wire.ts';
import blueprint from '../../fixtures/lead-blueprint.json';

/** The fixture's blueprint as if it ran on Deals' Stage (the fields answer then has no such picklist: the path falls back to what the blueprint names). */
function dealBlueprint() {
  const bp = structuredClone(blueprint);
  bp.blueprint.process_info.api_name = 'Stage';
  return bp as unknown;
}
const deal = { entity: 'Deals', recordId: '520001' };
const rows = { data: [{ Stage: 'Attempted to Contact', Last_Modified_Time: '2026-11-12T09:00:00Z' }] };

describe('loading the stage history with the first screen', () => {
  it("asks for a deal's Stage_History with the other first calls and lays the path out with it", async () => {
    const client = fakeWire({ getBlueprint: async () => dealBlueprint(), getRelatedRecords: async () => rows });
    const result = await loadStepper(decodingClient(client), deal, new AbortController().signal);
    expect(client.getRelatedRecords).toHaveBeenCalledWith(deal, 'Stage_History', expect.anything());
    if (result.kind !== 'ready') throw new Error(result.kind);
    expect(result.history).toBeUndefined();
    expect(result.data.path.steps.find((s) => s.status === 'current')?.reachedAt).toBe('2026-11-12T09:00:00Z');
  });

  it('knows no history when the call fails, and still shows the stepper', async () => {
    const client = fakeWire({
      getBlueprint: async () => dealBlueprint(),
      getRelatedRecords: () =>
        crmFailure({
          kind: 'api',
          call: 'getRelatedRecords',
          code: 'NO_PERMISSION',
          message: 'permission denied',
          fieldApiName: null,
          details: {},
        }),
    });
    const result = await loadStepper(decodingClient(client), deal, new AbortController().signal);
    if (result.kind !== 'ready') throw new Error(result.kind);
    expect(result.data.history).toEqual({ kind: 'unknown' });
    expect(result.data.historyPending).toBe(false);
  });

  it('does not wait for a slow history: the path refines when it arrives', async () => {
    let answer: (v: unknown) => void = () => undefined;
    const client = fakeWire({
      getBlueprint: async () => dealBlueprint(),
      getRelatedRecords: () => new Promise((resolve) => (answer = resolve)),
    });
    const result = await loadStepper(decodingClient(client), deal, new AbortController().signal);
    if (result.kind !== 'ready' || !result.history) throw new Error('expected a pending history');
    expect(result.data.historyPending).toBe(true);
    expect(result.data.path.steps.find((s) => s.status === 'current')?.reachedAt ?? null).toBeNull();
    answer(rows);
    const refined = withHistory(result.data, await result.history);
    expect(refined.path.steps.find((s) => s.status === 'current')?.reachedAt).toBe('2026-11-12T09:00:00Z');
  });

  it('asks no history for a lead, whose module keeps none', async () => {
    const client = fakeWire();
    const result = await loadStepper(
      decodingClient(client),
      { entity: 'Leads', recordId: '301' },
      new AbortController().signal,
    );
    expect(client.getRelatedRecords).not.toHaveBeenCalled();
    if (result.kind !== 'ready') throw new Error(result.kind);
    expect(result.data.history).toEqual({ kind: 'unknown' });
  });
});
