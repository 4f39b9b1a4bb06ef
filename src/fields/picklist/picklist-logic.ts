import type { FieldItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { KindLogic } from '../contract.ts';
import { readText } from '../text/text-logic.ts';

/** A picklist keeps to its listed values (when the CRM listed any); sent as the actual value. */
export const logic: KindLogic<FieldItem, string> = {
  read: readText,
  check(field, value) {
    const text = value.trim();
    return field.options.length > 0 && !field.options.some((o) => o.value === text)
      ? msg('check.picklist', { label: field.label })
      : null;
  },
  encode: (_field, value) => value.trim(),
};
