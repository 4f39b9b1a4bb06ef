import { DEFAULT_FORMATS, type UserFormats } from '../../blueprint/date-format.ts';
import { arr, obj, str } from '../../blueprint/read-json.ts';

/** The signed-in user: how they write dates, and whether they see notes meant for administrators. */
export interface CurrentUser {
  formats: UserFormats;
  isAdministrator: boolean;
  /** The id of the user's profile (`profile: {name, id}`), whose field permissions apply; null when unknown. */
  profileId: string | null;
}

/** The organisation: its id (null when the answer has none), and the symbol money is shown with (empty when unknown). */
export interface OrgInfo {
  id: string | null;
  currencySymbol: string;
}

/** An active user of the org, as lookups offer them. */
export interface UserChoice {
  id: string;
  name: string;
  email: string;
}

/** The profile whose users see notes meant for administrators (Zoho's built-in admin profile). */
const ADMIN_PROFILE = 'Administrator';

/**
 * A getCurrentUser answer (`{users: [user]}`), falling back to the browser's locale and the default formats for what it lacks.
 * An administrator is a user whose profile is Zoho's built-in "Administrator", or whose role carries the CRM's
 * own admin flag (`admin_user`, as the Roles API names it; user answers seen so far carry only the role's name
 * and id, so the profile usually decides). The widget uses it to show admin notes; the settings page to offer
 * editing. Neither is a security boundary (README, "Security").
 */
export function decodeCurrentUser(answer: unknown): CurrentUser {
  const user = obj(arr(obj(answer)?.users)[0]);
  const locale = toLocaleTag(str(user?.locale) ?? str(user?.country_locale));
  const timeZone = str(user?.time_zone);
  return {
    formats: {
      locale: locale ?? browserLocale(),
      timeZone: timeZone && isTimeZone(timeZone) ? timeZone : null,
      dateFormat: cleanPattern(str(user?.date_format)) ?? DEFAULT_FORMATS.dateFormat,
      timeFormat: cleanPattern(str(user?.time_format)) ?? DEFAULT_FORMATS.timeFormat,
    },
    isAdministrator: str(obj(user?.profile)?.name) === ADMIN_PROFILE || obj(user?.role)?.admin_user === true,
    profileId: str(obj(user?.profile)?.id),
  };
}

/** A getOrgInfo answer (`{org: [org]}`). */
export function decodeOrgInfo(answer: unknown): OrgInfo {
  const org = obj(arr(obj(answer)?.org)[0]);
  return { id: str(org?.id), currencySymbol: str(org?.currency_symbol) ?? str(org?.iso_code) ?? '' };
}

function browserLocale(): string {
  return typeof navigator !== 'undefined' ? navigator.language : DEFAULT_FORMATS.locale;
}

/** A Zoho date or time pattern, if it uses only the letters the widget understands. */
function cleanPattern(pattern: string | null): string | null {
  return pattern && /^[yMdHhmsa\s.,/:-]+$/.test(pattern) ? pattern.replace(/E+,?\s*/g, '') : null;
}

/** Zoho writes locales as `en_US`; Intl wants `en-US`. Returns null for something Intl rejects. */
function toLocaleTag(zohoLocale: string | null): string | null {
  if (!zohoLocale) return null;
  try {
    return Intl.getCanonicalLocales(zohoLocale.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** Whether a string is shaped as an IANA zone; Intl checks the zone itself on first use (zoneOffsetMinutes), off the first screen's path. */
function isTimeZone(zone: string): boolean {
  return /^[A-Za-z][\w+-]*(\/[\w+-]+)*$/.test(zone);
}
