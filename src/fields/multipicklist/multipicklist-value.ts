import type { FieldItem } from '../../blueprint/model.ts';
import { arr, str } from '../../blueprint/read-json.ts';
import type { KindValue } from '../contract.ts';
import { optionValue } from '../picklist/picklist-value.ts';

/** A multi-select picklist: the actual values of the record's choices. */
export const value: KindValue<FieldItem, string[]> = {
  initial: (field, data) =>
    arr(data[field.apiName]).flatMap((v) => {
      const text = str(v);
      return text ? [optionValue(field, text)] : [];
    }),
};
