import { describe, expect, it } from 'vitest';
import { formatUserDate, formatUserDateTime, type UserFormats } from '../../../src/blueprint/date-format.ts';
import { parseUserDate, parseUserDateTime, toIsoWithOffset } from '../../../src/blueprint/date-parse.ts';

const us: UserFormats = {
  locale: 'en-US',
  timeZone: 'America/New_York',
  dateFormat: 'MM/dd/yyyy',
  timeFormat: 'hh:mm a',
};
const de: UserFormats = { locale: 'de-DE', timeZone: 'Europe/Berlin', dateFormat: 'dd.MM.yyyy', timeFormat: 'HH:mm' };
const india: UserFormats = {
  locale: 'en-IN',
  timeZone: 'Asia/Kolkata',
  dateFormat: 'dd-MMM-yyyy',
  timeFormat: 'hh:mm a',
};

describe("dates in the user's format", () => {
  it("reads a date typed in the user's format into yyyy-MM-dd", () => {
    expect(parseUserDate('11/26/2026', us)).toBe('2026-11-26');
    expect(parseUserDate('1/5/2027', us)).toBe('2027-01-05');
    expect(parseUserDate('26.11.2026', de)).toBe('2026-11-26');
    expect(parseUserDate('26-nov-2026', india)).toBe('2026-11-26');
    expect(parseUserDate('2026-11-26', de)).toBe('2026-11-26');
  });

  it('refuses a day that does not exist or text in another format', () => {
    expect(parseUserDate('02/30/2026', us)).toBeNull();
    expect(parseUserDate('26.11.2026', us)).toBeNull();
    expect(parseUserDate('tomorrow', us)).toBeNull();
  });

  it("shows a CRM date in the user's format", () => {
    expect(formatUserDate('2026-11-26', de)).toBe('26.11.2026');
    expect(formatUserDate('2026-01-05', india)).toBe('05-Jan-2026');
  });
});

describe("datetimes in the user's time zone", () => {
  it('reads 12-hour and 24-hour times', () => {
    expect(parseUserDateTime('11/26/2026 03:30 PM', us)).toEqual({
      year: 2026,
      month: 11,
      day: 26,
      hour: 15,
      minute: 30,
    });
    expect(parseUserDateTime('11/26/2026 12:05 am', us)).toEqual({
      year: 2026,
      month: 11,
      day: 26,
      hour: 0,
      minute: 5,
    });
    expect(parseUserDateTime('26.11.2026 15:30', de)).toEqual({ year: 2026, month: 11, day: 26, hour: 15, minute: 30 });
    expect(parseUserDateTime('11/26/2026 13:30 PM', us)).toBeNull();
  });

  it("sends the offset the user's zone has on that day, daylight saving included", () => {
    expect(toIsoWithOffset({ year: 2026, month: 11, day: 26, hour: 15, minute: 30 }, 'Asia/Kolkata')).toBe(
      '2026-11-26T15:30:00+05:30',
    );
    expect(toIsoWithOffset({ year: 2026, month: 11, day: 26, hour: 9, minute: 0 }, 'America/New_York')).toBe(
      '2026-11-26T09:00:00-05:00',
    );
    expect(toIsoWithOffset({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'America/New_York')).toBe(
      '2026-07-01T09:00:00-04:00',
    );
  });

  it("shows a CRM datetime in the user's zone and format", () => {
    expect(formatUserDateTime('2026-11-26T10:00:00+00:00', us)).toBe('11/26/2026 05:00 AM');
    expect(formatUserDateTime('2026-11-26T10:00:00+00:00', de)).toBe('26.11.2026 11:00');
  });
});
