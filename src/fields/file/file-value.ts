import type { FieldItem } from '../../blueprint/model.ts';
import { arr, obj } from '../../blueprint/read-json.ts';
import type { KindValue, LookupChoice } from '../contract.ts';
import { choice, fileChoice } from '../lookup/lookup-value.ts';

/**
 * File and image upload fields: the files the record holds, by their file id (`File_Id__s`, which is what an
 * update sends back) before any other id, and name.
 */
export const value: KindValue<FieldItem, LookupChoice[]> = {
  initial: (field, data) => arr(data[field.apiName]).flatMap((v) => fileChoice(obj(v)) ?? choice(v) ?? []),
};
