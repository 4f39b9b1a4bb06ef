import { DEFAULT_FORMATS, type UserFormats } from '../blueprint/date-format.ts';
import type { FormContext } from '../fields/contract.ts';
import { arr, obj, str } from '../blueprint/read-json.ts';

/** Reads the user from a getCurrentUser answer (`{users: [user]}`), falling back to the browser's settings. */
export function decodeUserFormats(answer: unknown): UserFormats {
  const user = obj(arr(obj(answer)?.users)[0]);
  const locale = toLocaleTag(str(user?.locale) ?? str(user?.country_locale));
  const timeZone = str(user?.time_zone);
  return {
    locale: locale ?? (typeof navigator !== 'undefined' ? navigator.language : DEFAULT_FORMATS.locale),
    timeZone: timeZone && isTimeZone(timeZone) ? timeZone : null,
    dateFormat: cleanPattern(str(user?.date_format)) ?? DEFAULT_FORMATS.dateFormat,
    timeFormat: cleanPattern(str(user?.time_format)) ?? DEFAULT_FORMATS.timeFormat,
  };
}

/** The form context from the user and org answers (either may be missing). */
export function decodeFormContext(userAnswer: unknown, orgAnswer: unknown): FormContext {
  const org = obj(arr(obj(orgAnswer)?.org)[0]);
  return { formats: decodeUserFormats(userAnswer), currencySymbol: str(org?.currency_symbol) ?? str(org?.iso_code) ?? '' };
}

/** The profile whose users see notes meant for administrators (Zoho's built-in admin profile). */
const ADMIN_PROFILE = 'Administrator';

/**
 * Whether a getCurrentUser answer is an administrator: the profile is Zoho's built-in "Administrator", or the
 * user's role carries the CRM's own admin flag (`admin_user`, as the Roles API names it; user answers seen so
 * far carry only the role's name and id, so the profile is what usually decides). The widget uses it to show
 * admin notes; the settings page to offer editing. Neither is a security boundary (README, "Security").
 */
export function isAdministrator(answer: unknown): boolean {
  const user = obj(arr(obj(answer)?.users)[0]);
  return str(obj(user?.profile)?.name) === ADMIN_PROFILE || obj(user?.role)?.admin_user === true;
}

/** A Zoho date or time pattern, if it uses only the letters the widget understands. */
function cleanPattern(pattern: string | null): string | null {
  return pattern && /^[yMdHhmsa\s.,/:\-]+$/.test(pattern) ? pattern.replace(/E+,?\s*/g, '') : null;
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

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
