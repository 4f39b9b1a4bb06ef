import type { FieldItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { DraftValue, KindLogic } from '../contract.ts';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*(\s*(x|ext\.?)\s*\d+)?$/i;
const WEBSITE = /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?([/?#]\S*)?$/i;
/**
 * Whether a text shows nothing: only white space, format characters (zero-width spaces and joiners, direction
 * marks, the soft hyphen: Unicode's Cf), the combining grapheme joiner and the Hangul fillers, which are letters
 * that draw nothing (U+115F, U+1160, U+3164, U+FFA0), so a required one holding it is still missing (issue 21).
 */
export function showsNothing(text: string): boolean {
  return /^[\s\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]*$/u.test(text);
}

/**
 * How many characters a text counts toward a field's length, as Zoho counts them (assumed: one per code point, so
 * an emoji is one, not JavaScript's two UTF-16 units; docs/assumptions.md), white space around it left out as the
 * send leaves it out. The check and the counter under a field both use it (issue 21).
 */
export function characterCount(text: string): number {
  return [...text.trim()].length;
}

/** A draft as text. */
export function readText(value: DraftValue): string {
  return typeof value === 'string' ? value : '';
}

/** Text, email, phone, website (and textarea): at most the field's length, and the shape its type asks for; sent trimmed. */
export const logic: KindLogic<FieldItem, string> = {
  read: readText,
  check(field, value) {
    const label = field.label;
    const text = value.trim();
    const count = characterCount(text);
    if (field.maxLength !== null && count > field.maxLength)
      return msg('check.tooLong', { label, max: field.maxLength, count });
    // An address holding a control or format character (`a\u202E@b.com` shows as another address than it is) is
    // refused, saying why (issue 21); plain text may hold them (an emoji's joiners).
    if (field.type !== 'text' && field.type !== 'textarea' && /[\p{Cc}\p{Cf}]/u.test(text))
      return msg('check.invisible', { label });
    if (field.type === 'email' && !EMAIL.test(text)) return msg('check.email', { label });
    if (field.type === 'phone' && (!PHONE.test(text) || text.replace(/\D/g, '').length < 3))
      return msg('check.phone', { label });
    if (field.type === 'website' && !WEBSITE.test(text)) return msg('check.website', { label });
    return null;
  },
  encode: (_field, value) => value.trim(),
};
