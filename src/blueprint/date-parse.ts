/**
 * Reading dates and times the rep typed in their own format (date-format.ts writes them), and the ISO form with
 * offset the CRM takes. Only the transition form needs this, so it stays out of the first chunk.
 */
import {
  dateTimePattern,
  MONTHS,
  pad,
  TOKEN,
  zoneOffsetMinutes,
  type LocalDateTime,
  type UserFormats,
} from './date-format.ts';

/** Parses text written in `pattern`; lenient about spacing, case and leading zeros. Null when it does not fit. */
function parse(pattern: string, text: string): Partial<LocalDateTime> | null {
  const groups: string[] = [];
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(TOKEN, (t) => {
    groups.push(t);
    if (t === 'MMM') return '([A-Za-z]{3})';
    if (t === 'a') return '([AaPp][Mm])';
    if (t === 'yyyy') return '(\\d{4})';
    return '(\\d{1,2})';
  });
  const m = new RegExp(`^\\s*${source.replace(/\s+/g, '\\s*')}\\s*$`).exec(text);
  if (!m) return null;
  const out: Partial<LocalDateTime> = {};
  let pm: boolean | null = null;
  groups.forEach((t, i) => {
    const g = m[i + 1] ?? '';
    if (t === 'yyyy') out.year = Number(g);
    else if (t === 'yy') out.year = 2000 + Number(g);
    else if (t === 'MMM') out.month = MONTHS.findIndex((name) => name.toLowerCase() === g.toLowerCase()) + 1;
    else if (t === 'MM' || t === 'M') out.month = Number(g);
    else if (t === 'dd' || t === 'd') out.day = Number(g);
    else if (t === 'HH' || t === 'H' || t === 'hh' || t === 'h') out.hour = Number(g);
    else if (t === 'mm') out.minute = Number(g);
    else if (t === 'a') pm = g.toLowerCase() === 'pm';
  });
  if (pm !== null && out.hour !== undefined) {
    if (out.hour < 1 || out.hour > 12) return null;
    out.hour = (out.hour % 12) + (pm ? 12 : 0);
  }
  return out;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `yyyy-MM-dd` from a date the rep typed in their format (the ISO form is accepted too); null if not a real day. */
export function parseUserDate(text: string, f: UserFormats): string | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  const p = iso ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) } : parse(f.dateFormat, text);
  if (!p || p.year === undefined || p.month === undefined || p.day === undefined) return null;
  if (p.year < 1000 || !isRealDay(p.year, p.month, p.day)) return null;
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** A date and time the rep typed in their format, or null. */
export function parseUserDateTime(text: string, f: UserFormats): LocalDateTime | null {
  const p = parse(dateTimePattern(f), text);
  if (
    !p ||
    p.year === undefined ||
    p.month === undefined ||
    p.day === undefined ||
    p.hour === undefined ||
    p.minute === undefined
  )
    return null;
  if (!isRealDay(p.year, p.month, p.day) || p.hour > 23 || p.minute > 59) return null;
  return p as LocalDateTime;
}

/** ISO 8601 with the offset the user's time zone has at that moment: `2026-11-26T15:30:00+05:30`. */
export function toIsoWithOffset(v: LocalDateTime, timeZone: string | null): string {
  const naive = Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute);
  // The offset depends on the instant; a second pass settles times near a daylight-saving change.
  let offset = zoneOffsetMinutes(naive, timeZone);
  offset = zoneOffsetMinutes(naive - offset * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(v.year, 4)}-${pad(v.month)}-${pad(v.day)}T${pad(v.hour)}:${pad(v.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Whether a local date and time happens in the time zone: false in the hour the clocks skip when they go forward
 * (02:30 on 8 March 2026 in New York), whose ISO form reads back as another time (01:30; issue 21).
 */
export function existsInZone(v: LocalDateTime, timeZone: string | null): boolean {
  const ms = Date.parse(toIsoWithOffset(v, timeZone));
  return ms + zoneOffsetMinutes(ms, timeZone) * 60_000 === Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute);
}
