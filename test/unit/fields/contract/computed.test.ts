import { describe, expect, it } from 'vitest';
import { kolkata as ctx } from '../field-factory.ts';
import { documentedField, keyOf, openField, sentData } from './documented.ts';
import { showReadOnly } from './documented-view.tsx';

/*
 * Contract: formula and auto-number fields.
 * The CRM computes them: the Fields API (https://www.zoho.com/crm/developer/docs/api/v7/field-meta.html)
 * describes them by their `formula` (`return_type`, `expression`) and `auto_number` (`prefix`, `start_number`,
 * `suffix`) settings, and "Insert Records" (…/v7/insert-records.html) lists no value to send for either. That the
 * CRM refuses or ignores a value sent for them is not documented: the widget never sends one (docs/assumptions.md).
 */

const cases = [
  {
    field: documentedField('Expected_Revenue', 'Expected Revenue', 'formula', {
      json_type: 'double',
      formula: { return_type: 'currency', expression: 'Amount * Probability / 100' },
    }),
    record: 125000.5,
    shown: '1,25,000.5',
  },
  {
    field: documentedField('Invoice_No', 'Invoice No', 'autonumber', {
      json_type: 'string',
      auto_number: { prefix: 'INV-', suffix: '', start_number: 1001 },
    }),
    record: 'INV-1042',
    shown: 'INV-1042',
  },
];

describe('computed fields', () => {
  for (const c of cases) {
    it(`a ${String(c.field.data_type)} field is shown read-only with the CRM's value and never sent`, () => {
      const form = openField(c.field, c.record, ctx.formats);
      expect(form.item).toMatchObject({ readOnly: true });
      expect(showReadOnly(form.item, form.initial[keyOf(form)] ?? null, ctx)).toContain(c.shown);
      expect(sentData(form, { [keyOf(form)]: 'typed over' }, ctx)).toEqual({});
    });
  }
});
