import type { Message } from './message.ts';

/** One locale's texts: key → text with `{name}` placeholders. A key may have plural forms `key.one`, `key.other`. */
export type Messages = Record<string, string>;

/** Turns a key (or a Message) and its values into the text for the user's locale. */
export type Translate = (key: string | Message, params?: Record<string, string | number>) => string;

/** Per locale, the plural rules and number format its texts use: Intl's objects are slow to make (see prepareLocale). */
const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/**
 * Makes a locale's plural rules and number format ahead of the texts that need them. Intl's first use in a
 * fresh renderer costs tens of milliseconds (its locale data is read then): the page calls this while it waits
 * for the CRM's first answers, so the first screen's texts with a number (the days in the current stage) do not
 * pay it between the answers and the paint (issue 13). A locale Intl rejects is left to the translator.
 */
export function prepareLocale(locale: string): void {
  try {
    pluralRules(locale).select(1);
    numberFormat(locale).format(1);
  } catch {
    // An invalid tag: the translator meets the same error where it would have anyway.
  }
}

/**
 * A translator over `messages` that falls back to `fallback` (English) key by key, and to the key itself as a
 * last resort, so a missing text never shows as nothing. Numbers in placeholders are formatted for the locale;
 * a `count` picks the plural form with Intl.PluralRules.
 */
export function createTranslator(locale: string, messages: Messages, fallback: Messages): Translate {
  const lookup = (key: string, count: number | undefined): string | undefined => {
    if (count !== undefined) {
      const form = `${key}.${pluralRules(locale).select(count)}`;
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
      return typeof value === 'number' ? numberFormat(locale).format(value) : value;
    });
  };
}

/** The translation files to try for a locale, most specific first: `de-AT` → `de-AT`, `de`; always `en` last. */
export function localeCandidates(locale: string): string[] {
  const parts = locale.split('-');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('-'));
  if (!out.includes('en')) out.push('en');
  return out;
}
