import { describe, expect, it } from 'vitest';
import type { ProcessState } from '../../../src/blueprint/model.ts';
import { editModule, wholeStates, type ProcessFieldInUse } from '../../../src/settings/module-edits.ts';
import { settingsForModule, type ModuleSettings } from '../../../src/settings/settings-schema.ts';

const state = (label: string, sequence: number): ProcessState => ({ label, value: label, sequence, colour: null });
const FIELD: ProcessFieldInUse = {
  apiName: 'Stage',
  states: [state('Qualification', 1), state('Proposal', 2), state('Closed Won', 3)],
};
const fresh = (): ModuleSettings => settingsForModule({ version: 1, modules: {} }, 'Deals');
const order = (m: ModuleSettings) => wholeStates(m, FIELD).map((s) => s.value);

describe('editModule', () => {
  it('moves a stage up or down, pinning the list to the field in use', () => {
    const moved = editModule(fresh(), { kind: 'move', value: 'Closed Won', by: -1 }, FIELD);
    expect(order(moved)).toEqual(['Qualification', 'Closed Won', 'Proposal']);
    expect(moved.processField).toBe('Stage');
    expect(order(editModule(moved, { kind: 'move', value: 'Qualification', by: 1 }, FIELD))).toEqual([
      'Closed Won',
      'Qualification',
      'Proposal',
    ]);
  });

  it('does nothing when a stage is moved past either end', () => {
    const m = fresh();
    expect(editModule(m, { kind: 'move', value: 'Qualification', by: -1 }, FIELD)).toBe(m);
    expect(editModule(m, { kind: 'move', value: 'Closed Won', by: 1 }, FIELD)).toBe(m);
  });

  it('hides a stage, marks it closing and gives it guidance', () => {
    let m = editModule(fresh(), { kind: 'hidden', value: 'Proposal', hidden: true }, FIELD);
    m = editModule(m, { kind: 'closing', value: 'Closed Won', closing: 'won' }, FIELD);
    m = editModule(m, { kind: 'guidance', value: 'Qualification', text: 'Book the discovery call.' }, FIELD);
    expect(m.states).toEqual([
      { value: 'Qualification', hidden: false, closing: null, guidance: 'Book the discovery call.' },
      { value: 'Proposal', hidden: true, closing: null, guidance: '' },
      { value: 'Closed Won', hidden: false, closing: 'won', guidance: '' },
    ]);
  });

  it("sets a stage's expected days as typed and clears them", () => {
    let m = editModule(fresh(), { kind: 'expected-days', value: 'Proposal', days: 10 }, FIELD);
    expect(m.states[1]).toEqual({ value: 'Proposal', hidden: false, closing: null, guidance: '', expectedDays: 10 });
    // Kept as typed for the page to say what is wrong; saving refuses it (settings-schema.test.ts).
    m = editModule(m, { kind: 'expected-days', value: 'Proposal', days: 2.5 }, FIELD);
    expect(m.states[1]!.expectedDays).toBe(2.5);
    m = editModule(m, { kind: 'expected-days', value: 'Proposal', days: null }, FIELD);
    expect(m.states[1]).toEqual({ value: 'Proposal', hidden: false, closing: null, guidance: '' });
  });

  it('drops stages the picklist no longer has when the list is next edited', () => {
    const m = {
      ...fresh(),
      processField: 'Stage',
      states: [{ value: 'Gone', hidden: true, closing: null, guidance: '' }],
    };
    expect(
      editModule(m, { kind: 'hidden', value: 'Proposal', hidden: true }, FIELD).states.map((s) => s.value),
    ).toEqual(['Qualification', 'Proposal', 'Closed Won']);
  });

  it("cannot edit stages before the module's fields are known", () => {
    const m = fresh();
    expect(editModule(m, { kind: 'hidden', value: 'Proposal', hidden: true }, null)).toBe(m);
  });

  it('starts the path afresh when the process field changes', () => {
    const m = editModule(fresh(), { kind: 'hidden', value: 'Proposal', hidden: true }, FIELD);
    expect(editModule(m, { kind: 'process-field', field: 'Sub_Stage' }, FIELD)).toMatchObject({
      processField: 'Sub_Stage',
      states: [],
    });
  });

  it('hides a transition once by name, tidied, and shows it again whatever its case', () => {
    let m = editModule(fresh(), { kind: 'hide-transition', name: '  Mark   as junk ' }, null);
    expect(m.hiddenTransitions).toEqual(['Mark as junk']);
    expect(editModule(m, { kind: 'hide-transition', name: 'MARK AS JUNK' }, null)).toBe(m);
    expect(editModule(m, { kind: 'hide-transition', name: '   ' }, null)).toBe(m);
    m = editModule(m, { kind: 'show-transition', name: 'mark as junk' }, null);
    expect(m.hiddenTransitions).toEqual([]);
  });

  it('turns the widget off and sets what follows a transition', () => {
    const m = editModule(
      editModule(fresh(), { kind: 'enabled', enabled: false }, null),
      { kind: 'after', after: 'close-reload' },
      null,
    );
    expect(m).toMatchObject({ enabled: false, afterTransition: 'close-reload' });
  });
});
