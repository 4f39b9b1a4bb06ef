import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessState } from '../../../src/blueprint/model.ts';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { loadStepper } from '../../../src/flow/load-stepper.ts';
import { statesCache } from '../../../src/storage/states-cache.ts';
import { fakeWire, leadPage } from '../fake-wire.ts';
import { refusedStorage } from '../refused-storage.ts';
import fields from '../../fixtures/lead-fields.json';

afterEach(() => localStorage.clear());

const ORG = { org: [{ id: '4876876000000000001', currency_symbol: '$' }] };
const KEY = { org: '4876876000000000001', module: 'Leads', field: 'Lead_Status' };

/** The Lead Status picklist as the fixture's field list gives it, in the process's order. */
const LEAD_STATES: ProcessState[] = [
  'Not Contacted',
  'Attempted to Contact',
  'Contact in Future',
  'Contacted',
  'Qualified',
  'Junk Lead',
].map((label, i) => ({ label, value: label, sequence: i + 1, colour: null, closing: null }));

const labels = (steps: { state: ProcessState }[]) => steps.map((s) => s.state.label);

/** A getFields that answers when the test says (a real org's list comes after the first screen). */
function heldFields() {
  let answer: (value: unknown) => void = () => undefined;
  const promise = new Promise<unknown>((resolve) => (answer = resolve));
  return { getFields: () => promise, answer: () => answer(structuredClone(fields)) };
}

async function load(wire: ReturnType<typeof fakeWire>, cache = statesCache(localStorage)) {
  const result = await loadStepper(decodingClient(wire), leadPage.record, new AbortController().signal, {
    states: cache,
  });
  if (result.kind !== 'ready') throw new Error(result.kind);
  return result;
}

describe("the module's states kept from the last open", () => {
  it('lay the whole path out before the field list comes, and are kept again when it does', async () => {
    statesCache(localStorage).set(KEY, LEAD_STATES.slice(0, 5));
    const held = heldFields();
    const result = await load(fakeWire({ getOrgInfo: async () => ORG, getFields: held.getFields }));
    // The states the last open read, with the current one marked: not only the stages the blueprint names.
    expect(labels(result.data.path.steps)).toEqual(LEAD_STATES.slice(0, 5).map((s) => s.label));
    expect(result.data.path.steps.find((s) => s.status === 'current')?.state.label).toBe('Attempted to Contact');
    // Still waiting for the field list: the path refines when it comes, and what it says is kept.
    expect(result.data.statesPending).toBe(true);
    held.answer();
    expect((await result.states)?.map((s) => s.label)).toEqual(LEAD_STATES.map((s) => s.label));
    expect(
      statesCache(localStorage)
        .get(KEY)
        ?.map((s) => s.label),
    ).toEqual(LEAD_STATES.map((s) => s.label));
  });

  it('are not used when they do not name the record’s current stage (the picklist changed)', async () => {
    statesCache(localStorage).set(KEY, [LEAD_STATES[0]!, LEAD_STATES[5]!]);
    const result = await load(fakeWire({ getOrgInfo: async () => ORG, getFields: heldFields().getFields }));
    // What the blueprint names: the current stage, then the transitions' next ones.
    expect(labels(result.data.path.steps)[0]).toBe('Attempted to Contact');
    expect(labels(result.data.path.steps)).not.toContain('Not Contacted');
  });

  it('belong to one org: another org’s states are never shown', async () => {
    statesCache(localStorage).set({ ...KEY, org: 'another-org' }, LEAD_STATES);
    const result = await load(fakeWire({ getOrgInfo: async () => ORG, getFields: heldFields().getFields }));
    expect(labels(result.data.path.steps)).not.toContain('Not Contacted');
  });

  it('are neither read nor kept when the org answer names no org', async () => {
    const cache = statesCache(localStorage);
    cache.set({ ...KEY, org: '' }, LEAD_STATES);
    await load(fakeWire({ getOrgInfo: async () => ({ org: [{}] }) }), cache);
    expect(cache.get(KEY)).toBeNull();
    expect(Object.keys(localStorage)).toHaveLength(1);
  });

  it('stay as they were when the field list fails', async () => {
    statesCache(localStorage).set(KEY, LEAD_STATES);
    const result = await load(
      fakeWire({ getOrgInfo: async () => ORG, getFields: () => Promise.reject(new Error('gone')) }),
    );
    expect(await result.states).toEqual([]);
    expect(statesCache(localStorage).get(KEY)).toEqual(LEAD_STATES);
  });
});

describe('statesCache', () => {
  it('reads back what it kept, per org, module and field', () => {
    const cache = statesCache(localStorage);
    cache.set(KEY, LEAD_STATES);
    expect(cache.get(KEY)).toEqual(LEAD_STATES);
    expect(cache.get({ ...KEY, module: 'Deals' })).toBeNull();
    expect(cache.get({ ...KEY, field: 'Stage' })).toBeNull();
  });

  it('reads anything it did not write as nothing kept', () => {
    const cache = statesCache(localStorage);
    cache.set(KEY, LEAD_STATES);
    const [key] = Object.keys(localStorage);
    for (const junk of ['{', '"a"', '{}', '[1]', '[{"label":"A","value":"A","sequence":"1","colour":null}]']) {
      localStorage.setItem(key!, junk);
      expect(cache.get(KEY)).toBeNull();
    }
    localStorage.setItem(key!, '[{"label":"A","value":"A","sequence":1,"colour":{"x":1}}]');
    expect(cache.get(KEY)).toBeNull();
  });

  it('keeps nothing, and throws nothing, where the browser refuses storage', () => {
    const cache = statesCache(refusedStorage);
    expect(() => cache.set(KEY, LEAD_STATES)).not.toThrow();
    expect(cache.get(KEY)).toBeNull();
    expect(statesCache(null).get(KEY)).toBeNull();
  });
});
