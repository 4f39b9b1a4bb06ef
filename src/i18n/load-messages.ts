import { localeCandidates, type Messages } from './translate.ts';

/** The locales the widget ships texts for (app/translations/<locale>.json). */
export const SHIPPED_LOCALES = ['en', 'de', 'ja'] as const;

/** The page whose texts are loaded: each has a file of its own per locale, built from src/translations/. */
export type TextsPage = 'widget' | 'settings';

/**
 * Whether a text is one only the settings page shows (its editors, its save bar, its announcements): the widget's
 * file leaves those out, a quarter of the texts, which every open would otherwise download before the stepper.
 * The widget shows the admins' note on the settings (`settings.note.*`, `settings.ignored.*`).
 */
export function onlyOnSettingsPage(key: string): boolean {
  return /^settings\.(?!note\.|ignored\.)/.test(key);
}

/**
 * Where a page's texts for a locale are, relative to the page (`app/translations/`, the toolkit's convention): the
 * widget's `<locale>.json`; the settings page's `settings-<locale>.json`, every text (vite.config.ts builds both).
 */
export function translationUrl(locale: string, page: TextsPage = 'widget'): string {
  return `./translations/${page === 'widget' ? '' : 'settings-'}${locale}.json`;
}

/** A locale's texts and which locale they are. */
export interface LoadedMessages {
  locale: string;
  messages: Messages;
}

/**
 * The loader a page uses: texts fetched from app/translations/ beside the page; a fetch that hangs gives up
 * after a few seconds, and English is the fallback.
 */
export function pageMessageLoader(page: TextsPage = 'widget') {
  return messageLoader(
    (url) =>
      fetch(url, { signal: AbortSignal.timeout(8000) }).then((r) =>
        r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${url}`)),
      ),
    page,
  );
}

/**
 * Loads the texts for the best shipped match of `locale` (falling back to English), once per locale. A file that
 * fails to load falls back to the next candidate; English failing too yields empty texts, which the translator
 * answers with keys rather than nothing.
 */
export function messageLoader(fetchText: (url: string) => Promise<string>, page: TextsPage = 'widget') {
  const cache = new Map<string, Promise<Messages | null>>();
  const get = (locale: string) => {
    let pending = cache.get(locale);
    if (!pending) {
      pending = fetchText(translationUrl(locale, page)).then(
        (text) => {
          const parsed: unknown = JSON.parse(text);
          return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Messages) : null;
        },
        () => null,
      );
      cache.set(locale, pending);
    }
    return pending;
  };
  return async (locale: string): Promise<LoadedMessages> => {
    for (const candidate of localeCandidates(locale)) {
      if (!(SHIPPED_LOCALES as readonly string[]).includes(candidate)) continue;
      const messages = await get(candidate).catch(() => null);
      if (messages) return { locale: candidate, messages };
    }
    return { locale: 'en', messages: {} };
  };
}
