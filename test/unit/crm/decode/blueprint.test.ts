import { describe, expect, it } from 'vitest';
import { decodeBlueprint } from '../../../../src/crm/decode/blueprint.ts';
import type { FieldItem } from '../../../../src/blueprint/model.ts';
import sample from '../../../fixtures/zoho-sample-get-blueprint.json';

function blueprintOf(answer: unknown) {
  const result = decodeBlueprint(answer);
  if (result.kind !== 'blueprint') throw new Error(`expected a blueprint, got ${JSON.stringify(result)}`);
  return result.blueprint;
}

describe("decodeBlueprint on the sample from Zoho's API page", () => {
  const bp = blueprintOf(sample);

  it('reads the process and the current state', () => {
    expect(bp.process).toEqual({
      id: '1065415000000342585',
      name: 'Lead nurturing process',
      fieldApiName: 'Lead_Status',
      fieldLabel: 'Lead Status',
      currentState: 'Not Contacted',
      escalation: null,
      continuous: false,
    });
  });

  it('reads both transitions with their targets', () => {
    expect(bp.transitions.map((t) => [t.id, t.name, t.targetState, t.kind, t.criteriaMatched])).toEqual([
      ['1065415000000342606', 'Establish contact', 'Contacted', 'manual', true],
      ['1065415000000342609', 'No answer', 'Attempted to Contact', 'manual', true],
    ]);
  });

  it('orders fields by transition_sequence and keeps the multi-lookup key', () => {
    const fields = bp.transitions[0]!.items as FieldItem[];
    expect(fields.map((f) => [f.apiName, f.type, f.required])).toEqual([
      ['Multi_User_Lookup', 'multiuserlookup', false],
      ['Multi_Select_Lookup_Contacts', 'multiselectlookup', false],
    ]);
    expect(fields[1]!.connectedLookupApiName).toBe('Multi_Select_Lookup_Contacts');
    expect(fields[1]!.lookupModule).toBe('Contacts');
  });

  it('recognises the nested widget item and names it from the transition data', () => {
    expect(bp.transitions[1]!.items).toEqual([
      { kind: 'widget', name: 'Name1', id: '1065415000003439878', required: true },
    ]);
  });
});

describe('decodeBlueprint on odd answers', () => {
  it('treats an empty answer as a record in no blueprint', () => {
    for (const empty of [undefined, null, '', {}, '  ']) expect(decodeBlueprint(empty)).toEqual({ kind: 'none' });
  });

  it('reports an answer without process_info as malformed instead of crashing', () => {
    expect(decodeBlueprint({ blueprint: { transitions: [] } })).toMatchObject({ kind: 'malformed' });
    expect(decodeBlueprint({ data: [] })).toMatchObject({ kind: 'malformed' });
    expect(decodeBlueprint(42)).toMatchObject({ kind: 'malformed' });
    expect(decodeBlueprint('{not json')).toMatchObject({ kind: 'malformed' });
  });

  it('decodes a JSON string answer', () => {
    expect(decodeBlueprint(JSON.stringify(sample)).kind).toBe('blueprint');
  });

  it('survives null and missing keys everywhere', () => {
    const bp = blueprintOf({
      blueprint: {
        process_info: {
          api_name: 'Stage',
          field_value: '-None-',
          escalation: { days: '2', status: 'overdue' },
          name: null,
        },
        transitions: [
          null,
          { name: 'no id' },
          {
            id: 7,
            fields: null,
            data: null,
            criteria_matched: null,
            percent_partial_save: 140,
            next_transitions: [null, { id: '9' }],
          },
        ],
      },
    });
    expect(bp.process.currentState).toBeNull();
    expect(bp.process.fieldLabel).toBe('Stage');
    // The period is kept as sent, read when the time line shows (blueprint/stage-time.ts).
    expect(bp.process.escalation).toEqual({ days: '2', status: 'overdue' });
    expect(bp.transitions).toHaveLength(1);
    expect(bp.transitions[0]).toMatchObject({
      id: '7',
      name: 'Unnamed transition',
      criteriaMatched: true,
      percentPartialSave: 100,
      items: [],
      nextTransitions: [{ id: '9', name: '' }],
    });
  });

  it('turns an unknown field type into an explicit "other" field that keeps its raw type', () => {
    const bp = blueprintOf({
      blueprint: {
        process_info: { api_name: 'Stage', field_value: 'Won' },
        transitions: [
          {
            id: '1',
            fields: [
              { _type: 'fields', api_name: 'Route', field_label: 'Route', data_type: 'geo_route', mandatory: true },
            ],
          },
        ],
      },
    });
    expect(bp.transitions[0]!.items[0]).toMatchObject({
      kind: 'field',
      apiName: 'Route',
      type: 'other',
      rawType: 'geo_route',
      required: true,
    });
  });

  it('uses system_mandatory when mandatory is missing, and mandatory when both are given', () => {
    const bp = blueprintOf({
      blueprint: {
        process_info: { api_name: 'Stage' },
        transitions: [
          {
            id: '1',
            fields: [
              { api_name: 'A', data_type: 'text', system_mandatory: true },
              { api_name: 'B', data_type: 'text', system_mandatory: true, mandatory: false },
            ],
          },
        ],
      },
    });
    expect((bp.transitions[0]!.items as FieldItem[]).map((f) => f.required)).toEqual([true, false]);
  });

  it('recognises message, notes, checklist and attachment items, and keeps an unnamed one as unknown', () => {
    const bp = blueprintOf({
      blueprint: {
        process_info: { api_name: 'Stage' },
        transitions: [
          {
            id: '1',
            fields: [
              { id: '0', data_type: 'message', content: 'Call before noon', transition_sequence: 1 },
              {
                id: '0',
                api_name: 'Notes',
                field_label: 'Notes',
                data_type: 'Notes',
                mandatory: true,
                transition_sequence: 2,
              },
              {
                id: '0',
                field_label: 'Checklists',
                data_type: 'checklist',
                content: [{ item: 'Sent quote' }, 'Called'],
                transition_sequence: 3,
              },
              { id: '0', field_label: 'Attachments', data_type: 'attachments', transition_sequence: 4 },
              { id: '0', field_label: 'Signature', data_type: 'esign', transition_sequence: 5 },
            ],
          },
        ],
      },
    });
    expect(bp.transitions[0]!.items).toEqual([
      { kind: 'message', content: 'Call before noon' },
      { kind: 'notes', required: true },
      { kind: 'checklist', label: 'Checklists', entries: ['Sent quote', 'Called'], required: false },
      { kind: 'attachments', required: false },
      { kind: 'unknown', label: 'Signature', rawType: 'esign', required: false },
    ]);
  });
});

