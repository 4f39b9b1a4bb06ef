import type { UserFormats } from '../blueprint/date-format.ts';
import type { FormItem } from '../blueprint/model.ts';
import type { DraftValue, Drafts, RecordData } from './contract.ts';
import { kindOf, valueOf } from './registry.ts';

/** The key an item's value goes under in the drafts and in the CRM's `data`; null for items with no value. */
export function itemKey(item: FormItem): string | null {
  switch (item.kind) {
    case 'field':
      return item.apiName;
    case 'notes':
      return 'Notes';
    case 'checklist':
      return 'CheckLists';
    case 'attachments':
      return 'Attachments';
    default:
      return null;
  }
}

/** An item's starting value, decoded by its kind from the record's values; null for an item with none. */
export function initialValue(item: FormItem, data: RecordData, formats: UserFormats): DraftValue {
  const kind = kindOf(item);
  return kind === null ? null : valueOf(kind).initial(item, data, formats);
}

/** The starting drafts for every item of a transition that takes a value. */
export function initialDrafts(items: FormItem[], data: RecordData, formats: UserFormats): Drafts {
  const drafts: Drafts = {};
  for (const item of items) {
    const key = itemKey(item);
    if (key) drafts[key] = initialValue(item, data, formats);
  }
  return drafts;
}
