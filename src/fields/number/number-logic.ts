import type { FieldItem } from '../../blueprint/model.ts';
import { msg, type Message } from '../../i18n/message.ts';
import type { FormContext, KindLogic } from '../contract.ts';
import { readText } from '../text/text-logic.ts';
import { parseNumberText, roundTo } from './number-text.ts';

/** Most digits of a long integer (`bigint`) field: a signed 64-bit number has 19, Zoho's own screens allow 18. */
const BIGINT_DIGITS = 18;

/** Largest value of an integer field (Zoho stores 32-bit integers). */
const INT_MAX = 2_147_483_647;

/** How many decimals a number field keeps (currency defaults to 2, as Zoho's does). */
export function decimalPlaces(field: FieldItem): number | null {
  if (field.type === 'integer' || field.type === 'bigint') return 0;
  return field.decimalPlaces ?? (field.type === 'currency' ? 2 : null);
}

function check(field: FieldItem, value: string, ctx: FormContext): Message | null {
  const label = field.label;
  const n = parseNumberText(value.trim(), ctx.formats.locale);
  if (!n) return msg('check.number', { label });
  const whole = field.type === 'integer' || field.type === 'bigint';
  if (whole && n.fractionDigits.replace(/0+$/, '') !== '') return msg('check.wholeNumber', { label });
  if (field.type === 'integer' && Math.abs(n.value) > INT_MAX) return msg('check.max', { label, max: INT_MAX });
  if (field.type === 'bigint' && n.integerDigits.length > BIGINT_DIGITS) return msg('check.tooLarge', { label });
  if (field.maxLength !== null && n.integerDigits.length > field.maxLength)
    return msg('check.digits', { label, count: field.maxLength });
  if (field.type === 'percent' && (n.value < 0 || n.value > 100)) return msg('check.percent', { label });
  const places = decimalPlaces(field);
  if (!whole && places !== null && n.fractionDigits.replace(/0+$/, '').length > places) {
    return places === 0 ? msg('check.noDecimals', { label }) : msg('check.decimals', { label, count: places });
  }
  return null;
}

/** Numbers typed in the user's locale: whole where the type is, in range, within digits and decimals; sent as numbers, rounded (long integers as digit strings). */
export const logic: KindLogic<FieldItem, string> = {
  read: readText,
  check,
  encode(field, value, ctx) {
    const n = parseNumberText(value.trim(), ctx.formats.locale);
    if (!n) return undefined;
    // A long integer goes as its digits, a JSON string, as Zoho documents it (json_type "string", the example
    // "0012345600012"): exact past 2^53, where a JavaScript number is not (docs/blueprint-api.md, "Long integers").
    if (field.type === 'bigint') return `${n.value < 0 ? '-' : ''}${n.integerDigits}`;
    const places = decimalPlaces(field);
    return places === null ? n.value : roundTo(n.value, places);
  },
};
