import { describe, expect, it } from 'vitest';
import { SETTINGS_VARIABLE as WIDGET_READS } from '../../../../src/settings/settings-schema.ts';
import { SETTINGS_VARIABLE as CRM_HOLDS } from '../../../crm-sim/seed/crm-data.ts';

describe('the simulated org', () => {
  it('keeps the settings in the variable the widget reads and writes', () => {
    expect(CRM_HOLDS).toBe(WIDGET_READS);
  });
});
