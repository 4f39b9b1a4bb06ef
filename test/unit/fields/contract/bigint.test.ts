import { describe, expect, it } from 'vitest';
import { checkField, encodeField } from '../../../../src/fields/send-data.ts';
import { field } from '../field-factory.ts';
import type { FormContext } from '../../../../src/fields/contract.ts';
import { documentedField, openField, sentData } from './documented.ts';
import { showReadOnly } from './documented-view.tsx';

/*
 * Contract: long integer (`bigint`) fields.
 * Zoho CRM v7 "Insert Records" (https://www.zoho.com/crm/developer/docs/api/v7/insert-records.html), "Sample
 * Attributes": a Long Integer is a JSON **string** of up to 18 digits, `"EAN_Code": "0012345600012"`; the
 * Fields API (…/v7/field-meta.html) gives `bigint` fields `json_type: "string"`, and "Update Records" takes what
 * Insert Records does. So every long integer is sent as its digits, a string: exact past 2^53, where a
 * browser's JSON number loses digits.
 */
const ctx: FormContext = {
  formats: { locale: 'en-US', timeZone: 'UTC', dateFormat: 'MM/dd/yyyy', timeFormat: 'hh:mm a' },
  currencySymbol: '$',
};

describe('a long integer field', () => {
  it('sends a value beyond 2^53 exactly, as its digits, instead of refusing it', () => {
    const f = field('bigint');
    expect(checkField(f, '9007199254740993', ctx)).toBeNull();
    expect(encodeField(f, '9007199254740993', ctx)).toBe('9007199254740993');
    expect(encodeField(f, '-123,456,789,012,345,678', ctx)).toBe('-123456789012345678');
  });

  it('sends a smaller value as its digits too, the documented JSON string', () => {
    expect(encodeField(field('bigint'), '4,294,967,296', ctx)).toBe('4294967296');
  });

  it("starts with the documented value's digits and sends them back as a string", () => {
    const form = openField(
      documentedField('EAN_Code', 'EAN Code', 'bigint', { json_type: 'string', length: 18, mandatory: true }),
      '0012345600012',
      ctx.formats,
    );
    expect(form.initial).toEqual({ EAN_Code: '0012345600012' });
    expect(sentData(form, {}, ctx)).toEqual({ EAN_Code: '12345600012' });
    expect(sentData(form, { EAN_Code: '123456789012345678' }, ctx)).toEqual({ EAN_Code: '123456789012345678' });
  });

  it('refuses more digits than a long integer holds, naming the limit (issue 21 section 3 item 2)', () => {
    expect(checkField(field('bigint', { label: 'Units' }), '1234567890123456789', ctx)).toMatchObject({
      key: 'check.digits',
      params: { count: 18 },
    });
  });

  it('shows a read-only value past 2^53 with every digit (issue 21 section 3 item 2)', () => {
    const form = openField(
      documentedField('EAN_Code', 'EAN Code', 'bigint', { json_type: 'string', read_only: true }),
      '9007199254740993',
      ctx.formats,
    );
    expect(showReadOnly(form.item, form.initial.EAN_Code ?? null, ctx)).toContain('9,007,199,254,740,993');
  });
});
