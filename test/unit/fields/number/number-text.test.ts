import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../../../src/fields/number/number-text.ts';

describe('parseNumberText', () => {
  it("reads numbers with the separators of the user's locale", () => {
    expect(parseNumberText('1,234.5', 'en-US')?.value).toBe(1234.5);
    expect(parseNumberText('1.234,5', 'de-DE')?.value).toBe(1234.5);
    expect(parseNumberText('-42', 'en-US')?.value).toBe(-42);
    expect(parseNumberText('.5', 'en-US')?.value).toBe(0.5);
    expect(parseNumberText('12.5', 'de-DE')?.value).toBe(12.5);
  });

  it('refuses what is not a number, and misplaced grouping', () => {
    for (const bad of ['', 'abc', '1,23.4', '1.2.3', '12a', '--1']) expect(parseNumberText(bad, 'en-US')).toBeNull();
  });

  it('counts integer and decimal digits', () => {
    expect(parseNumberText('001,200.050', 'en-US')).toEqual({
      value: 1200.05,
      integerDigits: '1200',
      fractionDigits: '050',
    });
  });
});
