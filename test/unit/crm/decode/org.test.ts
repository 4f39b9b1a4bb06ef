import { describe, expect, it } from 'vitest';
import { decodeOrgInfo } from '../../../../src/crm/decode/user.ts';

describe('decodeOrgInfo', () => {
  it("reads the org's id and currency symbol from `{org: [org]}`", () => {
    expect(decodeOrgInfo({ org: [{ id: '4876876000000000001', currency_symbol: '$', iso_code: 'USD' }] })).toEqual({
      id: '4876876000000000001',
      currencySymbol: '$',
    });
  });

  it('knows no id and falls back to the ISO code when the answer leaves them out', () => {
    expect(decodeOrgInfo({ org: [{ iso_code: 'EUR' }] })).toEqual({ id: null, currencySymbol: 'EUR' });
    expect(decodeOrgInfo(null)).toEqual({ id: null, currencySymbol: '' });
  });
});
