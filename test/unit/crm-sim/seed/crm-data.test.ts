import { describe, expect, it } from 'vitest';
import { SETTINGS_VARIABLE as WIDGET_READS } from '../../../../src/settings/settings-schema.ts';
import { SETTINGS_VARIABLE as CRM_HOLDS } from '../../../crm-sim/seed/crm-data.ts';
import { CrmStore } from '../../../crm-sim/crm/crm-store.ts';
import { BULK_DEALS, BULK_LEADS } from '../../../crm-sim/seed/bulk-seed.ts';
import { DEALS, LEADS } from '../../../crm-sim/seed/crm-data.ts';
import { HISTORY_DEALS } from '../../../crm-sim/seed/stage-history.ts';

describe('the simulated org', () => {
  it('keeps the settings in the variable the widget reads and writes', () => {
    expect(CRM_HOLDS).toBe(WIDGET_READS);
  });

  it('gives every seeded record an id of its own, so no fixture hides another', () => {
    const ids = [...LEADS, ...BULK_LEADS, ...DEALS, ...HISTORY_DEALS, ...BULK_DEALS].map((r) => r.values.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new CrmStore().list('Deals').length).toBe(DEALS.length + HISTORY_DEALS.length + BULK_DEALS.length);
  });
});