describe('decodeBlueprint on repeated transition ids', () => {
  // lead-blueprint.json with "Establish contact" listed again under another name, and "Qualify" listed twice.
  it('keeps the first transition of each id, in order', async () => {
    const { default: duplicated } = await import('../../../fixtures/duplicate-transition-ids.json');
    const decoded = decodeBlueprint(duplicated);
    expect(decoded.kind === 'blueprint' && decoded.blueprint.transitions.map((t) => [t.id, t.name])).toEqual([
      ['4876876000000342606', 'Establish contact'],
      ['4876876000000342700', 'Qualify'],
      ['4876876000000342800', 'Park for later'],
    ]);
  });
});

/** An answer with the given process_info keys and transitions, on the sample's process. */
function answerWith(processInfo: Record<string, unknown>, transitions: unknown[] = []) {
  return {
    blueprint: { process_info: { api_name: 'Stage', field_value: 'Value Proposition', ...processInfo }, transitions },
  };
}

describe('decodeBlueprint on continuous processes', () => {
  it('reads a process as continuous when is_continuous or continuous says so', () => {
    expect(blueprintOf(answerWith({ is_continuous: true, continuous: true })).process.continuous).toBe(true);
    expect(blueprintOf(answerWith({ is_continuous: true })).process.continuous).toBe(true);
    expect(blueprintOf(answerWith({ continuous: 'true' })).process.continuous).toBe(true);
  });

  it('reads a process as not continuous when both keys are false or absent', () => {
    expect(blueprintOf(answerWith({ is_continuous: false, continuous: false })).process.continuous).toBe(false);
    expect(blueprintOf(answerWith({})).process.continuous).toBe(false);
  });

  it('reads a malformed flag as not continuous rather than failing', () => {
    expect(blueprintOf(answerWith({ is_continuous: 'yes', continuous: 1 })).process.continuous).toBe(false);
    expect(blueprintOf(answerWith({ is_continuous: null, continuous: {} })).process.continuous).toBe(false);
  });
});

describe('decodeBlueprint on parallel transitions', () => {
  const step = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    name: `Step ${id}`,
    next_field_value: 'Id. Decision Makers',
    type: 'manual',
    criteria_matched: true,
    fields: [],
    ...extra,
  });

  it('groups a step under the parent_transition it names, and reads whether it is done', () => {
    const bp = blueprintOf(
      answerWith({}, [
        step('a', { parent_transition: { id: 'p', name: 'Review' }, completed: true }),
        step('b', { parent_transition: { id: 'p', name: 'Review' }, completed: false }),
        step('c'),
      ]),
    );
    expect(bp.transitions.map((t) => [t.id, t.parent, t.done])).toEqual([
      ['a', { id: 'p', name: 'Review' }, true],
      ['b', { id: 'p', name: 'Review' }, false],
      ['c', null, undefined],
    ]);
  });

  it('reads is_completed and a status word, and leaves done unknown when the answer does not say', () => {
    const bp = blueprintOf(
      answerWith({}, [
        step('a', { parent_transition: 'p', is_completed: true }),
        step('b', { parent_transition: 'p', status: 'Completed' }),
        step('c', { parent_transition: 'p', status: 'pending' }),
        step('d', { parent_transition: 'p' }),
      ]),
    );
    expect(bp.transitions.map((t) => [t.parent?.id, t.done])).toEqual([
      ['p', true],
      ['p', true],
      ['p', false],
      ['p', undefined],
    ]);
  });

  it('lists the steps of a parent that nests them, each naming the parent, and never the parent itself', () => {
    const bp = blueprintOf(
      answerWith({}, [
        {
          id: 'p',
          name: 'Review',
          transitions: [step('a', { completed: true }), step('b'), 'junk', { name: 'no id' }],
        },
        { id: 'q', name: 'Sign-off', child_transitions: [step('c')] },
        step('d'),
      ]),
    );
    expect(bp.transitions.map((t) => [t.id, t.parent?.id ?? null, t.parent?.name ?? null, t.done])).toEqual([
      ['a', 'p', 'Review', true],
      ['b', 'p', 'Review', undefined],
      ['c', 'q', 'Sign-off', undefined],
      ['d', null, null, undefined],
    ]);
  });

  it('treats a malformed parent_transition or completion flag as absent', () => {
    const bp = blueprintOf(
      answerWith({}, [
        step('a', { parent_transition: {}, completed: 'maybe' }),
        step('b', { parent_transition: [], status: 42 }),
        step('c', { parent_transition: { name: 'no id' }, transitions: 'not a list' }),
      ]),
    );
    expect(bp.transitions.map((t) => [t.id, t.parent, t.done])).toEqual([
      ['a', null, undefined],
      ['b', null, undefined],
      ['c', null, undefined],
    ]);
  });
});
