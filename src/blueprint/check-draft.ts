import { parseUserDate, parseUserDateTime } from './date-format.ts';
import { isEmptyDraft, type DraftValue, type FormContext } from './draft.ts';
import type { FieldItem, FormItem } from './model.ts';
import { parseNumberText } from './number-text.ts';

/** Largest value of an integer field (Zoho stores 32-bit integers). */
const INT_MAX = 2_147_483_647;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*(\s*(x|ext\.?)\s*\d+)?$/i;
const WEBSITE = /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?([/?#]\S*)?$/i;
const URL_LINK = /^https?:\/\/\S+\.\S+$/i;

/** What is wrong with an item's draft, in words for the rep, or null when it is fine. */
export function checkItem(item: FormItem, value: DraftValue, ctx: FormContext): string | null {
  switch (item.kind) {
    case 'field':
      return checkField(item, value, ctx);
    case 'notes':
      return item.required && isEmptyDraft(value) ? 'Add a note: this transition needs one.' : null;
    case 'checklist': {
      const ticked = Array.isArray(value) ? value : [];
      const open = item.entries.filter((e) => !(ticked as unknown[]).includes(e));
      return item.required && open.length > 0 ? `Tick every item of “${item.label}” (${open.length} left).` : null;
    }
    case 'attachments': {
      if (value && typeof value === 'object' && 'links' in value) {
        const bad = value.links.find((l) => !URL_LINK.test(l));
        if (bad !== undefined) return `“${bad}” is not a web address (it should start with https://).`;
      }
      return item.required && isEmptyDraft(value) ? 'Attach a file or a link: this transition needs one.' : null;
    }
    default:
      return null;
  }
}

/** What is wrong with a field's draft, or null. */
export function checkField(field: FieldItem, value: DraftValue, ctx: FormContext): string | null {
  if (field.readOnly) return null;
  if (isEmptyDraft(value)) return field.required ? `${field.label} is required.` : null;
  const text = typeof value === 'string' ? value.trim() : null;
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'website': {
      if (text === null) return null;
      if (field.maxLength !== null && text.length > field.maxLength) return `${field.label} can be at most ${field.maxLength} characters (now ${text.length}).`;
      if (field.type === 'email' && !EMAIL.test(text)) return `${field.label} needs an email address like name@example.com.`;
      if (field.type === 'phone' && (!PHONE.test(text) || text.replace(/\D/g, '').length < 3)) return `${field.label} needs a phone number: digits, spaces, + ( ) - only.`;
      if (field.type === 'website' && !WEBSITE.test(text)) return `${field.label} needs a web address like https://example.com.`;
      return null;
    }
    case 'picklist':
      return text !== null && field.options.length > 0 && !field.options.some((o) => o.value === text) ? `Choose one of the listed values for ${field.label}.` : null;
    case 'multiselectpicklist':
      return Array.isArray(value) && field.options.length > 0 && value.some((v) => typeof v !== 'string' || !field.options.some((o) => o.value === v))
        ? `Choose only listed values for ${field.label}.`
        : null;
    case 'date':
      return text !== null && parseUserDate(text, ctx.formats) === null ? `${field.label} needs a real date written as ${ctx.formats.dateFormat}.` : null;
    case 'datetime':
      return text !== null && parseUserDateTime(text, ctx.formats) === null
        ? `${field.label} needs a date and time written as ${ctx.formats.dateFormat} ${ctx.formats.timeFormat}.`
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
      return value !== null && typeof value === 'object' && 'id' in value ? null : `Choose ${field.label} from the list.`;
    default:
      return null;
  }
}

function checkNumber(field: FieldItem, text: string, ctx: FormContext): string | null {
  const n = parseNumberText(text, ctx.formats.locale);
  if (!n) return `${field.label} needs a number.`;
  const whole = field.type === 'integer' || field.type === 'bigint';
  if (whole && n.fractionDigits.replace(/0+$/, '') !== '') return `${field.label} needs a whole number.`;
  if (field.type === 'integer' && Math.abs(n.value) > INT_MAX) return `${field.label} can be at most ${INT_MAX.toLocaleString(ctx.formats.locale)}.`;
  if (field.type === 'bigint' && !Number.isSafeInteger(n.value)) return `${field.label} is too large for the widget to send exactly.`;
  if (field.maxLength !== null && n.integerDigits.length > field.maxLength) return `${field.label} can have at most ${field.maxLength} digits.`;
  if (field.type === 'percent' && (n.value < 0 || n.value > 100)) return `${field.label} must be between 0 and 100.`;
  const places = decimalPlaces(field);
  if (!whole && places !== null && n.fractionDigits.replace(/0+$/, '').length > places) {
    return places === 0 ? `${field.label} takes no decimals.` : `${field.label} takes at most ${places} decimal place${places === 1 ? '' : 's'}.`;
  }
  return null;
}

/** How many decimals a number field keeps (currency defaults to 2, as Zoho's does). */
export function decimalPlaces(field: FieldItem): number | null {
  if (field.type === 'integer' || field.type === 'bigint') return 0;
  return field.decimalPlaces ?? (field.type === 'currency' ? 2 : null);
}
