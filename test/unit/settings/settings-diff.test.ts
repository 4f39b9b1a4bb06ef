import { describe, expect, it } from 'vitest';
import type { ProcessState } from '../../../src/blueprint/model.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';
import * as diff from '../../../src/settings/settings-diff.ts';
import type { DiffContext } from '../../../src/settings/settings-diff.ts';
import { defaultSettings, type ModuleSettings, type SettingsDoc } from '../../../src/settings/settings-schema.ts';
import en from '../../../src/translations/en.json';

/** The change lines as the admin reads them, in English. */
const english = createTranslator('en', en, {});
const describeChanges = (...args: Parameters<typeof diff.describeChanges>) =>
  diff.describeChanges(...args).map((m) => english(m));

const state = (label: string, sequence: number): ProcessState => ({ label, value: label, sequence, colour: null });
const STAGES = [state('Qualification', 1), state('Proposal', 2), state('Closed Won', 3), state('Closed Lost', 4)];
const ctx: DiffContext = {
  moduleLabel: (m) => (m === 'Deals' ? 'Deals' : m),
  states: (_m, field) => (field === null || field === 'Stage' ? STAGES : null),
  fieldLabel: (_m, field) => (field === 'Stage' ? 'Stage' : field),
};
const doc = (deals: Partial<ModuleSettings>): SettingsDoc => ({
  version: 1,
  modules: {
    Deals: {
      enabled: true,
      processField: 'Stage',
      states: [],
      hiddenTransitions: [],
      afterTransition: 'stay',
      ...deals,
    },
  },
});
const s = (value: string, extra: object = {}) => ({ value, hidden: false, closing: null, guidance: '', ...extra });

describe('describeChanges', () => {
  it('says nothing when the widget would behave the same', () => {
    expect(describeChanges(doc({}), doc({ states: STAGES.map((x) => s(x.value)) }), ctx)).toEqual([]);
    expect(
      describeChanges(
        defaultSettings(),
        {
          version: 1,
          modules: {
            Deals: { enabled: true, processField: null, states: [], hiddenTransitions: [], afterTransition: 'stay' },
          },
        },
        ctx,
      ),
    ).toEqual([]);
  });

  it("names a stage's expected days set, changed and cleared", () => {
    const days = (n?: number) =>
      doc({ states: STAGES.map((x) => s(x.value, x.value === 'Proposal' && n ? { expectedDays: n } : {})) });
    expect(describeChanges(days(), days(10), ctx)).toEqual(['Deals: expected days for “Proposal”: 10']);
    expect(describeChanges(days(10), days(12), ctx)).toEqual(['Deals: expected days for “Proposal”: 12']);
    expect(describeChanges(days(10), days(), ctx)).toEqual(['Deals: no expected days for “Proposal”']);
  });

  it('names each change to a stage', () => {
    const after = doc({
      states: [
        s('Qualification', { guidance: 'Book the call.' }),
        s('Proposal', { hidden: true }),
        s('Closed Won', { closing: 'won' }),
        s('Closed Lost'),
      ],
    });
    expect(describeChanges(doc({}), after, ctx)).toEqual([
      'Deals: guidance added for “Qualification”',
      'Deals: “Proposal” hidden from the path',
      'Deals: “Closed Won” is a closing stage (won)',
    ]);
    expect(describeChanges(after, doc({}), ctx)).toEqual([
      'Deals: guidance removed for “Qualification”',
      'Deals: “Proposal” shown on the path',
      'Deals: “Closed Won” is no longer a closing stage',
    ]);
  });

  it('gives the new order when stages move', () => {
    const after = doc({ states: [s('Proposal'), s('Qualification')] });
    expect(describeChanges(doc({}), after, ctx)).toEqual([
      'Deals: stage order now Proposal → Qualification → Closed Won → Closed Lost',
    ]);
  });

  it('names the module being turned off, transitions hidden and shown, and what follows a transition', () => {
    const before = doc({ hiddenTransitions: ['Lose deal'] });
    const after = doc({ enabled: false, hiddenTransitions: ['Send proposal'], afterTransition: 'close-reload' });
    expect(describeChanges(before, after, ctx)).toEqual([
      'Deals: widget turned off',
      'Deals: transition “Send proposal” hidden',
      'Deals: transition “Lose deal” shown again',
      'Deals: after a transition: close the popup and reload the record page',
    ]);
  });

  it('names a changed process field and does not compare stages across fields', () => {
    const before = doc({ states: [s('Proposal', { hidden: true })] });
    expect(describeChanges(before, doc({ processField: 'Sub_Stage' }), ctx)).toEqual([
      'Deals: path set up on the field Sub_Stage',
    ]);
  });

  it('says when a stored stage has left the picklist', () => {
    const before = doc({ states: [s('Negotiation', { hidden: true })] });
    const after = doc({ states: STAGES.map((x) => s(x.value)) });
    expect(describeChanges(before, after, ctx)).toEqual([
      'Deals: “Negotiation” is no longer in the picklist and leaves the settings',
    ]);
  });
});

describe('AFTER_TRANSITION_WORDS', () => {
  it('words each choice as the settings page offers it', () => {
    expect(Object.values(diff.AFTER_TRANSITION_WORDS).map((m) => english(m))).toEqual([
      'Stay in the widget and show the next steps',
      'Close the popup',
      'Close the popup and reload the record page',
    ]);
  });
});
