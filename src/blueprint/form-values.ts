import type { FieldItem, FieldType, FormItem } from './model.ts';

/** A choice made in a lookup editor. */
export interface LookupChoice {
  id: string;
  name: string;
}

/** What an editor holds while the rep types: the raw input, before it is checked and encoded. */
export type DraftValue = string | boolean | string[] | LookupChoice | LookupChoice[] | null;

/** Draft values keyed by field API name. */
export type Drafts = Record<string, DraftValue>;

const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['text', 'textarea', 'email', 'phone', 'website']);

/** The editor's starting value for a field, from the transition's `data` (the record's current value). */
export function initialDraft(field: FieldItem, data: Record<string, unknown>): DraftValue {
  const raw = data[field.apiName];
  if (raw === undefined || raw === null) return field.type === 'boolean' ? false : '';
  if (field.type === 'picklist') {
    const text = String(raw);
    const option = field.options.find((o) => o.value === text || o.label === text);
    return option ? option.value : text;
  }
  if (field.type === 'date') return typeof raw === 'string' ? raw.slice(0, 10) : '';
  if (typeof raw === 'string' || typeof raw === 'number') return String(raw);
  if (typeof raw === 'boolean') return raw;
  return null;
}

/** The starting drafts for every field of a transition. */
export function initialDrafts(items: FormItem[], data: Record<string, unknown>): Drafts {
  const drafts: Drafts = {};
  for (const item of items) if (item.kind === 'field') drafts[item.apiName] = initialDraft(item, data);
  return drafts;
}

/** Whether a draft holds nothing. */
export function isEmptyDraft(value: DraftValue): boolean {
  if (value === null) return true;
  if (typeof value === 'boolean') return false;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `yyyy-MM-dd` names a real calendar day. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** What is wrong with a draft, in words for the rep, or null when it is fine. */
export function checkDraft(field: FieldItem, value: DraftValue): string | null {
  if (field.readOnly) return null;
  if (isEmptyDraft(value)) return field.required ? `${field.label} is required.` : null;
  if (TEXT_TYPES.has(field.type) && typeof value === 'string' && field.maxLength !== null && value.length > field.maxLength) {
    return `${field.label} can be at most ${field.maxLength} characters (now ${value.length}).`;
  }
  if (field.type === 'picklist' && typeof value === 'string' && field.options.length > 0 && !field.options.some((o) => o.value === value)) {
    return `Choose one of the listed values for ${field.label}.`;
  }
  if (field.type === 'date' && typeof value === 'string' && !isCalendarDate(value.trim())) {
    return `${field.label} needs a date as year-month-day, e.g. 2026-11-26.`;
  }
  return null;
}

/** The CRM's value for a non-empty draft, as reference/blueprint-api.md encodes it; undefined when unsupported. */
export function encodeDraft(field: FieldItem, value: DraftValue): unknown {
  if (TEXT_TYPES.has(field.type) || field.type === 'picklist') return typeof value === 'string' ? value.trim() : undefined;
  if (field.type === 'date') return typeof value === 'string' ? value.trim() : undefined;
  return undefined;
}

/**
 * The `data` of an updateBluePrint body: every editable field the rep filled that is required or changed from
 * the record's value. Empty optional fields are left out rather than sent as "" (reference/blueprint-api.md).
 */
export function encodeTransitionData(items: FormItem[], drafts: Drafts, initial: Drafts): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const item of items) {
    if (item.kind !== 'field' || item.readOnly) continue;
    const value = drafts[item.apiName] ?? null;
    if (isEmptyDraft(value)) continue;
    const changed = JSON.stringify(value) !== JSON.stringify(initial[item.apiName] ?? null);
    if (!item.required && !changed) continue;
    const encoded = encodeDraft(item, value);
    if (encoded !== undefined) data[item.apiName] = encoded;
  }
  return data;
}
