import { describe, expect, it } from 'vitest';
import { checkField, encodeField } from '../../../../src/fields/send-data.ts';
import { field } from '../field-factory.ts';
import type { FormContext } from '../../../../src/fields/contract.ts';

/*
 * Contract: long integer (`bigint`) fields.
 * Zoho CRM v7 "Update Records" (https://www.zoho.com/crm/developer/docs/api/v7/update-records.html) and the
 * Fields API's `bigint` (Long Integer) type hold up to 18 digits; Zoho's SDKs model the value as a 64-bit Long.
 * JSON numbers past 2^53 lose digits in a browser, so such a value is sent as its digits, a string; that the
 * API takes a string there is the one unverified part (docs/assumptions.md).
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

  it('sends a value JavaScript holds exactly as a number', () => {
    expect(encodeField(field('bigint'), '4,294,967,296', ctx)).toBe(4294967296);
  });

  it('refuses more digits than a long integer holds', () => {
    expect(checkField(field('bigint', { label: 'Units' }), '1234567890123456789', ctx)).toMatchObject({
      key: 'check.tooLarge',
    });
  });
});
