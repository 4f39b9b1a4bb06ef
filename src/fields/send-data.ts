import type { FieldItem, FormItem, Transition } from '../blueprint/model.ts';
import { obj } from '../blueprint/read-json.ts';
import { msg, type Message } from '../i18n/message.ts';
import type { DraftValue, Drafts, FormContext } from './contract.ts';
import { itemKey } from './drafts.ts';
import { logicOf } from './kind-logic.ts';
import { kindOf } from './registry.ts';
import { showsNothing } from './text/text-logic.ts';

/**
 * What the form checks and sends, over every kind: each item's check and encoding come from its kind
 * (README.md); what is common to all (read-only fields, required ones, what is left out) is here.
 */

/** Whether a draft holds nothing. A boolean is never empty: false is an answer; text that shows nothing is empty. */
export function isEmptyDraft(value: DraftValue): boolean {
  if (value === null) return true;
  if (typeof value === 'boolean') return false;
  if (typeof value === 'string') return showsNothing(value);
  if (Array.isArray(value)) return value.length === 0;
  if ('files' in value) return value.files.length === 0 && value.links.length === 0;
  return false;
}

/** What is wrong with a field's draft, or null: required when empty; otherwise its kind's check. */
export function checkField(field: FieldItem, value: DraftValue, ctx: FormContext): Message | null {
  if (field.readOnly) return null;
  if (isEmptyDraft(value)) return field.required ? msg('check.required', { label: field.label }) : null;
  const logic = logicOf(kindOf(field) ?? 'other');
  return logic.check(field, logic.read(value), ctx);
}

/** What is wrong with an item's draft (a message for the rep), or null when it is fine. */
export function checkItem(item: FormItem, value: DraftValue, ctx: FormContext): Message | null {
  if (item.kind === 'field') return checkField(item, value, ctx);
  const kind = kindOf(item);
  if (kind === null) return null;
  const logic = logicOf(kind);
  return logic.check(item, logic.read(value), ctx);
}

/** The CRM's value for a non-empty draft, as docs/blueprint-api.md says; undefined for a type the widget does not send. */
export function encodeField(field: FieldItem, value: DraftValue, ctx: FormContext): unknown {
  const logic = logicOf(kindOf(field) ?? 'other');
  return logic.encode(field, logic.read(value), ctx);
}

/** Whether an item is something the rep fills in (not read-only, not guidance). */
export function isEditable(item: FormItem): boolean {
  return itemKey(item) !== null && !(item.kind === 'field' && item.readOnly);
}

/** Whether an item must be sent even when the rep did not change it. */
function isRequired(item: FormItem): boolean {
  return 'required' in item && item.required;
}

/**
 * The `data` of an updateBluePrint body: every editable item the rep filled that is required or changed,
 * encoded; empty optional items left out rather than sent as "" (docs/blueprint-api.md); a checklist always
 * sent whole; the nested widget's `data.widget` echoed back.
 */
export function encodeTransitionData(
  transition: Transition,
  drafts: Drafts,
  initial: Drafts,
  ctx: FormContext,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const item of transition.items) {
    if (item.kind === 'widget') {
      const widget = obj(transition.data.widget);
      if (widget) data.widget = { name: widget.name, id: widget.id };
      continue;
    }
    const key = itemKey(item);
    const kind = kindOf(item);
    if (!key || !kind || !isEditable(item)) continue;
    const value = drafts[key] ?? null;
    const changed = JSON.stringify(value) !== JSON.stringify(initial[key] ?? null);
    if (!isRequired(item) && !changed) continue;
    if (item.kind !== 'checklist' && isEmptyDraft(value)) continue;
    const logic = logicOf(kind);
    const encoded = logic.encode(item, logic.read(value), ctx);
    if (encoded !== undefined) data[key] = encoded;
  }
  return data;
}

/** An item that stops the form from completing. */
export interface Blocking {
  item: FormItem;
  key: string;
  /** What is wrong, as a message for the rep. */
  problem: Message;
  /** True when the item is only missing (required and not given): a partial save may still go. */
  missing: boolean;
  /** True for a required item only the CRM can fill (see onlyInCrm): the transition must be finished there. */
  inCrm?: boolean;
}

/**
 * Whether an item is required but the widget cannot fill it, so the CRM would refuse the transition without it
 * (issue 10 part 5, issue 12 part 2): a nested widget, an item the widget does not know, or a required field
 * that is read-only for this user (or of a type with no editor, such as a subform) and holds no value yet.
 */
export function onlyInCrm(item: FormItem, value: DraftValue): boolean {
  switch (item.kind) {
    case 'widget':
    case 'unknown':
      return item.required;
    case 'field':
      return item.required && (item.readOnly || kindOf(item) === 'other') && isEmptyDraft(value);
    default:
      return false;
  }
}

/**
 * What stops one item from being completed with this value, or null. An item's check sees only its own value
 * (no kind's check reads another item), so the form re-checks only the item the rep edits.
 */
export function blockingOf(item: FormItem, key: string, value: DraftValue, ctx: FormContext): Blocking | null {
  const problem = checkItem(item, value, ctx);
  if (!problem) return null;
  const missing = isRequired(item) && (isEmptyDraft(value) || item.kind === 'checklist');
  return { item, key, problem, missing };
}

/** The items that stop the form from being completed now, in form order. */
export function blockingItems(items: FormItem[], drafts: Drafts, ctx: FormContext): Blocking[] {
  const out: Blocking[] = [];
  for (const item of items) {
    const key = itemKey(item);
    if (!key) continue;
    const blocking = blockingOf(item, key, drafts[key] ?? null, ctx);
    if (blocking) out.push(blocking);
  }
  return out;
}

/**
 * The required items only the CRM can fill (onlyInCrm), in form order: a complete send never goes while any is
 * left, as the CRM would refuse it; the form says to finish in the CRM. A partial save may still go.
 */
export function itemsOnlyInCrm(items: FormItem[], drafts: Drafts): Blocking[] {
  const out: Blocking[] = [];
  for (const [index, item] of items.entries()) {
    const key = itemKey(item);
    if (!onlyInCrm(item, key ? (drafts[key] ?? null) : null)) continue;
    const label =
      item.kind === 'field' || item.kind === 'unknown' ? item.label : item.kind === 'widget' ? (item.name ?? '') : '';
    out.push({ item, key: key ?? `item-${index}`, problem: msg('check.inCrm', { label }), missing: true, inCrm: true });
  }
  return out;
}
