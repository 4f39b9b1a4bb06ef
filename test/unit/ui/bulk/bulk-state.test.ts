import { describe, expect, it } from 'vitest';
import { groupTransitions } from '../../../../src/bulk/group-transitions.ts';
import type { PageContext } from '../../../../src/crm/crm-client.ts';
import type { BulkShared, RecordLoad } from '../../../../src/flow/bulk-flow.ts';
import { DEFAULT_MODULE_SETTINGS } from '../../../../src/settings/settings-schema.ts';
import {
  apartLoads,
  openBulkState,
  readyRecords,
  reduceBulk,
  type BulkAction,
  type BulkState,
} from '../../../../src/ui/bulk/bulk-state.ts';
import { field, kolkata } from '../../fields/field-factory.ts';
import { transition } from '../../transition-factory.ts';

const items = [field('text', { apiName: 'Reason' }), field('picklist', { apiName: 'Type' })];
const establish = (data: Record<string, unknown>) => transition('t-est', { name: 'Establish contact', items, data });
const shared: BulkShared = { kind: 'ready', context: kolkata, settings: DEFAULT_MODULE_SETTINGS, profileId: null };
const ctx = (recordIds: string[]): PageContext => ({
  record: { entity: 'Leads', recordId: recordIds[0]! },
  recordIds,
  buttonPosition: 'ListView',
});

function ready(id: string, data: Record<string, unknown>): RecordLoad {
  const t = establish(data);
  return {
    kind: 'ready',
    record: { id, name: null, currentState: 'New', transitions: [t] },
    blueprint: { process: { currentState: 'New' }, transitions: [t] } as never,
  };
}

/** The records a state has loaded, in the selection's order. */
const readyOf = (state: BulkState) => readyRecords(state.ids, state.loads);

/** Bulk mode on leads a, b, c after the shared answers and each action in turn. */
function after(...actions: BulkAction[]): BulkState {
  return [{ type: 'shared', shared } as BulkAction, ...actions].reduce(reduceBulk, openBulkState(ctx(['a', 'b', 'c'])));
}

const loaded: BulkAction[] = [
  { type: 'loaded', load: ready('b', { Reason: 'Call back', Type: 'x' }) },
  { type: 'loaded', load: { kind: 'no-blueprint', id: 'c', name: null } },
  { type: 'loaded', load: ready('a', { Reason: 'Call back', Type: 'y' }) },
];

describe("bulk mode's state", () => {
  it('opens on the selection, or on too many with no records to load', () => {
    const opened = openBulkState(ctx(['a', 'b']));
    expect([opened.entity, opened.mode.kind, opened.ids, opened.step]).toEqual([
      'Leads',
      'bulk',
      ['a', 'b'],
      { kind: 'choose' },
    ]);
    const many = openBulkState(ctx(Array.from({ length: 201 }, (_, i) => String(i))));
    expect([many.mode, many.ids]).toEqual([{ kind: 'too-many', count: 201, limit: 200 }, []]);
  });

  it("keeps each record's load and name as they come, in the selection's order whatever order they come in", () => {
    const state = after(...loaded, { type: 'named', id: 'a', name: 'Lead A' });
    expect(readyOf(state).map((r) => r.id)).toEqual(['a', 'b']);
    expect(apartLoads(state)).toEqual([{ kind: 'no-blueprint', id: 'c', name: null }]);
    expect(state.names.get('a')).toBe('Lead A');
    // A record loaded again (Try again, a late answer) replaces its first load.
    const again = reduceBulk(state, { type: 'loaded', load: ready('c', {}) });
    expect(apartLoads(again)).toEqual([]);
  });

  it('opens the form with the values the records share, and names the ones that differ', () => {
    const [choice] = groupTransitions(readyOf(after(...loaded)));
    const { step } = after(...loaded, { type: 'choose', choice: choice! });
    if (step.kind !== 'form') throw new Error(step.kind);
    expect(step.form.drafts).toMatchObject({ Reason: 'Call back', Type: '' });
    expect(step.differing).toEqual(['Type']);
  });

  it('opens no form before the shared answers are in', () => {
    const [choice] = groupTransitions(readyOf(after(...loaded)));
    const state = [...loaded, { type: 'choose', choice: choice! } as BulkAction].reduce(
      reduceBulk,
      openBulkState(ctx(['a', 'b', 'c'])),
    );
    expect(state.step).toEqual({ kind: 'choose' });
  });

  it('goes from the form to the confirmation to the send, keeping what the rep typed until it is confirmed', () => {
    const [choice] = groupTransitions(readyOf(after(...loaded)));
    const editing = after(...loaded, { type: 'choose', choice: choice! }, { type: 'edit', key: 'Type', value: 'x' });
    if (editing.step.kind !== 'form') throw new Error(editing.step.kind);
    expect(editing.step.form.drafts.Type).toBe('x');
    const confirming = reduceBulk(editing, { type: 'confirm', data: { Type: 'x' } });
    expect(confirming.step).toEqual({ kind: 'confirm', choice, data: { Type: 'x' } });
    expect(reduceBulk(confirming, { type: 'sending' }).step).toEqual({ kind: 'send', choice });
    // Nothing sends from the form itself, and nothing is confirmed from the choices.
    expect(reduceBulk(editing, { type: 'sending' })).toBe(editing);
    expect(reduceBulk(after(...loaded), { type: 'confirm', data: {} }).step).toEqual({ kind: 'choose' });
  });

  it('goes back to the choices on Cancel, and ignores form edits with no form open', () => {
    const [choice] = groupTransitions(readyOf(after(...loaded)));
    const form = after(...loaded, { type: 'choose', choice: choice! });
    expect(reduceBulk(form, { type: 'cancel' }).step).toEqual({ kind: 'choose' });
    const choosing = after(...loaded);
    expect(reduceBulk(choosing, { type: 'touch', key: 'Type' })).toBe(choosing);
  });
});
