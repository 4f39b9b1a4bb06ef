import type { FieldItem } from '../../blueprint/model.ts';
import type { KindLogic } from '../contract.ts';

/** Nothing to check and nothing to send: the CRM computes these fields, or the widget cannot write them. */
export const logic: KindLogic<FieldItem, string | boolean | string[]> = {
  read: (value) =>
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      ? value
      : '',
  check: () => null,
  encode: () => undefined,
};
