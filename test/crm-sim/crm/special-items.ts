/**
 * The transition's own items that are not record fields: Notes, Attachments, CheckLists and a nested widget.
 * Their PUT encoding is in docs/blueprint-api.md; their values are checked, never stored on the record.
 */
import type { TransitionDef } from './blueprint-model.ts';
import type { CrmStore } from './crm-store.ts';
import type { ApiError } from '../protocol.ts';
import { invalidData } from './value-checks.ts';
import type { FieldMeta } from './zoho-fields.ts';

/** The key each special item's value is sent under in the transition's `data`. */
export const SPECIAL_KEYS: Record<string, string> = {
  notes: 'Notes',
  attachments: 'Attachments',
  checklist: 'CheckLists',
  widget: 'widget',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The checklist's item texts, from the item's `content`. */
function checklistItems(item: FieldMeta): string[] {
  return Array.isArray(item.content) ? item.content.map((c: { item: string }) => c.item) : [];
}

/** Checks a special item's value; null when it is well formed. */
export function checkSpecialValue(item: FieldMeta, value: unknown, t: TransitionDef, store: CrmStore): ApiError | null {
  const key = SPECIAL_KEYS[item.data_type] ?? item.data_type;
  switch (item.data_type) {
    case 'notes':
      return typeof value === 'string' ? null : invalidData(key, 'text');
    case 'attachments': {
      const ok =
        Array.isArray(value) &&
        value.every(
          (a) =>
            isObject(a) &&
            ((Array.isArray(a.$file_id) && a.$file_id.every((id) => typeof id === 'string' && store.hasFile(id))) ||
              (typeof a.$link_url === 'string' && /^(https?:\/\/)?\S+\.\S+$/.test(a.$link_url))),
        );
      return ok
        ? null
        : invalidData(
            key,
            'jsonarray',
            'invalid data: expected [{ "$file_id": [ids from uploadFile] } | { "$link_url": "www.zoho.com" }]',
          );
    }
    case 'checklist': {
      const known = new Set(checklistItems(item));
      const ok =
        Array.isArray(value) &&
        value.every((c) => isObject(c) && Object.entries(c).every(([k, v]) => known.has(k) && typeof v === 'boolean'));
      return ok
        ? null
        : invalidData(
            key,
            'jsonarray',
            'invalid data: expected [{ "<item text>": true|false }] with the checklist\'s own items',
          );
    }
    case 'widget':
      return isObject(value) && value.id === t.widget?.id && value.name === t.widget?.name
        ? null
        : invalidData(key, 'jsonobject', 'invalid data: echo data.widget back');
    default:
      return null;
  }
}

/** Whether a special item's value fulfils it (for mandatory items): text given, a file or link, every box ticked. */
export function isSpecialComplete(item: FieldMeta, value: unknown): boolean {
  switch (item.data_type) {
    case 'notes':
      return typeof value === 'string' && value.trim() !== '';
    case 'attachments':
      return Array.isArray(value) && value.length > 0;
    case 'checklist': {
      const ticked = new Set(
        Array.isArray(value)
          ? value.flatMap((c: Record<string, boolean>) => Object.keys(c).filter((k) => c[k] === true))
          : [],
      );
      return checklistItems(item).every((text) => ticked.has(text));
    }
    case 'widget':
      return isObject(value);
    default:
      return true;
  }
}
