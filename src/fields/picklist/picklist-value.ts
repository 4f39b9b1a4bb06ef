import type { FieldItem } from '../../blueprint/model.ts';
import type { KindValue } from '../contract.ts';
import { textOf } from '../text/text-value.ts';

/** The choice's actual value for a text the CRM sent as a choice's actual or display value. */
export function optionValue(field: FieldItem, text: string): string {
  return field.options.find((o) => o.value === text || o.label === text)?.value ?? text;
}

/** A picklist: the actual value of the record's choice; none for `-None-`. */
export const value: KindValue<FieldItem, string> = {
  initial(field, data) {
    const text = textOf(data[field.apiName]);
    return !text || text === '-None-' ? '' : optionValue(field, text);
  },
};
