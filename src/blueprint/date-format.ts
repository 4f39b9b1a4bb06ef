/**
 * Dates and times in the user's own format (`date_format` / `time_format` from CONFIG.getCurrentUser, e.g.
 * `MM/dd/yyyy`, `dd.MM.yyyy`, `dd-MMM-yyyy`, `hh:mm a`, `HH:mm`) and time zone, to and from the CRM's
 * `yyyy-MM-dd` and ISO 8601 with offset. Pure functions; the Intl time zone data is the browser's.
 */

/** How a user writes dates and times. */
export interface UserFormats {
  /** BCP 47 tag for Intl, e.g. `en-US`. */
  locale: string;
  /** IANA time zone; null for the browser's own. */
  timeZone: string | null;
  /** Zoho date pattern, e.g. `MM/dd/yyyy`. */
  dateFormat: string;
  /** Zoho time pattern, e.g. `hh:mm a` or `HH:mm`. */
  timeFormat: string;
}

/** The formats used when the CRM does not say. */
export const DEFAULT_FORMATS: UserFormats = {
  locale: 'en-US',
  timeZone: null,
  dateFormat: 'MM/dd/yyyy',
  timeFormat: 'hh:mm a',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TOKEN = /yyyy|yy|MMM|MM|M|dd|d|HH|H|hh|h|mm|ss|a/g;

/** A calendar day and time of day, with no zone attached. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function render(pattern: string, v: LocalDateTime): string {
  return pattern.replace(TOKEN, (t) => {
    switch (t) {
      case 'yyyy':
        return pad(v.year, 4);
      case 'yy':
        return pad(v.year % 100);
      case 'MMM':
        return MONTHS[v.month - 1] ?? '';
      case 'MM':
        return pad(v.month);
      case 'M':
        return String(v.month);
      case 'dd':
        return pad(v.day);
      case 'd':
        return String(v.day);
      case 'HH':
        return pad(v.hour);
      case 'H':
        return String(v.hour);
      case 'hh':
        return pad(v.hour % 12 === 0 ? 12 : v.hour % 12);
      case 'h':
        return String(v.hour % 12 === 0 ? 12 : v.hour % 12);
      case 'mm':
        return pad(v.minute);
      case 'ss':
        return '00';
      default:
        return v.hour < 12 ? 'AM' : 'PM';
    }
  });
}

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

/** A `yyyy-MM-dd` date in the user's format; other text comes back as it is. */
export function formatUserDate(isoDate: string, f: UserFormats): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  return render(f.dateFormat, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: 0, minute: 0 });
}

/** The pattern of a date and time together, e.g. `MM/dd/yyyy hh:mm a`. */
export function dateTimePattern(f: UserFormats): string {
  return `${f.dateFormat} ${f.timeFormat}`;
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

/** Minutes east of UTC of a time zone at an instant (null zone: the browser's). */
export function zoneOffsetMinutes(utcMs: number, timeZone: string | null): number {
  if (!timeZone) return -new Date(utcMs).getTimezoneOffset();
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
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

/** An ISO datetime from the CRM in the user's format and time zone; other text comes back as it is. */
export function formatUserDateTime(iso: string, f: UserFormats): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = new Date(ms + zoneOffsetMinutes(ms, f.timeZone) * 60_000);
  return render(dateTimePattern(f), {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  });
}
