import { describe, expect, it } from 'vitest';
import type { FieldItem } from '../../../../src/blueprint/model.ts';
import type { FormContext } from '../../../../src/fields/contract.ts';
import { checkField } from '../../../../src/fields/send-data.ts';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import en from '../../../../src/translations/en.json';
import { kolkata as ctx } from '../field-factory.ts';
import { berlin, documentedField, openField, sentData } from './documented.ts';

/*
 * Contract: date and date-time fields.
 * Zoho CRM v7 "Insert Records" (https://www.zoho.com/crm/developer/docs/api/v7/insert-records.html), "Sample
 * Attributes": a Date is a string `yyyy-MM-dd` ("Date_1": "2017-08-16"); a Date/Time a string
 * `yyyy-MM-ddTHH:mm:ss±HH:mm` ("Date_Time": "2017-08-16T14:32:23+05:30"), ISO 8601 "in the current user's time
 * zone". Records come back in the same notation (Get Records, …/v7/get-records.html).
 */

const date1 = documentedField('Date_1', 'Date 1', 'date', { json_type: 'string' });
const dateTime = documentedField('Date_Time', 'Date Time', 'datetime', { json_type: 'string' });

describe('date fields, against the documented examples', () => {
  it("a date starts in the user's own format and is sent as the documented yyyy-MM-dd", () => {
    const form = openField(date1, '2017-08-16', ctx.formats);
    expect(form.initial).toEqual({ Date_1: '16/08/2017' });
    expect(sentData(form, { Date_1: '27/11/2026' }, ctx)).toEqual({ Date_1: '2026-11-27' });
  });

  it('a date a German rep types is sent as yyyy-MM-dd', () => {
    const form = openField(date1, '2017-08-16', berlin.formats);
    expect(form.initial).toEqual({ Date_1: '16.08.2017' });
    expect(sentData(form, { Date_1: '27.11.2026' }, berlin)).toEqual({ Date_1: '2026-11-27' });
  });

  it("a date-time starts in the user's own format and time zone", () => {
    expect(openField(dateTime, '2017-08-16T14:32:23+05:30', ctx.formats).initial).toEqual({
      Date_Time: '16/08/2017 02:32 PM',
    });
    // The same instant for a user in Berlin (summer time, UTC+2).
    expect(openField(dateTime, '2017-08-16T14:32:23+05:30', berlin.formats).initial).toEqual({
      Date_Time: '16.08.2017 11:02',
    });
  });

  it("a date-time the rep types is sent as the documented ISO 8601 with seconds and the user's offset", () => {
    const form = openField(dateTime, null, ctx.formats);
    expect(sentData(form, { Date_Time: '27/11/2026 03:30 PM' }, ctx)).toEqual({
      Date_Time: '2026-11-27T15:30:00+05:30',
    });
    expect(sentData(openField(dateTime, null, berlin.formats), { Date_Time: '27.11.2026 15:30' }, berlin)).toEqual({
      Date_Time: '2026-11-27T15:30:00+01:00',
    });
  });
});

describe('a date-time the clocks skip (issue 21 section 3 item 3)', () => {
  /** A rep in New York, where the clocks go from 02:00 to 03:00 on 8 March 2026 and back on 1 November. */
  const newYork: FormContext = {
    formats: { locale: 'en-US', timeZone: 'America/New_York', dateFormat: 'MM/dd/yyyy', timeFormat: 'hh:mm a' },
    currencySymbol: '$',
  };
  const english = createTranslator('en', en, {});
  const problem = (typed: string) => {
    const m = checkField(openField(dateTime, null, newYork.formats).item as FieldItem, typed, newYork);
    return m && english(m);
  };

  it('is refused with words saying the time does not exist in the time zone, never sent as another time', () => {
    expect(problem('03/08/2026 02:30 AM')).toBe(
      'Date Time: 03/08/2026 02:30 AM does not exist in your time zone. Choose another time.',
    );
    expect(() =>
      sentData(openField(dateTime, null, newYork.formats), { Date_Time: '03/08/2026 02:30 AM' }, newYork),
    ).toThrow(/check\.timeGap/);
  });

  it('sends the times on either side of the change with their own offsets', () => {
    const form = openField(dateTime, null, newYork.formats);
    expect(problem('03/08/2026 01:30 AM')).toBeNull();
    expect(sentData(form, { Date_Time: '03/08/2026 01:30 AM' }, newYork)).toEqual({
      Date_Time: '2026-03-08T01:30:00-05:00',
    });
    expect(sentData(form, { Date_Time: '03/08/2026 03:30 AM' }, newYork)).toEqual({
      Date_Time: '2026-03-08T03:30:00-04:00',
    });
    // The hour the clocks go back exists (twice): it is accepted.
    expect(problem('11/01/2026 01:30 AM')).toBeNull();
  });
});
