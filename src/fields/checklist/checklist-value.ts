import type { ChecklistItem } from '../../blueprint/model.ts';
import { arr, obj } from '../../blueprint/read-json.ts';
import type { KindValue } from '../contract.ts';

/** A checklist: the entries already ticked, from `[{ "entry": true }, …]`. */
export const value: KindValue<ChecklistItem, string[]> = {
  initial: (_item, data) =>
    arr(data.CheckLists).flatMap((v) =>
      Object.entries(obj(v) ?? {}).flatMap(([entry, ticked]) => (ticked === true ? [entry] : [])),
    ),
};
