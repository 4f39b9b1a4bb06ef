import type { FieldItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { KindLogic } from '../contract.ts';
import { readText } from '../text/text-logic.ts';

/** The CRM's empty choice in a picklist. */
const NONE = '-None-';

/**
 * The listed option a value stands for: the option itself when the value is one exactly (an actual value may
 * begin or end with spaces, `'Phone call '`, and must be sent so, issue 21), else the one it is with spaces
 * trimmed on both sides. Undefined when none is.
 */
function listedOption(field: FieldItem, value: string): string | undefined {
  const find = (same: (o: string) => boolean) => field.options.find((o) => same(o.value))?.value;
  return find((o) => o === value) ?? find((o) => o.trim() === value.trim());
}

/** A picklist keeps to its listed values (when the CRM listed any); sent as the actual value, exactly as listed. */
export const logic: KindLogic<FieldItem, string> = {
  read: readText,
  check(field, value) {
    // The CRM's "-None-" is no value: a required picklist left at it is not done.
    if (field.required && value.trim() === NONE) return msg('check.required', { label: field.label });
    return field.options.length > 0 && listedOption(field, value) === undefined
      ? msg('check.picklist', { label: field.label })
      : null;
  },
  encode: (field, value) => listedOption(field, value) ?? value.trim(),
};
