import { describe, expect, it } from 'vitest';
import { prepareSend } from '../../../../src/fields/prepare-send.ts';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import en from '../../../../src/translations/en.json';
import { kolkata as ctx } from '../field-factory.ts';
import { berlin, documentedField, openField, sentData } from './documented.ts';
import { showReadOnly } from './documented-view.tsx';

/*
 * Contract: number (integer), decimal (double), currency and percent fields.
 * Zoho CRM v7 "Insert Records" (https://www.zoho.com/crm/developer/docs/api/v7/insert-records.html), "Sample
 * Attributes": Number is a JSON integer (up to 9 digits); Currency a double ("Annual_Revenue": 250000.90);
 * Decimal a double ("Decimal_1": 250000.50); Percent a double ("Percentage": 25). The field metadata is the
 * Fields API's (…/v7/field-meta.html): Annual_Revenue has `json_type: "double"`, `decimal_place: 2`,
 * `currency: {rounding_option: "normal", precision: 2}`, `length: 16`.
 */

const annualRevenue = documentedField('Annual_Revenue', 'Annual Revenue', 'currency', {
  json_type: 'double',
  decimal_place: 2,
  currency: { rounding_option: 'normal', precision: 2 },
  length: 16,
});

describe('number fields, against the documented examples', () => {
  it('a number field is sent as a JSON integer', () => {
    const form = openField(
      documentedField('No_of_Employees', 'No. of Employees', 'integer', { json_type: 'integer', length: 9 }),
      4312,
      ctx.formats,
    );
    expect(form.initial).toEqual({ No_of_Employees: '4312' });
    expect(sentData(form, { No_of_Employees: '1,200' }, ctx)).toEqual({ No_of_Employees: 1200 });
  });

  it('a currency field starts with the record amount and is sent as the documented JSON number', () => {
    const form = openField(annualRevenue, 250000.9, ctx.formats);
    expect(form.initial).toEqual({ Annual_Revenue: '250000.9' });
    const data = sentData(form, { Annual_Revenue: '250000.90' }, ctx);
    expect(data).toEqual({ Annual_Revenue: 250000.9 });
    expect(JSON.stringify(data)).toBe('{"Annual_Revenue":250000.9}');
  });

  it("a currency amount with more decimals than the currency's precision is refused, never sent", () => {
    const form = openField(annualRevenue, null, ctx.formats);
    expect(() => sentData(form, { Annual_Revenue: '1,234.565' }, ctx)).toThrow(/check\.decimals/);
    expect(sentData(form, { Annual_Revenue: '1,234.5' }, ctx)).toEqual({ Annual_Revenue: 1234.5 });
  });

  it('a decimal field is sent as the documented JSON number', () => {
    const form = openField(
      documentedField('Decimal_1', 'Decimal 1', 'double', { json_type: 'double', decimal_place: 2, length: 16 }),
      null,
      ctx.formats,
    );
    expect(sentData(form, { Decimal_1: '250000.50' }, ctx)).toEqual({ Decimal_1: 250000.5 });
  });

  it('a percent field is sent as the documented JSON number', () => {
    const form = openField(
      documentedField('Percentage', 'Percentage', 'percent', { json_type: 'double', length: 5 }),
      25,
      ctx.formats,
    );
    expect(form.initial).toEqual({ Percentage: '25' });
    expect(sentData(form, { Percentage: '12.5' }, ctx)).toEqual({ Percentage: 12.5 });
  });

  it("a decimal starts in the user's own notation, so a German rep who leaves it as it is sends the same number", () => {
    const field = documentedField('Decimal_1', 'Decimal 1', 'double', {
      json_type: 'double',
      decimal_place: 3,
      mandatory: true,
    });
    const form = openField(field, 1234.567, berlin.formats);
    expect(form.initial).toEqual({ Decimal_1: '1234,567' });
    expect(sentData(form, {}, berlin)).toEqual({ Decimal_1: 1234.567 });
  });

  it('a currency amount a German rep types is sent as the documented JSON number', () => {
    const form = openField(annualRevenue, 250000.9, berlin.formats);
    expect(form.initial).toEqual({ Annual_Revenue: '250000,9' });
    expect(sentData(form, { Annual_Revenue: '1.250.000,75' }, berlin)).toEqual({ Annual_Revenue: 1250000.75 });
  });

  it("a read-only currency shows a German rep the record's amount in their notation, with the org's symbol", () => {
    const form = openField({ ...annualRevenue, read_only: true }, 250000.9, berlin.formats);
    expect(showReadOnly(form.item, form.initial.Annual_Revenue ?? null, berlin)).toContain('€250.000,90');
    expect(sentData(form, {}, berlin)).toEqual({});
  });
});

