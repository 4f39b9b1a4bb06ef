import type { FieldItem } from '../../blueprint/model.ts';
import type { KindLogic, LookupChoice } from '../contract.ts';
import { readChoices } from '../multilookup/multilookup-logic.ts';

/** Uploaded files: sent by their ids, `[{file_id}]`. */
export const logic: KindLogic<FieldItem, LookupChoice[]> = {
  read: readChoices,
  check: () => null,
  encode: (_field, value) => value.map((c) => ({ file_id: c.id })),
};
