import type { FieldItem } from '../../blueprint/model.ts';
import type { KindValue } from '../contract.ts';

/** A value the CRM sends as text or a number, as text; anything else as ''. */
export function textOf(raw: unknown): string {
  return typeof raw === 'number' || typeof raw === 'string' ? String(raw) : '';
}

/** Single-line text, email, phone, website: the record's text. */
export const value: KindValue<FieldItem, string> = {
  initial: (field, data) => textOf(data[field.apiName]),
};
