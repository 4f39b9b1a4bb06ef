import { describe, expect, it } from 'vitest';
import type { ModuleField } from '../../../../src/crm/crm-client.ts';
import type { StepperData } from '../../../../src/stepper/stepper-data.ts';
import { keyFieldItems } from '../../../../src/ui/key-fields/key-fields-model.ts';
import { field } from '../../fields/field-factory.ts';

const state = (label: string) => ({ label, value: label, sequence: 1, colour: null });
const settingsStates = [
  {
    value: 'Qualification',
    hidden: false,
    closing: null,
    guidance: '',
    keyFields: ['Amount', 'Stage', 'Secret', 'Gone'],
  },
  { value: 'Needs Analysis', hidden: false, closing: null, guidance: '', keyFields: ['Probability'] },
];
/** The screen of a deal in `current`, as far as its key fields read it. */
const data = (current: string, profileId: string | null = 'rep') =>
  ({
    path: {
      steps: [state('Qualification'), state('Needs Analysis')].map((s) => ({
        state: s,
        status: s.label === current ? 'current' : 'upcoming',
      })),
      closing: [],
      hiddenCurrent: null,
    },
    settings: { states: settingsStates },
    blueprint: { process: { fieldApiName: 'Stage' } },
    profileId,
  }) as unknown as StepperData;
const moduleField = (apiName: string, over = {}): ModuleField => ({
  apiName,
  label: apiName,
  dataType: 'text',
  states: [],
  item: field('text', { apiName, ...over }),
});
const fields = [
  moduleField('Amount'),
  moduleField('Stage'),
  moduleField('Secret', { profileAccess: { rep: 'hidden' } }),
  moduleField('Probability', { profileAccess: { rep: 'read_only' } }),
];

describe('the key fields the rep sees', () => {
  it('are the current stage’s only, in the admin’s order, without fields the module lacks', () => {
    expect(keyFieldItems(data('Qualification'), fields).map((f) => f.apiName)).toEqual(['Amount', 'Stage']);
    expect(keyFieldItems(data('Needs Analysis'), fields).map((f) => f.apiName)).toEqual(['Probability']);
  });

  it('leave out a field hidden from the rep’s profile, and show read-only the process field and a view-only one', () => {
    const [amount, stage] = keyFieldItems(data('Qualification'), fields);
    expect(amount?.readOnly).toBe(false);
    expect(stage?.readOnly).toBe(true);
    const [probability] = keyFieldItems(data('Needs Analysis'), fields);
    expect(probability).toMatchObject({ readOnly: true, readOnlyForProfile: true });
  });

  it('are none for a stage without any, or a record in no stage', () => {
    const none = { ...data('Qualification'), path: { steps: [], closing: [], hiddenCurrent: null } } as StepperData;
    expect(keyFieldItems(none, fields)).toEqual([]);
  });
});
