import { localeCandidates, type Messages } from './translate.ts';

/**
 * The locales the widget ships texts for (app/translations/<locale>.json): the languages Zoho CRM offers its users
 * most (docs/languages.md). Portuguese and Chinese are named by the variant written: Brazil's, and Simplified.
 */
export const SHIPPED_LOCALES = [
  'en',
  'de',
  'ja',
  'fr',
  'es',
  'pt-BR',
  'it',
  'nl',
  'pl',
  'tr',
  'ru',
  'zh-CN',
  'ko',
  'ar',
  'he',
] as const;

/** Chinese in Traditional characters (Taiwan, Hong Kong, Macau): Simplified texts are no fallback for it. */
const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)\b/i;

/**
 * The shipped files of texts to try for a locale, best first: the locale itself, then its language, where a
 * language shipped only as one variant stands for it (`pt-PT` → `pt-BR`, `zh-SG` → `zh-CN`, but not Traditional
 * Chinese), and English last.
 */
export function shippedCandidates(locale: string): string[] {
  const shipped: readonly string[] = SHIPPED_LOCALES;
  const out: string[] = [];
  for (const candidate of localeCandidates(locale)) {
    if (shipped.includes(candidate)) out.push(candidate);
    else if (!candidate.includes('-') && !TRADITIONAL_CHINESE.test(locale))
      out.push(...shipped.filter((s) => s.startsWith(`${candidate}-`)));
  }
  return [...new Set(out)];
}

/**
 * Which texts: each set has a file of its own per locale, built from src/translations/<locale>.json
 * (vite.config.ts): the widget's `<locale>.json`; bulk mode's own `bulk-<locale>.json`, loaded with its chunk on
 * top of the widget's; the settings page's `settings-<locale>.json`, every text.
 */
export type TextsFile = 'widget' | 'bulk' | 'settings';

/**
 * Which file a text goes in besides the settings page's: `settings` for the texts only the settings page shows
 * (its editors, its save bar, its announcements; the widget shows only the admins' note on the settings,
 * `settings.note.*` and `settings.ignored.*`), `bulk` for bulk mode's (`bulk.*`), else `widget`. The widget's file
 * leaves the other two out: a third of the texts, which every open would otherwise download before the stepper.
 */
export function textsFileOf(key: string): TextsFile {
  if (/^settings\.(?!note\.|ignored\.)/.test(key)) return 'settings';
  return key.startsWith('bulk.') ? 'bulk' : 'widget';
}

/** Where a file of texts for a locale is, relative to the page (`app/translations/`, the toolkit's convention). */
export function translationUrl(locale: string, file: TextsFile = 'widget'): string {
  return `./translations/${file === 'widget' ? '' : `${file}-`}${locale}.json`;
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
export function pageMessageLoader(file: TextsFile = 'widget') {
  return messageLoader(
    (url) =>
      fetch(url, { signal: AbortSignal.timeout(8000) }).then((r) =>
        r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${url}`)),
      ),
    file,
  );
}

/**
 * Loads the texts for the best shipped match of `locale` (falling back to English), once per locale. A file that
 * fails to load falls back to the next candidate; English failing too yields empty texts, which the translator
 * answers with keys rather than nothing.
 */
export function messageLoader(fetchText: (url: string) => Promise<string>, file: TextsFile = 'widget') {
  const cache = new Map<string, Promise<Messages | null>>();
  const get = (locale: string) => {
    let pending = cache.get(locale);
    if (!pending) {
      pending = fetchText(translationUrl(locale, file)).then(
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
    for (const candidate of shippedCandidates(locale)) {
      const messages = await get(candidate).catch(() => null);
      if (messages) return { locale: candidate, messages };
    }
    return { locale: 'en', messages: {} };
  };
}

/**
 * A loader that gives `base`'s texts with `more`'s laid over them (bulk mode's on top of the widget's), for the
 * locale `base` came to; `more`'s texts of another locale (its file for that one failed) rather than none.
 */
export function withMoreTexts(
  base: (locale: string) => Promise<LoadedMessages>,
  more: (locale: string) => Promise<LoadedMessages>,
): (locale: string) => Promise<LoadedMessages> {
  return async (locale) => {
    const [a, b] = await Promise.all([base(locale), more(locale)]);
    return { locale: a.locale, messages: { ...a.messages, ...b.messages } };
  };
}
