import type { FieldItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { DraftValue, KindLogic } from '../contract.ts';

/** Strings of a draft that is a list (anything else in it becomes '', which no check accepts). */
export function readStrings(value: DraftValue): string[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : '')) : [];
}

/** A multi-select keeps to its listed values; sent as an array of actual values. */
export const logic: KindLogic<FieldItem, string[]> = {
  read: readStrings,
  check: (field, value) =>
    field.options.length > 0 && value.some((v) => !field.options.some((o) => o.value === v))
      ? msg('check.multiPicklist', { label: field.label })
      : null,
  encode: (_field, value) => [...value],
};
