/**
 * Where the user's CRM locale from the last open is kept (localStorage, where the browser allows it); the page's
 * early start reads it too, to ask for the same texts first (crm/early-start.ts).
 */
export const USER_LOCALE_KEY = 'bpstepper:user-locale';
const KEY = USER_LOCALE_KEY;

/**
 * The CRM user's locale as last seen, so the next open fetches the right texts at once rather than the browser's
 * first and the user's after the CRM's answers. A storage the browser refuses (a third-party frame) keeps nothing.
 */
export function lastUserLocale(storage: Storage | null) {
  return {
    get(): string | null {
      try {
        const value = storage?.getItem(KEY) ?? null;
        return value && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value) ? value : null;
      } catch {
        return null;
      }
    },
    set(locale: string): void {
      try {
        if (storage?.getItem(KEY) !== locale) storage?.setItem(KEY, locale);
      } catch {
        // Refused or full: the next open starts from the browser's locale, as without storage.
      }
    },
  };
}
