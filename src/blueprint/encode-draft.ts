import { decimalPlaces, checkItem } from './check-draft.ts';
import { parseUserDate, parseUserDateTime, toIsoWithOffset } from './date-format.ts';
import { isEmptyDraft, itemKey, type DraftValue, type Drafts, type FormContext } from './draft.ts';
import type { FieldItem, FormItem, Transition } from './model.ts';
import { parseNumberText, roundTo } from './number-text.ts';
import { obj } from './read-json.ts';
import type { Message } from '../i18n/message.ts';

/**
 * The CRM's value for a non-empty draft, encoded as docs/blueprint-api.md's table says; undefined for a
 * type the widget does not send.
 */
export function encodeField(field: FieldItem, value: DraftValue, ctx: FormContext): unknown {
  const text = typeof value === 'string' ? value.trim() : null;
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'website':
    case 'picklist':
      return text ?? undefined;
    case 'multiselectpicklist':
      return Array.isArray(value) ? [...(value as string[])] : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'date':
      return text === null ? undefined : (parseUserDate(text, ctx.formats) ?? undefined);
    case 'datetime': {
      const local = text === null ? null : parseUserDateTime(text, ctx.formats);
      return local ? toIsoWithOffset(local, ctx.formats.timeZone) : undefined;
    }
    case 'integer':
    case 'bigint':
    case 'double':
    case 'currency':
    case 'percent': {
      const n = text === null ? null : parseNumberText(text, ctx.formats.locale);
      if (!n) return undefined;
      const places = decimalPlaces(field);
      return places === null ? n.value : roundTo(n.value, places);
    }
    case 'lookup':
    case 'ownerlookup':
    case 'userlookup':
      return value && typeof value === 'object' && 'id' in value ? { id: value.id } : undefined;
    case 'multiselectlookup':
    case 'multiuserlookup': {
      const key = field.connectedLookupApiName ?? field.apiName;
      return Array.isArray(value) ? (value as { id: string }[]).map((c) => ({ [key]: { id: c.id } })) : undefined;
    }
    case 'fileupload':
    case 'imageupload':
      return Array.isArray(value) ? (value as { id: string }[]).map((c) => ({ file_id: c.id })) : undefined;
    default:
      return undefined;
  }
}

/** The CRM's value for a transition's own item (Notes, CheckLists, Attachments). */
function encodeSpecial(item: FormItem, value: DraftValue): unknown {
  if (item.kind === 'notes') return typeof value === 'string' ? value.trim() : undefined;
  if (item.kind === 'checklist') {
    const ticked = Array.isArray(value) ? (value as unknown[]) : [];
    return item.entries.map((entry) => ({ [entry]: ticked.includes(entry) }));
  }
  if (item.kind === 'attachments' && value && typeof value === 'object' && 'files' in value) {
    const out: unknown[] = [];
    if (value.files.length > 0) out.push({ $file_id: value.files.map((f) => f.id) });
    for (const link of value.links) out.push({ $link_url: link.trim() });
    return out;
  }
  return undefined;
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
 * encoded; empty optional items left out rather than sent as "" (docs/blueprint-api.md); the nested
 * widget's `data.widget` echoed back.
 */
export function encodeTransitionData(transition: Transition, drafts: Drafts, initial: Drafts, ctx: FormContext): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const item of transition.items) {
    if (item.kind === 'widget') {
      const widget = obj(transition.data.widget);
      if (widget) data.widget = { name: widget.name, id: widget.id };
      continue;
    }
    const key = itemKey(item);
    if (!key || !isEditable(item)) continue;
    const value = drafts[key] ?? null;
    const changed = JSON.stringify(value) !== JSON.stringify(initial[key] ?? null);
    if (!isRequired(item) && !changed) continue;
    if (item.kind === 'checklist') {
      data[key] = encodeSpecial(item, value);
      continue;
    }
    if (isEmptyDraft(value)) continue;
    const encoded = item.kind === 'field' ? encodeField(item, value, ctx) : encodeSpecial(item, value);
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
}

/** The items that stop the form from being completed now, in form order. */
export function blockingItems(items: FormItem[], drafts: Drafts, ctx: FormContext): Blocking[] {
  const out: Blocking[] = [];
  for (const item of items) {
    const key = itemKey(item);
    if (!key) continue;
    const value = drafts[key] ?? null;
    const problem = checkItem(item, value, ctx);
    if (!problem) continue;
    const missing = isRequired(item) && (isEmptyDraft(value) || item.kind === 'checklist');
    out.push({ item, key, problem, missing });
  }
  return out;
}
