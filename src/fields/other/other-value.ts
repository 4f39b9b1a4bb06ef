import type { UserFormats } from '../../blueprint/date-format.ts';
import type { FieldItem } from '../../blueprint/model.ts';
import { obj } from '../../blueprint/read-json.ts';
import type { KindValue } from '../contract.ts';

/** One value the widget cannot edit, as text: a record or user by its name (or id), a number in the user's locale. */
function textOf(raw: unknown, field: FieldItem, formats: UserFormats): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number')
    return new Intl.NumberFormat(formats.locale, { maximumFractionDigits: field.decimalPlaces ?? 20 }).format(raw);
  const o = obj(raw);
  if (o && typeof o.name === 'string') return o.name;
  if (o && typeof o.id === 'string') return o.id;
  return '';
}

/**
 * A computed field (formula, autonumber) or a type the widget does not know: its value decoded only to be
 * shown, as text, a yes/no, or a list of texts.
 */
export const value: KindValue<FieldItem, string | boolean | string[]> = {
  initial(field, data, formats) {
    const raw = data[field.apiName];
    if (typeof raw === 'boolean') return raw;
    if (Array.isArray(raw))
      return raw.map((v) => (typeof v === 'number' ? String(v) : textOf(v, field, formats))).filter((s) => s !== '');
    return textOf(raw, field, formats);
  },
};
