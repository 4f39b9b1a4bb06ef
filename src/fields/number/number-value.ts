import type { FieldItem } from '../../blueprint/model.ts';
import type { KindValue } from '../contract.ts';
import { textOf } from '../text/text-value.ts';

/** A number as JSON writes it (`1234.567`, `-5`, `0012345600012`): sign, digits, and a `.` decimal part. */
const JSON_NUMBER = /^(-?\d+)(?:\.(\d+))?$/;

/**
 * The record's number in the user's own notation, without grouping: `1234,567` for a German rep, not the JSON
 * `1234.567` they would read (and the check would take) as 1,234,567. Digit strings (long integers) keep every
 * digit; anything else is left as the CRM sent it.
 */
function inUserNotation(raw: unknown, locale: string): string {
  const text =
    typeof raw === 'number' && Number.isFinite(raw)
      ? new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 }).format(raw)
      : textOf(raw);
  const m = JSON_NUMBER.exec(text);
  if (!m) return text;
  // The locale's decimal separator, found here rather than through number-text.ts, which stays out of the first screen.
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return m[2] === undefined ? m[1]! : `${m[1]}${decimal}${m[2]}`;
}

/** Integer, bigint, decimal, currency, percent: the record's number as text, to edit in the user's locale. */
export const value: KindValue<FieldItem, string> = {
  initial: (field, data, formats) => inUserNotation(data[field.apiName], formats.locale),
};
