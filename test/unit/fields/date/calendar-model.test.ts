import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMATS, type UserFormats } from '../../../../src/blueprint/date-format.ts';
import {
  addMonths,
  dayOf,
  isoOf,
  keyMove,
  monthWeeks,
  todayIn,
  typedDay,
  weekday,
  weekStart,
  weekStartOfRegion,
  withDay,
} from '../../../../src/fields/date/calendar-model.ts';

const day = (iso: string) => dayOf(iso)!;
/** A month's weeks as `d` numbers, `.` for days of other months. */
const show = (weeks: (number | null)[][]) =>
  weeks.map((w) => w.map((d) => (d === null ? '.' : isoOf(d).slice(8))).join(' '));
const NO_LIMIT = [-Infinity, Infinity] as const;

describe('days', () => {
  it('turn yyyy-MM-dd into a day and back, across leap days', () => {
    expect(isoOf(day('2024-02-29'))).toBe('2024-02-29');
    expect(day('2024-03-01') - day('2024-02-28')).toBe(2);
    expect(day('2026-03-01') - day('2026-02-28')).toBe(1);
    expect(dayOf('')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });

  it('know their weekday: 27 November 2026 is a Friday', () => {
    expect(weekday(day('2026-11-27'))).toBe(5);
  });

  it("say which day it is in the user's time zone, not the browser's", () => {
    const instant = Date.UTC(2026, 10, 27, 3, 0); // 03:00 UTC: still the 26th in New York, already the 27th in Tokyo
    expect(isoOf(todayIn('America/New_York', instant))).toBe('2026-11-26');
    expect(isoOf(todayIn('Asia/Tokyo', instant))).toBe('2026-11-27');
  });
});

describe('the week start', () => {
  it("comes from the user's locale", () => {
    expect(weekStart('en-US')).toBe(0);
    expect(weekStart('ja-JP')).toBe(0);
    expect(weekStart('de-DE')).toBe(1);
    expect(weekStart('en-GB')).toBe(1);
    expect(weekStart('ar-EG')).toBe(6);
  });

  it('falls back to a table by region where the browser has no week data', () => {
    expect(weekStartOfRegion('US')).toBe(0);
    expect(weekStartOfRegion('JP')).toBe(0);
    expect(weekStartOfRegion('DE')).toBe(1);
    expect(weekStartOfRegion('FR')).toBe(1);
    expect(weekStartOfRegion('EG')).toBe(6);
    expect(weekStartOfRegion(undefined)).toBe(1);
  });
});

describe("a month's grid", () => {
  it('starts its weeks on Sunday for a Sunday locale, with the days of other months left empty', () => {
    expect(show(monthWeeks(day('2026-11-15'), 0))).toEqual([
      '01 02 03 04 05 06 07',
      '08 09 10 11 12 13 14',
      '15 16 17 18 19 20 21',
      '22 23 24 25 26 27 28',
      '29 30 . . . . .',
    ]);
  });

  it('starts its weeks on Monday for a Monday locale', () => {
    expect(show(monthWeeks(day('2026-11-15'), 1))).toEqual([
      '. . . . . . 01',
      '02 03 04 05 06 07 08',
      '09 10 11 12 13 14 15',
      '16 17 18 19 20 21 22',
      '23 24 25 26 27 28 29',
      '30 . . . . . .',
    ]);
  });

  it('has 29 days in February of a leap year, 28 otherwise, and 4 rows when February fills them exactly', () => {
    expect(
      monthWeeks(day('2024-02-10'), 1)
        .flat()
        .filter((d) => d !== null),
    ).toHaveLength(29);
    expect(
      monthWeeks(day('2100-02-10'), 1)
        .flat()
        .filter((d) => d !== null),
    ).toHaveLength(28);
    expect(
      monthWeeks(day('2000-02-10'), 1)
        .flat()
        .filter((d) => d !== null),
    ).toHaveLength(29);
    expect(show(monthWeeks(day('2026-02-01'), 0))).toHaveLength(4); // 1 February 2026 is a Sunday
  });
});

describe('moving the focused day', () => {
  const from = day('2026-11-27'); // a Friday
  const move = (key: string, at = from, firstDay = 1) => {
    const to = keyMove(key, at, firstDay, ...NO_LIMIT);
    return to === null ? null : isoOf(to);
  };

  it('goes a day with left and right, a week with up and down, across month and year ends', () => {
    expect(move('ArrowLeft')).toBe('2026-11-26');
    expect(move('ArrowRight')).toBe('2026-11-28');
    expect(move('ArrowUp')).toBe('2026-11-20');
    expect(move('ArrowDown')).toBe('2026-12-04');
    expect(move('ArrowRight', day('2026-12-31'))).toBe('2027-01-01');
    expect(move('ArrowUp', day('2026-03-03'))).toBe('2026-02-24');
  });

  it("goes a month with PageUp and PageDown, to the month's last day where it is shorter", () => {
    expect(move('PageDown')).toBe('2026-12-27');
    expect(move('PageUp')).toBe('2026-10-27');
    expect(move('PageDown', day('2024-01-31'))).toBe('2024-02-29');
    expect(move('PageDown', day('2026-01-31'))).toBe('2026-02-28');
    expect(move('PageUp', day('2026-03-31'))).toBe('2026-02-28');
    expect(isoOf(addMonths(day('2026-12-15'), 1))).toBe('2027-01-15');
  });

  it("goes to the week's first and last day with Home and End, by the locale's week start", () => {
    expect(move('Home', from, 1)).toBe('2026-11-23');
    expect(move('End', from, 1)).toBe('2026-11-29');
    expect(move('Home', from, 0)).toBe('2026-11-22');
    expect(move('End', from, 0)).toBe('2026-11-28');
  });

  it("stays within the field's first and last day", () => {
    const [min, max] = [day('2026-11-25'), day('2026-12-10')];
    expect(isoOf(keyMove('ArrowUp', from, 1, min, max)!)).toBe('2026-11-25');
    expect(isoOf(keyMove('PageDown', from, 1, min, max)!)).toBe('2026-12-10');
    expect(isoOf(keyMove('ArrowLeft', from, 1, min, max)!)).toBe('2026-11-26');
  });

  it('ignores other keys', () => {
    expect(move('a')).toBeNull();
    expect(move('Tab')).toBeNull();
  });
});

describe("the field's text", () => {
  const us: UserFormats = DEFAULT_FORMATS;
  const de: UserFormats = { locale: 'de-DE', timeZone: 'Europe/Berlin', dateFormat: 'dd.MM.yyyy', timeFormat: 'HH:mm' };

  it("gives the day typed in the user's format, or none", () => {
    expect(isoOf(typedDay('11/27/2026', us)!)).toBe('2026-11-27');
    expect(isoOf(typedDay('27.11.2026 14:30', de)!)).toBe('2026-11-27');
    expect(typedDay('', us)).toBeNull();
    expect(typedDay('02/30/2026', us)).toBeNull();
    expect(typedDay('next week', us)).toBeNull();
  });

  it("gets a picked day in the user's format, a date field's whole text replaced", () => {
    expect(withDay('', day('2026-12-03'), us, false)).toBe('12/03/2026');
    expect(withDay('garbage and more', day('2026-12-03'), de, false)).toBe('03.12.2026');
  });

  it('keeps the time typed in a date-time field, and sets only the date when none is typed yet', () => {
    expect(withDay('11/27/2026 04:15 PM', day('2026-12-03'), us, true)).toBe('12/03/2026 04:15 PM');
    expect(withDay('27.11.2026 14:30', day('2024-02-29'), de, true)).toBe('29.02.2024 14:30');
    expect(withDay('', day('2026-12-03'), us, true)).toBe('12/03/2026');
  });
});
