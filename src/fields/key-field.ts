import type { FieldItem } from '../blueprint/model.ts';
import { msg, type Message } from '../i18n/message.ts';
import type { DraftValue, FormContext } from './contract.ts';
import { KIND_OF_TYPE, kindOf, type KindName } from './registry.ts';
import { checkField, encodeField, isEmptyDraft } from './send-data.ts';

/**
 * A stage's key field (issue 25), edited on its own and saved with updateRecord: the same kinds, checks and
 * encoding as a transition's form (README.md in this folder). The kinds whose value the Records API takes as a
 * transition does; a multi-select lookup (rows of a linking module) and a file field are edited in the CRM.
 */
export const KEY_FIELD_KINDS: readonly KindName[] = [
  'text',
  'textarea',
  'number',
  'date',
  'picklist',
  'multipicklist',
  'boolean',
  'lookup',
];

/** Whether a field of this `data_type` can be a key field the rep edits (the settings page offers these). */
export function isKeyFieldType(dataType: string): boolean {
  const kind = (KIND_OF_TYPE as Record<string, KindName | undefined>)[dataType.toLowerCase()];
  return kind !== undefined && KEY_FIELD_KINDS.includes(kind);
}

/** Whether the rep may edit this key field here: a kind it edits, not read-only (for everyone or their profile). */
export function editsKeyField(item: FieldItem): boolean {
  return !item.readOnly && KEY_FIELD_KINDS.includes(kindOf(item) ?? 'other');
}

/**
 * The `APIData` of an updateRecord for one key field, or what is wrong with the value: checked and encoded by its
 * kind, as in a transition's form; an empty value clears the field (`null`), unless it is required.
 */
export function keyFieldData(
  item: FieldItem,
  value: DraftValue,
  ctx: FormContext,
): { data: Record<string, unknown> } | { problem: Message } {
  const problem = checkField(item, value, ctx);
  if (problem) return { problem };
  const encoded = isEmptyDraft(value) ? null : encodeField(item, value, ctx);
  if (encoded === undefined) return { problem: msg('check.inCrm', { label: item.label }) };
  return { data: { [item.apiName]: encoded } };
}
