import { parseUserDate, parseUserDateTime } from './date-format.ts';
import { isEmptyDraft, type DraftValue, type FormContext } from './draft.ts';
import type { FieldItem, FormItem } from './model.ts';
import { parseNumberText } from './number-text.ts';
import { msg, type Message } from '../i18n/message.ts';

/** Largest value of an integer field (Zoho stores 32-bit integers). */
const INT_MAX = 2_147_483_647;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*(\s*(x|ext\.?)\s*\d+)?$/i;
const WEBSITE = /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?([/?#]\S*)?$/i;
const URL_LINK = /^https?:\/\/\S+\.\S+$/i;

/** What is wrong with an item's draft (a message for the rep), or null when it is fine. */
export function checkItem(item: FormItem, value: DraftValue, ctx: FormContext): Message | null {
  switch (item.kind) {
    case 'field':
      return checkField(item, value, ctx);
    case 'notes':
      return item.required && isEmptyDraft(value) ? msg('check.notesRequired') : null;
    case 'checklist': {
      const ticked = Array.isArray(value) ? value : [];
      const open = item.entries.filter((e) => !(ticked as unknown[]).includes(e));
      return item.required && open.length > 0 ? msg('check.checklistOpen', { label: item.label, count: open.length }) : null;
    }
    case 'attachments': {
      if (value && typeof value === 'object' && 'links' in value) {
        const bad = value.links.find((l) => !URL_LINK.test(l));
        if (bad !== undefined) return msg('check.badLink', { link: bad });
      }
      return item.required && isEmptyDraft(value) ? msg('check.attachmentsRequired') : null;
    }
    default:
      return null;
  }
}

/** What is wrong with a field's draft, or null. */
export function checkField(field: FieldItem, value: DraftValue, ctx: FormContext): Message | null {
  if (field.readOnly) return null;
  const label = field.label;
  if (isEmptyDraft(value)) return field.required ? msg('check.required', { label }) : null;
  const text = typeof value === 'string' ? value.trim() : null;
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'website': {
      if (text === null) return null;
      if (field.maxLength !== null && text.length > field.maxLength) return msg('check.tooLong', { label, max: field.maxLength, count: text.length });
      if (field.type === 'email' && !EMAIL.test(text)) return msg('check.email', { label });
      if (field.type === 'phone' && (!PHONE.test(text) || text.replace(/\D/g, '').length < 3)) return msg('check.phone', { label });
      if (field.type === 'website' && !WEBSITE.test(text)) return msg('check.website', { label });
      return null;
    }
    case 'picklist':
      return text !== null && field.options.length > 0 && !field.options.some((o) => o.value === text) ? msg('check.picklist', { label }) : null;
    case 'multiselectpicklist':
      return Array.isArray(value) && field.options.length > 0 && value.some((v) => typeof v !== 'string' || !field.options.some((o) => o.value === v))
        ? msg('check.multiPicklist', { label })
        : null;
    case 'date':
      return text !== null && parseUserDate(text, ctx.formats) === null ? msg('check.date', { label, pattern: ctx.formats.dateFormat }) : null;
    case 'datetime':
      return text !== null && parseUserDateTime(text, ctx.formats) === null
        ? msg('check.datetime', { label, pattern: `${ctx.formats.dateFormat} ${ctx.formats.timeFormat}` })
        : null;
    case 'integer':
    case 'bigint':
    case 'double':
    case 'currency':
    case 'percent':
      return text === null ? null : checkNumber(field, text, ctx);
    case 'lookup':
    case 'ownerlookup':
    case 'userlookup':
      return value !== null && typeof value === 'object' && 'id' in value ? null : msg('check.lookup', { label });
    default:
      return null;
  }
}

function checkNumber(field: FieldItem, text: string, ctx: FormContext): Message | null {
  const label = field.label;
  const n = parseNumberText(text, ctx.formats.locale);
  if (!n) return msg('check.number', { label });
  const whole = field.type === 'integer' || field.type === 'bigint';
  if (whole && n.fractionDigits.replace(/0+$/, '') !== '') return msg('check.wholeNumber', { label });
  if (field.type === 'integer' && Math.abs(n.value) > INT_MAX) return msg('check.max', { label, max: INT_MAX });
  if (field.type === 'bigint' && !Number.isSafeInteger(n.value)) return msg('check.tooLarge', { label });
  if (field.maxLength !== null && n.integerDigits.length > field.maxLength) return msg('check.digits', { label, count: field.maxLength });
  if (field.type === 'percent' && (n.value < 0 || n.value > 100)) return msg('check.percent', { label });
  const places = decimalPlaces(field);
  if (!whole && places !== null && n.fractionDigits.replace(/0+$/, '').length > places) {
    return places === 0 ? msg('check.noDecimals', { label }) : msg('check.decimals', { label, count: places });
  }
  return null;
}

/** How many decimals a number field keeps (currency defaults to 2, as Zoho's does). */
export function decimalPlaces(field: FieldItem): number | null {
  if (field.type === 'integer' || field.type === 'bigint') return 0;
  return field.decimalPlaces ?? (field.type === 'currency' ? 2 : null);
}
