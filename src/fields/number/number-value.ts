import type { FieldItem } from '../../blueprint/model.ts';
import type { KindValue } from '../contract.ts';
import { textOf } from '../text/text-value.ts';

/** Integer, bigint, decimal, currency, percent: the record's number as text, to edit in the user's locale. */
export const value: KindValue<FieldItem, string> = {
  initial: (field, data) => textOf(data[field.apiName]),
};
