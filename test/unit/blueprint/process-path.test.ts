import { describe, expect, it } from 'vitest';
import { buildPath } from '../../../src/blueprint/process-path.ts';
import { decodeProcessStates } from '../../../src/crm/decode/fields.ts';

const fieldsAnswer = {
  fields: [
    { api_name: 'Email', data_type: 'email' },
    {
      api_name: 'Lead_Status',
      data_type: 'picklist',
      pick_list_values: [
        { display_value: 'Qualified', actual_value: 'Qualified', sequence_number: 4, colour_code: '#2e7d32' },
        { display_value: '-None-', actual_value: '-None-', sequence_number: 0 },
        { display_value: 'Not Contacted', actual_value: 'Not Contacted', sequence_number: 1 },
        { display_value: 'Contacted', actual_value: 'Contacted_1', sequence_number: 3 },
        { display_value: 'Attempted to Contact', actual_value: 'Attempted', sequence_number: 2 },
      ],
    },
  ],
};

describe('decodeProcessStates', () => {
  it('lists the process field\'s picklist in sequence_number order without "-None-"', () => {
    const states = decodeProcessStates(fieldsAnswer, 'Lead_Status');
    expect(states.map((s) => s.label)).toEqual(['Not Contacted', 'Attempted to Contact', 'Contacted', 'Qualified']);
    expect(states[3]!.colour).toBe('#2e7d32');
  });

  it('returns no states when the field is missing or the answer is junk', () => {
    expect(decodeProcessStates(fieldsAnswer, 'Stage')).toEqual([]);
    expect(decodeProcessStates(null, 'Stage')).toEqual([]);
    expect(decodeProcessStates({ fields: 'x' }, 'Stage')).toEqual([]);
  });
});

describe('buildPath', () => {
  const states = decodeProcessStates(fieldsAnswer, 'Lead_Status');

  it('without a history, claims no state before the current one as passed: they are earlier in the process', () => {
    expect(buildPath(states, 'Contacted', []).map((s) => s.status)).toEqual([
      'unknown',
      'unknown',
      'current',
      'upcoming',
    ]);
  });

  it('finds the current state by its actual value too', () => {
    expect(buildPath(states, 'Attempted', []).map((s) => s.status)).toEqual([
      'unknown',
      'current',
      'upcoming',
      'upcoming',
    ]);
  });

  it('claims no stage earlier than a current state the process’s definition lacks (issue 23)', () => {
    const outside = {
      label: 'Contact in Future',
      value: 'Contact in Future',
      sequence: 9,
      colour: null,
      closing: null,
      outside: true,
    };
    expect(buildPath([...states, outside], 'Contact in Future', []).map((s) => s.status)).toEqual([
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'current',
    ]);
  });

  it('marks nothing current when the record has no state', () => {
    expect(buildPath(states, null, []).every((s) => s.status === 'upcoming')).toBe(true);
  });

  it('falls back to the current state and the transition targets when the states are unknown', () => {
    const path = buildPath([], 'Contacted', [{ targetState: 'Qualified' }, { targetState: 'Contacted' }] as never);
    expect(path.map((s) => [s.state.label, s.status])).toEqual([
      ['Contacted', 'current'],
      ['Qualified', 'upcoming'],
    ]);
  });
});
