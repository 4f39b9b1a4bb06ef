import { formatUserDate, formatUserDateTime, type UserFormats } from './date-format.ts';
import type { FieldItem, FormItem } from './model.ts';
import { arr, obj, str } from './read-json.ts';

/** A record or user chosen in a lookup, or a file uploaded. */
export interface LookupChoice {
  id: string;
  name: string;
}

/** Files uploaded and links given for a transition's Attachments item. */
export interface AttachmentsDraft {
  files: LookupChoice[];
  links: string[];
}

/**
 * What an editor holds while the rep types: the raw input, before it is checked and encoded. Text-like,
 * number and date fields hold the text as typed (dates in the user's own format); picklists their actual
 * value; multi-selects and checklists arrays of strings; lookups and files LookupChoices.
 */
export type DraftValue = string | boolean | string[] | LookupChoice | LookupChoice[] | AttachmentsDraft | null;

/** Draft values keyed by item key (a field's API name, or `Notes`, `CheckLists`, `Attachments`). */
export type Drafts = Record<string, DraftValue>;

/** What checks and encoders need to know about the user and the org. */
export interface FormContext {
  formats: UserFormats;
  /** The org's currency symbol, e.g. `$`, `€`. */
  currencySymbol: string;
}

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

function choice(v: unknown): LookupChoice | null {
  const o = obj(v);
  const id = str(o?.id);
  if (!o || !id) return null;
  return { id, name: str(o.name) ?? str(o.full_name) ?? str(o.file_name) ?? str(o.Full_Name) ?? id };
}

function choices(raw: unknown, connectedKey: string | null): LookupChoice[] {
  return arr(raw).flatMap((v) => {
    const o = obj(v);
    const inner = connectedKey && o ? (o[connectedKey] ?? v) : v;
    const c = choice(inner) ?? (o && str(o.file_id) ? { id: str(o.file_id) ?? '', name: str(o.file_name) ?? str(o.file_id) ?? '' } : null);
    return c ? [c] : [];
  });
}

/** The editor's starting value for a field, from the transition's `data` (the record's current value). */
export function initialDraft(field: FieldItem, data: Record<string, unknown>, formats: UserFormats): DraftValue {
  const raw = data[field.apiName];
  switch (field.type) {
    case 'boolean':
      return raw === true || raw === 'true';
    case 'picklist': {
      const text = str(raw);
      if (!text || text === '-None-') return '';
      return field.options.find((o) => o.value === text || o.label === text)?.value ?? text;
    }
    case 'multiselectpicklist':
      return arr(raw).flatMap((v) => {
        const text = str(v);
        return text ? [field.options.find((o) => o.value === text || o.label === text)?.value ?? text] : [];
      });
    case 'date':
      return str(raw) ? formatUserDate(str(raw) ?? '', formats) : '';
    case 'datetime':
      return str(raw) ? formatUserDateTime(str(raw) ?? '', formats) : '';
    case 'lookup':
    case 'ownerlookup':
    case 'userlookup':
      return choice(raw);
    case 'multiselectlookup':
    case 'multiuserlookup':
      return choices(raw, field.connectedLookupApiName);
    case 'fileupload':
    case 'imageupload':
      return choices(raw, null);
    default:
      return typeof raw === 'number' || typeof raw === 'string' ? String(raw) : '';
  }
}

/** The starting drafts for every item of a transition that takes a value. */
export function initialDrafts(items: FormItem[], data: Record<string, unknown>, formats: UserFormats): Drafts {
  const drafts: Drafts = {};
  for (const item of items) {
    const key = itemKey(item);
    if (!key) continue;
    if (item.kind === 'field') drafts[key] = initialDraft(item, data, formats);
    else if (item.kind === 'notes') drafts[key] = str(data.Notes) ?? '';
    else if (item.kind === 'checklist') drafts[key] = tickedEntries(data.CheckLists);
    else if (item.kind === 'attachments') drafts[key] = { files: [], links: [] };
  }
  return drafts;
}

/** The checklist entries already ticked, from `[{ "entry": true }, …]`. */
function tickedEntries(raw: unknown): string[] {
  return arr(raw).flatMap((v) => Object.entries(obj(v) ?? {}).flatMap(([entry, ticked]) => (ticked === true ? [entry] : [])));
}

/** Whether a draft holds nothing. A boolean is never empty: false is an answer. */
export function isEmptyDraft(value: DraftValue): boolean {
  if (value === null) return true;
  if (typeof value === 'boolean') return false;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if ('files' in value) return value.files.length === 0 && value.links.length === 0;
  return false;
}
