import { describe, expect, it } from 'vitest';
import { commonStart } from '../../../src/bulk/common-values.ts';
import { field, kolkata } from '../fields/field-factory.ts';
import { transition } from '../transition-factory.ts';

const items = [
  field('currency', { apiName: 'Amount' }),
  field('picklist', {
    apiName: 'Type',
    options: [
      { label: 'New Business', value: 'New Business', sequence: 1 },
      { label: 'Renewal', value: 'Renewal', sequence: 2 },
    ],
  }),
  field('multiselectpicklist', { apiName: 'Tags' }),
  field('boolean', { apiName: 'Signed' }),
  { kind: 'notes' as const, required: false },
];
const definition = transition('t', { items });
const copy = (data: Record<string, unknown>) => transition('t', { items, data });

describe('the starting values of one form for many records', () => {
  it('keeps a value every record shares, and empties one that differs, flagging it', () => {
    const start = commonStart(
      definition,
      [
        copy({ Amount: 500, Type: 'Renewal', Tags: ['a', 'b'], Signed: true }),
        copy({ Amount: 900, Type: 'Renewal', Tags: ['a', 'b'], Signed: false }),
      ],
      kolkata,
    );
    expect(start.initial).toEqual({ Amount: '', Type: 'Renewal', Tags: ['a', 'b'], Signed: false, Notes: '' });
    expect(start.differing).toEqual(['Amount', 'Signed']);
  });

  it('treats lists in another order as different', () => {
    const start = commonStart(definition, [copy({ Tags: ['a', 'b'] }), copy({ Tags: ['b', 'a'] })], kolkata);
    expect(start.initial.Tags).toEqual([]);
    expect(start.differing).toEqual(['Tags']);
  });

  it('compares lookups by the record they point to', () => {
    const lookup = [field('lookup', { apiName: 'Account' })];
    const def = transition('t', { items: lookup });
    const same = commonStart(
      def,
      [
        transition('t', { items: lookup, data: { Account: { id: '7', name: 'Zylker' } } }),
        transition('t', { items: lookup, data: { Account: { id: '7', name: 'Zylker' } } }),
      ],
      kolkata,
    );
    expect(same).toEqual({ initial: { Account: { id: '7', name: 'Zylker' } }, differing: [] });
    const other = commonStart(
      def,
      [
        transition('t', { items: lookup, data: { Account: { id: '7', name: 'Zylker' } } }),
        transition('t', { items: lookup, data: { Account: null } }),
      ],
      kolkata,
    );
    expect(other).toEqual({ initial: { Account: null }, differing: ['Account'] });
  });

  it('with one record, starts from its values', () => {
    expect(commonStart(definition, [copy({ Amount: 42 })], kolkata).initial.Amount).toBe('42');
  });
});
