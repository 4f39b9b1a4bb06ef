import type { UserPrefs } from '../flow/user-prefs.ts';

/** A date and time in the user's locale and time zone, e.g. "Nov 30, 2026, 9:00 AM"; the input as is if unreadable. */
export function formatDateTime(iso: string, prefs: UserPrefs): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(prefs.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(prefs.timeZone ? { timeZone: prefs.timeZone } : {}),
  }).format(date);
}
