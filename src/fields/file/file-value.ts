import type { FieldItem } from '../../blueprint/model.ts';
import type { KindValue, LookupChoice } from '../contract.ts';
import { choices } from '../lookup/lookup-value.ts';

/** File and image upload fields: the files the record holds, by id and name. */
export const value: KindValue<FieldItem, LookupChoice[]> = {
  initial: (field, data) => choices(data[field.apiName], null),
};
