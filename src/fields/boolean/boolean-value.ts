import type { FieldItem } from '../../blueprint/model.ts';
import type { KindValue } from '../contract.ts';

/** A yes/no field: true only when the record says so. */
export const value: KindValue<FieldItem, boolean> = {
  initial: (field, data) => data[field.apiName] === true || data[field.apiName] === 'true',
};
