import { describe, expect, it } from 'vitest';
import { checkDraft, encodeTransitionData, initialDrafts, isCalendarDate } from '../../../src/blueprint/form-values.ts';
import type { FieldItem } from '../../../src/blueprint/model.ts';

function field(over: Partial<FieldItem>): FieldItem {
  return {
    kind: 'field',
    id: '1',
    apiName: 'F',
    label: 'F',
    type: 'text',
    rawType: 'text',
    required: false,
    readOnly: false,
    maxLength: null,
    decimalPlaces: null,
    tooltip: null,
    options: [],
    lookupModule: null,
    connectedLookupApiName: null,
    ...over,
  };
}

const status = field({
  apiName: 'Call_Result',
  label: 'Call result',
  type: 'picklist',
  required: true,
  options: [
    { label: 'Reached', value: 'reached', sequence: 1 },
    { label: 'Voicemail', value: 'voicemail', sequence: 2 },
  ],
});
const next = field({ apiName: 'Next_Date', label: 'Next contact', type: 'date' });
const note = field({ apiName: 'Summary', label: 'Summary', maxLength: 10 });
const owner = field({ apiName: 'Owner', label: 'Owner', type: 'ownerlookup' });

describe('checkDraft', () => {
  it('asks for a required value', () => {
    expect(checkDraft(status, '')).toBe('Call result is required.');
    expect(checkDraft(status, '  ')).toBe('Call result is required.');
  });

  it('accepts an empty optional value', () => {
    expect(checkDraft(next, '')).toBeNull();
  });

  it('refuses text over the field\'s length and says by how much', () => {
    expect(checkDraft(note, 'a'.repeat(11))).toBe('Summary can be at most 10 characters (now 11).');
    expect(checkDraft(note, 'a'.repeat(10))).toBeNull();
  });

  it('refuses a picklist value that is not offered', () => {
    expect(checkDraft(status, 'gone')).toBe('Choose one of the listed values for Call result.');
    expect(checkDraft(status, 'voicemail')).toBeNull();
  });

  it('refuses a date that is not a real day', () => {
    expect(checkDraft(next, '2026-02-30')).toMatch(/needs a date/);
    expect(checkDraft(next, '26/11/2026')).toMatch(/needs a date/);
    expect(checkDraft(next, '2028-02-29')).toBeNull();
    expect(isCalendarDate('2027-02-29')).toBe(false);
  });

  it('never blocks on a read-only field', () => {
    expect(checkDraft(field({ required: true, readOnly: true }), '')).toBeNull();
  });
});

describe('encodeTransitionData', () => {
  const items = [status, next, note, owner];

  it('sends required values, changed values, picklists by actual value and dates as yyyy-MM-dd', () => {
    const initial = initialDrafts(items, { Call_Result: 'Voicemail', Summary: 'old', Owner: { id: '5', name: 'Ann' } });
    expect(initial).toEqual({ Call_Result: 'voicemail', Next_Date: '', Summary: 'old', Owner: null });
    const data = encodeTransitionData(items, { ...initial, Next_Date: '2026-12-01', Summary: ' new ' }, initial);
    expect(data).toEqual({ Call_Result: 'voicemail', Next_Date: '2026-12-01', Summary: 'new' });
  });

  it('leaves out empty optional fields and unchanged optional ones', () => {
    const initial = initialDrafts(items, { Summary: 'same' });
    expect(encodeTransitionData(items, { ...initial, Call_Result: 'reached' }, initial)).toEqual({ Call_Result: 'reached' });
  });

  it('never sends a read-only field', () => {
    const ro = field({ apiName: 'Score', readOnly: true });
    expect(encodeTransitionData([ro], { Score: 'x' }, { Score: '' })).toEqual({});
  });
});
