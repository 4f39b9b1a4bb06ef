/**
 * Dates and times in the user's own format (`date_format` / `time_format` from CONFIG.getCurrentUser, e.g.
 * `MM/dd/yyyy`, `dd.MM.yyyy`, `dd-MMM-yyyy`, `hh:mm a`, `HH:mm`) and time zone, to and from the CRM's
 * `yyyy-MM-dd` and ISO 8601 with offset. Pure functions; the Intl time zone data is the browser's. Reading what the
 * rep typed is in date-parse.ts: only the transition form needs it, so it loads with the form.
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

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const TOKEN = /yyyy|yy|MMM|MM|M|dd|d|HH|H|hh|h|mm|ss|a/g;

/** A calendar day and time of day, with no zone attached. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

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

/** One formatter per time zone (Intl's are slow to make); null for a zone Intl does not know. */
const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
    } catch {
      format = null;
    }
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** Minutes east of UTC of a time zone at an instant (null zone, or one Intl does not know: the browser's). */
export function zoneOffsetMinutes(utcMs: number, timeZone: string | null): number {
  const format = timeZone ? zoneFormat(timeZone) : null;
  if (!format) return -new Date(utcMs).getTimezoneOffset();
  const parts = format.formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
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
