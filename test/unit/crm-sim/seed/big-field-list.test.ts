import { describe, expect, it } from 'vitest';
import { CrmStore } from '../../../crm-sim/crm/crm-store.ts';

describe("a real org's field list (bigFields)", () => {
  it("answers getFields with the module's own fields first, then custom ones up to the count, each api name once", () => {
    const store = new CrmStore();
    const own = store.fields('Leads')!;
    store.bigFields = 160;
    const big = store.fields('Leads')!;
    expect(big).toHaveLength(160);
    expect(big.slice(0, own.length).map((f) => f.api_name)).toEqual(own.map((f) => f.api_name));
    expect(new Set(big.map((f) => f.api_name)).size).toBe(160);
    expect(new Set(big.map((f) => f.id)).size).toBe(160);
  });

  it('weighs a few hundred KB, as a real org with Zoho’s full key set per field and its profiles', () => {
    const store = new CrmStore();
    store.bigFields = 160;
    const bytes = JSON.stringify({ fields: store.fields('Deals') }).length;
    expect(bytes).toBeGreaterThan(200_000);
    expect(bytes).toBeLessThan(400_000);
    expect(store.fields('Deals')![100]).toMatchObject({ _type: 'fields', profiles: expect.any(Array) });
  });

  it("keeps the seed's fields when no count is set", () => {
    expect(new CrmStore().fields('Leads')!.length).toBeLessThan(160);
  });
});
