import type { FieldItem } from '../../blueprint/model.ts';
import type { DraftValue, KindLogic, LookupChoice } from '../contract.ts';

/** A draft that is a list of chosen records or files. */
export function readChoices(value: DraftValue): LookupChoice[] {
  return Array.isArray(value)
    ? value.filter((v): v is LookupChoice => typeof v === 'object' && v !== null && 'id' in v)
    : [];
}

/** A multi-select lookup: sent as `[{<connectedlookup_apiname>: {id}}]`. */
export const logic: KindLogic<FieldItem, LookupChoice[]> = {
  read: readChoices,
  check: () => null,
  encode(field, value) {
    const key = field.connectedLookupApiName ?? field.apiName;
    return value.map((c) => ({ [key]: { id: c.id } }));
  },
};
