import { describe, expect, it } from 'vitest';
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
