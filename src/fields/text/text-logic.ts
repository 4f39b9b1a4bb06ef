import type { FieldItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { DraftValue, KindLogic } from '../contract.ts';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*(\s*(x|ext\.?)\s*\d+)?$/i;
const WEBSITE = /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?([/?#]\S*)?$/i;

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
    if (field.maxLength !== null && text.length > field.maxLength)
      return msg('check.tooLong', { label, max: field.maxLength, count: text.length });
    if (field.type === 'email' && !EMAIL.test(text)) return msg('check.email', { label });
    if (field.type === 'phone' && (!PHONE.test(text) || text.replace(/\D/g, '').length < 3))
      return msg('check.phone', { label });
    if (field.type === 'website' && !WEBSITE.test(text)) return msg('check.website', { label });
    return null;
  },
  encode: (_field, value) => value.trim(),
};
