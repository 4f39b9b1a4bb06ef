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

/**
 * One part of every kind, found by folder from an eager `import.meta.glob` (`./text/text-value.ts` is the
 * `text` kind's); `part(kind)` throws for a kind with no such module (the registry test prevents that).
 */
export function byFolder<M>(modules: Record<string, M>): (kind: KindName) => M {
  const found = new Map(Object.entries(modules).map(([path, module]) => [path.split('/')[1], module]));
  return (kind) => {
    const module = found.get(kind);
    if (!module) throw new Error(`No module for the field kind ${kind}`);
    return module;
  };
}

/** A kind's starting value: `<kind>/<kind>-value.ts` exports it as `value`. */
export const valueOf = byFolder(
  import.meta.glob<KindValue<FormItem, DraftValue>>('./*/*-value.ts', { eager: true, import: 'value' }),
);
