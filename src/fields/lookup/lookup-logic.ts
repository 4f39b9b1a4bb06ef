import type { FieldItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { DraftValue, KindLogic, LookupChoice } from '../contract.ts';

/** A draft that is one chosen record, or null. */
export function readChoice(value: DraftValue): LookupChoice | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'id' in value ? value : null;
}

/** A lookup must be picked from the list (typed text alone is not a record); sent as `{id}`. */
export const logic: KindLogic<FieldItem, LookupChoice | null> = {
  read: readChoice,
  check: (field, value) => (value ? null : msg('check.lookup', { label: field.label })),
  encode: (_field, value) => (value ? { id: value.id } : undefined),
};
