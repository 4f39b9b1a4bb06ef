import type { ChecklistItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { KindLogic } from '../contract.ts';
import { readStrings } from '../multipicklist/multipicklist-logic.ts';

/** A required checklist needs every entry ticked; sent as every entry with whether it is ticked. */
export const logic: KindLogic<ChecklistItem, string[]> = {
  read: readStrings,
  check(item, ticked) {
    const open = item.entries.filter((e) => !ticked.includes(e));
    return item.required && open.length > 0
      ? msg('check.checklistOpen', { label: item.label, count: open.length })
      : null;
  },
  encode: (item, ticked) => item.entries.map((entry) => ({ [entry]: ticked.includes(entry) })),
};
