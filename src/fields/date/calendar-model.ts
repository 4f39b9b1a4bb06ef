import { formatUserDate, zoneOffsetMinutes, type UserFormats } from '../../blueprint/date-format.ts';
import { parseUserDate } from '../../blueprint/date-parse.ts';

/**
 * The date picker's grid, pure (no Preact, no DOM). A day is a whole number of days since 1970-01-01, so
 * stepping by days, weeks and months is arithmetic with no time zone in it; `yyyy-MM-dd` at the edges.
 */

const DAY_MS = 864e5;

const utc = (day: number) => new Date(day * DAY_MS);

/** The day of a `yyyy-MM-dd` date (one the CRM or a parse made: not checked again), or null for none. */
export const dayOf = (iso: string | null | undefined): number | null => (iso ? Date.parse(iso) / DAY_MS : null);

/** The `yyyy-MM-dd` of a day. */
export const isoOf = (day: number): string => utc(day).toISOString().slice(0, 10);

/** The day of the week, 0 = Sunday … 6 = Saturday. */
export const weekday = (day: number): number => utc(day).getUTCDay();

/** The day of the month, 1 to 31. */
export const dayOfMonth = (day: number): number => utc(day).getUTCDate();

/** Today in a time zone (null: the browser's), at the instant `now`. */
export const todayIn = (timeZone: string | null, now: number): number =>
  Math.floor((now + zoneOffsetMinutes(now, timeZone) * 60_000) / DAY_MS);

// The fallback where the browser has no week data: the most populous regions whose weeks start on Sunday or
// Saturday (CLDR's week data); every other region starts on Monday.
const SUNDAY = 'US CA MX BR CO PE VE JP KR TW HK PH TH ID IN PK BD IL SA ZA KE ET';
const SATURDAY = 'EG DZ IQ IR JO KW QA SY AF';

/** The first day of the week in a region (ISO 3166 code), 0 = Sunday … 6 = Saturday, from the table above. */
export function weekStartOfRegion(region: string | undefined): number {
  return !region ? 1 : SUNDAY.includes(region) ? 0 : SATURDAY.includes(region) ? 6 : 1;
}

type WeekInfo = { firstDay: number };

/**
 * The first day of the week for a locale (BCP 47), 0 = Sunday … 6 = Saturday: the browser's week data
 * (`Intl.Locale#getWeekInfo`, once the `weekInfo` getter) where it has it, else by the locale's likely region.
 */
export function weekStart(locale: string): number {
  const l = new Intl.Locale(locale);
  const withInfo = l as unknown as { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
  const info = withInfo.getWeekInfo?.() ?? withInfo.weekInfo;
  return info ? info.firstDay % 7 : weekStartOfRegion(l.maximize().region);
}

/** The weeks of the month `day` is in, 7 days each from the week's first day; days of other months are null. */
export function monthWeeks(day: number, firstDay: number): (number | null)[][] {
  const d = utc(day);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
  const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
  const weeks: (number | null)[][] = [];
  for (let start = first - ((weekday(first) - firstDay + 7) % 7); start < next; start += 7) {
    weeks.push([0, 1, 2, 3, 4, 5, 6].map((i) => (start + i >= first && start + i < next ? start + i : null)));
  }
  return weeks;
}

/** The same day of the month `n` months on, or the month's last day where it is shorter (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: number, n: number): number {
  const d = utc(day);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n + 1, 0)).getUTCDate();
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, Math.min(d.getUTCDate(), last)) / DAY_MS;
}

/**
 * Where a key moves the focused day, kept within min and max: arrows a day or a week, PageUp/PageDown a
 * month, Home/End the week's first and last day. Null for a key the grid does not handle.
 */
export function keyMove(key: string, day: number, firstDay: number, min: number, max: number): number | null {
  const back = (weekday(day) - firstDay + 7) % 7;
  const moves: Record<string, number> = {
    ArrowLeft: day - 1,
    ArrowRight: day + 1,
    ArrowUp: day - 7,
    ArrowDown: day + 7,
    PageUp: addMonths(day, -1),
    PageDown: addMonths(day, 1),
    Home: day - back,
    End: day + 6 - back,
  };
  const to = moves[key];
  return to === undefined ? null : Math.min(Math.max(to, min), max);
}

/** How many words the user's date takes in a date-time: the text after them is the time. */
const dateWords = (f: UserFormats) => f.dateFormat.trim().split(/\s+/).length;

/** The day a date or date-time field's text starts with, written in the user's format; null when it does not. */
export function typedDay(text: string, f: UserFormats): number | null {
  return dayOf(parseUserDate(text.trim().split(/\s+/).slice(0, dateWords(f)).join(' '), f));
}

/** The field's text with its date set to `day` in the user's format; with `keepTime`, what follows the date stays. */
export function withDay(text: string, day: number, f: UserFormats, keepTime: boolean): string {
  const time = keepTime ? text.trim().split(/\s+/).slice(dateWords(f)).join(' ') : '';
  return time ? `${formatUserDate(isoOf(day), f)} ${time}` : formatUserDate(isoOf(day), f);
}
