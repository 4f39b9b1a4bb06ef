import { formatUserDate, formatUserDateTime } from '../../blueprint/date-format.ts';
import type { FieldItem } from '../../blueprint/model.ts';
import type { KindValue } from '../contract.ts';
import { textOf } from '../text/text-value.ts';

/** A date or date-time: the record's value written in the user's own format and time zone. */
export const value: KindValue<FieldItem, string> = {
  initial(field, data, formats) {
    const raw = textOf(data[field.apiName]);
    if (!raw) return '';
    return field.type === 'datetime' ? formatUserDateTime(raw, formats) : formatUserDate(raw, formats);
  },
};
