import type { FieldItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { KindLogic } from '../contract.ts';
import { readText } from '../text/text-logic.ts';

/** The CRM's empty choice in a picklist. */
const NONE = '-None-';

/** A picklist keeps to its listed values (when the CRM listed any); sent as the actual value. */
export const logic: KindLogic<FieldItem, string> = {
  read: readText,
  check(field, value) {
    const text = value.trim();
    // The CRM's "-None-" is no value: a required picklist left at it is not done.
    if (field.required && text === NONE) return msg('check.required', { label: field.label });
    return field.options.length > 0 && !field.options.some((o) => o.value === text)
      ? msg('check.picklist', { label: field.label })
      : null;
  },
  encode: (_field, value) => value.trim(),
};
