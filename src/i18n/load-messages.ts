import { localeCandidates, type Messages } from './translate.ts';

/**
 * The locales the widget ships texts for (app/translations/<locale>.json): the languages Zoho CRM offers its users
 * most (docs/languages.md). Portuguese is written for Brazil and Chinese in Simplified characters; each stands for
 * its language, so `pt-PT` and `zh-SG` find them as `pt-BR` and `zh-CN` do.
 */
export const SHIPPED_LOCALES = [
  'en',
  'de',
  'ja',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'pl',
  'tr',
  'ru',
  'zh',
  'ko',
  'ar',
  'he',
];

/**
 * The shipped locales whose file the language alone names, so the page's early start may ask for it before the
 * module knows more (crm/early-start.ts): not Chinese, whose Traditional locales `load` serves English rather
 * than the Simplified file (a file asked for early and not used is a download for nothing).
 */
export const LANGUAGE_NAMED_LOCALES = /* @__PURE__ */ SHIPPED_LOCALES.filter((locale) => locale !== 'zh');

/**
 * Which texts: each set has a file of its own per locale, built from src/translations/<locale>.json
 * (vite.config.ts): the widget's `<locale>.json`, the first screen's; the transition form's `form-<locale>.json`,
 * fetched with the form's code; bulk mode's own `bulk-<locale>.json`, loaded with its chunk on top of the
 * widget's; the settings page's `settings-<locale>.json`, every text.
 */
export type TextsFile = 'widget' | 'form' | 'bulk' | 'settings';

/**
 * The form's texts the first screen shows itself: while the form's code loads, and when it cannot; and the one
 * notice the App's own code gives (the others follow a send, which only the form's code makes).
 */
const FIRST_SCREEN_FORM_TEXTS = ['form.loading', 'form.loadFailed', 'notice.storageRefused'];

/**
 * Which file a text goes in besides the settings page's: `settings` for the texts only the settings page shows
 * (its editors, its save bar, its announcements; the widget shows only the admins' note on the settings,
 * `settings.note.*` and `settings.ignored.*` but for key fields', which only the settings page checks), `bulk` for
 * bulk mode's (`bulk.*`), `form` for the transition form's and its editors' (`form.*`, `check.*`, `lookup.*`,
 * `upload.*`, `calendar.*`), the notices after a send (`notice.*`), the time in the current stage (`time.*`,
 * src/ui/stage-time.tsx) and the admins' note (`admin.*`, `settings.note.*`, `settings.ignored.*`), which come
 * with the form's code, else `widget`. The widget's
 * file leaves the others out: more than half the texts, which every open would otherwise download before the
 * stepper (in Russian, the longest, 1.6 KB gzipped).
 */
export function textsFileOf(key: string): TextsFile {
  if (/^settings\.(?!note\.|ignored\.(?!stateKeyField))/.test(key)) return 'settings';
  if (key.startsWith('bulk.')) return 'bulk';
  if (/^(form|check|lookup|upload|calendar|notice|time)\./.test(key) && !FIRST_SCREEN_FORM_TEXTS.includes(key))
    return 'form';
  // The admins' note comes with the form's code, just after the stepper shows (ui/stepper-view.tsx): its texts
  // are in the form's file, but the one the first screen names as it loads (load-stepper.ts).
  if (/^(settings\.(note|ignored)|admin)\./.test(key) && key !== 'admin.fieldMismatch') return 'form';
  return 'widget';
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
export function pageMessageLoader(file: TextsFile = 'widget'): MessageLoader {
  return messageLoader(
    (url) =>
      fetch(url, { signal: AbortSignal.timeout(8000) }).then((r) =>
        r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${url}`)),
      ),
    file,
  );
}

/** A page's loader of texts: a locale's, by its best shipped match, and more files laid over them later. */
export type MessageLoader = ((locale: string) => Promise<LoadedMessages>) & {
  /**
   * Lays `file`'s texts over the texts of every locale loaded so far: the form's, fetched with its code, once the
   * stepper shows (by then the user's locale is known and loaded). A translator made earlier sees them (it reads the
   * same texts). Resolves once they are in.
   */
  also(file: TextsFile): Promise<void>;
};

/**
 * Loads the texts for the best shipped match of `locale` (falling back to English), once per locale. A file that
 * fails to load falls back to the next candidate; English failing too yields empty texts, which the translator
 * answers with keys rather than nothing.
 */
export function messageLoader(fetchText: (url: string) => Promise<string>, file: TextsFile = 'widget'): MessageLoader {
  const cache = new Map<string, Promise<Messages | null>>();
  // A later file's texts into a locale's (a file that fails leaves its keys showing, as a missing text does).
  const lay = (locale: string, messages: Messages, more: TextsFile) =>
    fetchText(translationUrl(locale, more)).then(
      (text) => void Object.assign(messages, JSON.parse(text)),
      () => undefined,
    );
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
  const load = async (locale: string): Promise<LoadedMessages> => {
    for (const candidate of localeCandidates(locale)) {
      // Traditional Chinese (Taiwan, Hong Kong, Macau) is not served Simplified: English rather (and so
      // LANGUAGE_NAMED_LOCALES leaves Chinese out).
      if (!SHIPPED_LOCALES.includes(candidate) || (candidate == 'zh' && /^zh-(hant|tw|hk|mo)/i.test(locale))) continue;
      const messages = await get(candidate).catch(() => null);
      if (messages) return { locale: candidate, messages };
    }
    return { locale: 'en', messages: {} };
  };
  return Object.assign(load, {
    also: async (more: TextsFile) => {
      await Promise.all(
        [...cache].map(([locale, got]) => got.then((messages) => messages && lay(locale, messages, more))),
      );
    },
  });
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
