import type { FieldType, FormItem } from '../blueprint/model.ts';
import type { DraftValue, KindValue } from './contract.ts';

/**
 * Which kind (a folder of src/fields/) handles each `data_type` of the Fields API. Adding a type is one line
 * here; a new kind is a folder beside the others (README.md). Types the widget does not know, and the
 * computed ones, are `other`: shown read-only with their value, never dropped.
 */
export const KIND_OF_TYPE = {
  text: 'text',
  email: 'text',
  phone: 'text',
  website: 'text',
  textarea: 'textarea',
  integer: 'number',
  bigint: 'number',
  double: 'number',
  currency: 'number',
  percent: 'number',
  date: 'date',
  datetime: 'date',
  picklist: 'picklist',
  multiselectpicklist: 'multipicklist',
  boolean: 'boolean',
  lookup: 'lookup',
  ownerlookup: 'lookup',
  userlookup: 'lookup',
  multiselectlookup: 'multilookup',
  multiuserlookup: 'multilookup',
  fileupload: 'file',
  imageupload: 'file',
  formula: 'other',
  autonumber: 'other',
  other: 'other',
} as const satisfies Record<FieldType, string>;

/** The name of a kind: the folder that holds it. */
export type KindName = (typeof KIND_OF_TYPE)[FieldType] | 'notes' | 'checklist' | 'attachments';

/** The kind of an item that holds a value; null for guidance, a nested widget or an unknown item. */
export function kindOf(item: FormItem): KindName | null {
  switch (item.kind) {
    case 'field':
      return KIND_OF_TYPE[item.type] ?? 'other';
    case 'notes':
    case 'checklist':
    case 'attachments':
      return item.kind;
    default:
      return null;
  }
}

/** The folder a kind module's path names: `./text/text-value.ts` → `text`. */
export function folderOf(path: string): string {
  return path.split('/')[1] ?? '';
}

/** Every kind's starting value, found by folder: `<kind>/<kind>-value.ts` exports `value`. */
const VALUES = new Map(
  Object.entries(import.meta.glob<KindValue<FormItem, DraftValue>>('./*/*-value.ts', { eager: true, import: 'value' })).map(([path, value]) => [folderOf(path), value]),
);

/** The starting value of a kind; throws for a kind with no folder (the registry test prevents that). */
export function valueOf(kind: KindName): KindValue<FormItem, DraftValue> {
  const value = VALUES.get(kind);
  if (!value) throw new Error(`No value module for the field kind ${kind}`);
  return value;
}
