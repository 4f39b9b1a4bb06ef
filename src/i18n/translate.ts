import { textDirection } from './direction.ts';
import type { Message } from './message.ts';

/** One locale's texts: key → text with `{name}` placeholders. A key may have plural forms `key.one`, `key.other`. */
export type Messages = Record<string, string>;

/** Turns a key (or a Message) and its values into the text for the user's locale. */
export type Translate = (key: string | Message, params?: Record<string, string | number>) => string;

/**
 * A translator over `messages` that falls back to `fallback` (English) key by key, and to the key itself as a
 * last resort, so a missing text never shows as nothing. Numbers in placeholders are formatted for the locale;
 * a `count` picks the plural form with Intl.PluralRules. In a right-to-left language, a string value (a CRM
 * name, most often in Latin letters) is isolated in its own direction (U+2068…U+2069), so its punctuation and
 * digits stay with it rather than jumping to the other side of the sentence.
 */
export function createTranslator(locale: string, messages: Messages, fallback: Messages): Translate {
  // Made on first use: Intl's first use in a page is slow, and most texts need neither.
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const rtl = textDirection(locale) === 'rtl';
  const lookup = (key: string, count: number | undefined): string | undefined => {
    if (count !== undefined) {
      const form = `${key}.${(plurals ??= new Intl.PluralRules(locale)).select(count)}`;
      const other = `${key}.other`;
      return messages[form] ?? messages[other] ?? fallback[form] ?? fallback[other] ?? messages[key] ?? fallback[key];
    }
    return messages[key] ?? fallback[key];
  };
  return (keyOrMessage, extra) => {
    const key = typeof keyOrMessage === 'string' ? keyOrMessage : keyOrMessage.key;
    const params = { ...(typeof keyOrMessage === 'string' ? {} : keyOrMessage.params), ...extra };
    const count = typeof params.count === 'number' ? params.count : undefined;
    const text = lookup(key, count) ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number'
        ? (numbers ??= new Intl.NumberFormat(locale)).format(value)
        : rtl
          ? `\u2068${value}\u2069`
          : value;
    });
  };
}

/**
 * Has Intl read a locale's data for plurals and numbers, ahead of the texts that need them: in a fresh renderer
 * its first use costs tens of milliseconds (the current stage's "n days" needs both: 40-65 ms in a profile of
 * the first screen), later ones little. The page calls this while the first answers are on their way (main.tsx),
 * with a locale the texts came in (always one Intl knows).
 */
export function prepareLocale(locale: string): void {
  new Intl.PluralRules(locale).select(new Intl.NumberFormat(locale).format(1).length);
}

/** The translation files to try for a locale, most specific first: `de-AT` → `de-AT`, `de`; always `en` last. */
export function localeCandidates(locale: string): string[] {
  const parts = locale.split('-');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('-'));
  if (!out.includes('en')) out.push('en');
  return out;
}
