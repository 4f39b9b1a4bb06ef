/** Numbers as a rep types them, in their locale: `1,234.5` in English, `1.234,5` in German. */

/** The group and decimal separators of a locale. */
export function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/** A typed number split into its parts, or null when it is not a number. */
export interface ParsedNumber {
  value: number;
  /** Digits before the decimal separator, without sign or grouping. */
  integerDigits: string;
  /** Digits after the decimal separator. */
  fractionDigits: string;
}

/**
 * Reads a number typed in the user's locale. Group separators (and spaces) are allowed only between digits;
 * a plain `.` is also accepted as the decimal point where the locale's is `,`, when it cannot be grouping.
 */
export function parseNumberText(text: string, locale: string): ParsedNumber | null {
  const { group, decimal } = separators(locale);
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  // "12.5" in a comma-decimal locale is a decimal point, unless it reads as grouping ("12.500" in German).
  const dotDecimal = /^[-+]?\d+\.(\d+)$/.exec(t);
  if (decimal !== '.' && !t.includes(decimal) && dotDecimal && (group !== '.' || dotDecimal[1]?.length !== 3))
    t = t.replace('.', decimal);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^([-+]?)(\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)?(?:${esc(decimal)}(\\d+))?$`).exec(t);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const integerDigits = (m[2] ?? '0').split(group).join('');
  const fractionDigits = m[3] ?? '';
  const value = Number(`${m[1] === '-' ? '-' : ''}${integerDigits}.${fractionDigits || '0'}`);
  return Number.isFinite(value)
    ? { value, integerDigits: integerDigits.replace(/^0+(?=\d)/, ''), fractionDigits }
    : null;
}
