import type { FieldItem } from '../../blueprint/model.ts';
import { msg, type Message } from '../../i18n/message.ts';
import type { FormContext, KindLogic } from '../contract.ts';
import { readText } from '../text/text-logic.ts';
import { parseNumberText, type ParsedNumber } from './number-text.ts';

/** Most digits of a long integer (`bigint`) field: a signed 64-bit number has 19, Zoho's own screens allow 18. */
const BIGINT_DIGITS = 18;

/** Largest value of an integer field (Zoho stores 32-bit integers). */
const INT_MAX = 2_147_483_647;

/**
 * Digits any number of up to this many significant digits survives a JavaScript number (IEEE 754 double)
 * unchanged; past it, some do (2^53 + 2) and some do not (2^53 + 1). The limit the rep is told.
 */
const EXACT_DIGITS = 15;

/**
 * The JSON number the CRM receives for a typed decimal, or null when it would not be that decimal. The SDK takes
 * a JavaScript object, so a number goes as a double, sent as its shortest JSON text: it must be the decimal
 * itself (no grouping, no trailing zeros), not one that lost digits (9007199254740993 arrives as
 * 9007199254740992) nor one in exponent notation (0.000000123 arrives as 1.23e-7). Issue 21;
 * docs/blueprint-api.md, "Numbers".
 */
function exactNumber(n: ParsedNumber): number | null {
  if (n.value === 0) return 0;
  const text = `${n.value < 0 ? '-' : ''}${n.integerDigits}.${n.fractionDigits}`.replace(/\.?0*$/, '');
  return String(n.value) === text ? n.value : null;
}

/**
 * How many decimals a number field keeps: its own `decimal_place`; else 2 for a currency, as Zoho's default, and
 * for a percent, which Zoho holds in at most 5 digits, 100.00 at most (docs/assumptions.md).
 */
export function decimalPlaces(field: FieldItem): number | null {
  if (field.type === 'integer' || field.type === 'bigint') return 0;
  return field.decimalPlaces ?? (field.type === 'currency' || field.type === 'percent' ? 2 : null);
}

function check(field: FieldItem, value: string, ctx: FormContext): Message | null {
  const label = field.label;
  const n = parseNumberText(value.trim(), ctx.formats.locale);
  if (!n) return msg('check.number', { label });
  const whole = field.type === 'integer' || field.type === 'bigint';
  if (whole && n.fractionDigits.replace(/0+$/, '') !== '') return msg('check.wholeNumber', { label });
  if (field.type === 'integer' && Math.abs(n.value) > INT_MAX) return msg('check.max', { label, max: INT_MAX });
  if (field.type === 'bigint' && n.integerDigits.length > BIGINT_DIGITS)
    return msg('check.digits', { label, count: BIGINT_DIGITS });
  if (field.maxLength !== null && n.integerDigits.length > field.maxLength)
    return msg('check.digits', { label, count: field.maxLength });
  if (field.type === 'percent' && (n.value < 0 || n.value > 100)) return msg('check.percent', { label });
  const places = decimalPlaces(field);
  if (!whole && places !== null && n.fractionDigits.replace(/0+$/, '').length > places) {
    return places === 0 ? msg('check.noDecimals', { label }) : msg('check.decimals', { label, count: places });
  }
  // Sent exactly or not at all: a value a JavaScript number cannot carry digit for digit is refused, never rounded.
  if (field.type !== 'bigint' && exactNumber(n) === null)
    return msg('check.exactDigits', { label, count: EXACT_DIGITS });
  return null;
}

/** Numbers typed in the user's locale: whole where the type is, in range, within digits and decimals; sent as JSON numbers whose text is what was typed (long integers as digit strings). */
export const logic: KindLogic<FieldItem, string> = {
  read: readText,
  check,
  encode(field, value, ctx) {
    const n = parseNumberText(value.trim(), ctx.formats.locale);
    if (!n) return undefined;
    // A long integer goes as its digits, a JSON string, as Zoho documents it (json_type "string", the example
    // "0012345600012"): exact past 2^53, where a JavaScript number is not (docs/blueprint-api.md, "Long integers").
    if (field.type === 'bigint') return `${n.value < 0 ? '-' : ''}${n.integerDigits}`;
    // The check let through only a number that goes exactly; undefined never happens after it.
    return exactNumber(n) ?? undefined;
  },
};
