import { arr, obj, str } from '../blueprint/read-json.ts';

/** How the signed-in user wants dates and times shown. */
export interface UserPrefs {
  /** A BCP 47 tag for Intl, e.g. `en-US`. */
  locale: string;
  /** An IANA time zone, e.g. `America/New_York`; null to use the browser's. */
  timeZone: string | null;
}

/** Reads the user from a getCurrentUser answer (`{users: [user]}`), falling back to the browser's settings. */
export function decodeUserPrefs(answer: unknown): UserPrefs {
  const user = obj(arr(obj(answer)?.users)[0]);
  const locale = toLocaleTag(str(user?.locale) ?? str(user?.country_locale));
  const timeZone = str(user?.time_zone);
  return {
    locale: locale ?? (typeof navigator !== 'undefined' ? navigator.language : 'en-US'),
    timeZone: timeZone && isTimeZone(timeZone) ? timeZone : null,
  };
}

/** The profile whose users see notes meant for administrators (Zoho's built-in admin profile). */
const ADMIN_PROFILE = 'Administrator';

/**
 * Whether a getCurrentUser answer is an administrator, by the profile's name: the cheapest signal the widget
 * has (the user comes with the first screen's calls anyway). Used only to show admin notes, never to allow.
 */
export function isAdministrator(answer: unknown): boolean {
  const user = obj(arr(obj(answer)?.users)[0]);
  return str(obj(user?.profile)?.name) === ADMIN_PROFILE;
}

/** Zoho writes locales as `en_US`; Intl wants `en-US`. Returns null for something Intl rejects. */
function toLocaleTag(zohoLocale: string | null): string | null {
  if (!zohoLocale) return null;
  const tag = zohoLocale.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
