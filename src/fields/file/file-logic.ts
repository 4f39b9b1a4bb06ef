import type { FieldItem } from '../../blueprint/model.ts';
import type { KindLogic, LookupChoice } from '../contract.ts';
import { readChoices } from '../multilookup/multilookup-logic.ts';

/**
 * File and image upload fields: sent by the encrypted ids `uploadFile` answered with, one `{File_Id__s}` per
 * file, the shape of Zoho's Update Records page and of its SDKs' file and image field classes
 * (docs/blueprint-api.md, "File and image upload fields").
 */
export const logic: KindLogic<FieldItem, LookupChoice[]> = {
  read: readChoices,
  check: () => null,
  encode: (_field, value) => value.map((c) => ({ File_Id__s: c.id })),
};