describe('numbers are sent exactly as typed, or refused naming the limit (issue 21 section 3 item 2)', () => {
  const english = createTranslator('en', en, {});
  const decimal = documentedField('Decimal_1', 'Decimal 1', 'double', { json_type: 'double', length: 20 });
  /** The JSON text of what updateBluePrint receives, or the words that stop the send. */
  const outcome = (field: Record<string, unknown>, typed: string): string => {
    const form = openField(field, null, ctx.formats);
    const prepared = prepareSend(
      {
        transition: form.transition,
        drafts: { ...form.initial, [String(field.api_name)]: typed },
        initial: form.initial,
      },
      ctx,
      'complete',
    );
    return prepared.stopping.length > 0
      ? prepared.stopping.map((s) => english(s.problem)).join(' ')
      : JSON.stringify(prepared.data);
  };
  const limit = (label: string) =>
    `${label} cannot be sent exactly: use at most 15 digits and none closer to zero than 0.000001, or enter it in the CRM.`;

  it('never rounds a number a JavaScript number cannot hold: refuses it, naming the limit', () => {
    expect(outcome(decimal, '9007199254740993')).toBe(limit('Decimal 1'));
    expect(outcome(annualRevenue, '1234567890123456.78')).toBe(limit('Annual Revenue'));
    expect(outcome(decimal, '99999999999999999999')).toBe(limit('Decimal 1'));
    expect(outcome(decimal, '0.1000000000000000055511151231257827')).toBe(limit('Decimal 1'));
  });

  it('sends every digit of a number it can hold, without exponent notation', () => {
    expect(outcome(decimal, '123,456,789,012.345')).toBe('{"Decimal_1":123456789012.345}');
    expect(outcome(annualRevenue, '9,999,999,999,999.99')).toBe('{"Annual_Revenue":9999999999999.99}');
    expect(outcome(decimal, '1234567890123456')).toBe('{"Decimal_1":1234567890123456}');
    expect(outcome(decimal, '-0.5')).toBe('{"Decimal_1":-0.5}');
    expect(outcome(annualRevenue, '250000.90')).toBe('{"Annual_Revenue":250000.9}');
  });

  it('takes a percent with at most 2 decimals when the field names none, as Zoho’s 5-digit percent does', () => {
    const percent = documentedField('Win_Probability', 'Win Probability', 'percent', { json_type: 'double' });
    expect(outcome(percent, '33.33333333')).toBe('Win Probability takes at most 2 decimal places.');
    expect(outcome(percent, '33.33')).toBe('{"Win_Probability":33.33}');
  });

  it('refuses a number so small the CRM would receive it in exponent notation', () => {
    const nine = documentedField('Rate', 'Rate', 'double', { json_type: 'double', decimal_place: 9 });
    expect(outcome(nine, '0.000000123')).toBe(limit('Rate'));
    expect(outcome(nine, '-0.000000123')).toBe(limit('Rate'));
    expect(outcome(nine, '0.000123')).toBe('{"Rate":0.000123}');
  });

  it('a whole number past the largest integer is refused with that limit, a long integer sent as its digits', () => {
    const employees = documentedField('Employees', 'Employees', 'integer', { json_type: 'integer' });
    expect(outcome(employees, '9007199254740993')).toBe('Employees can be at most 2,147,483,647.');
    const ean = documentedField('EAN_Code', 'EAN Code', 'bigint', { json_type: 'string' });
    expect(outcome(ean, '9007199254740993')).toBe('{"EAN_Code":"9007199254740993"}');
  });
});
