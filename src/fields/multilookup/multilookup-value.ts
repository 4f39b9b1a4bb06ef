import type { FieldItem } from '../../blueprint/model.ts';
import type { KindValue, LookupChoice } from '../contract.ts';
import { choices } from '../lookup/lookup-value.ts';

/** A multi-select lookup: the records or users chosen, each under the field's `connectedlookup_apiname`. */
export const value: KindValue<FieldItem, LookupChoice[]> = {
  initial: (field, data) => choices(data[field.apiName], field.connectedLookupApiName),
};
