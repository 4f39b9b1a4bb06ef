import type { FieldItem } from '../../blueprint/model.ts';
import type { KindLogic } from '../contract.ts';

/** A yes/no field: always an answer (unticked is false); sent as a boolean. */
export const logic: KindLogic<FieldItem, boolean> = {
  read: (value) => value === true,
  check: () => null,
  encode: (_field, value) => value,
};
