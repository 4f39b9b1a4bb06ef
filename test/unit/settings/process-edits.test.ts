import { describe, expect, it } from 'vitest';
import one from '../../fixtures/zoho-sample-blueprint-definition.json';
import { decodeBlueprintDefinition } from '../../../src/crm/decode/blueprint-definition.ts';
import { editProcess, processFieldFor, storeDefinitions } from '../../../src/settings/process-edits.ts';
import { packedSize, type ReadBlueprint } from '../../../src/settings/process-definition.ts';
import { settingsForModule, settingsForProcess, type SettingsDoc } from '../../../src/settings/settings-schema.ts';

const read = decodeBlueprintDefinition(one);
const other: ReadBlueprint = {
  ...read,
  id: '5843104000008502401',
  definition: { ...read.definition, name: 'Partner' },
};
const doc = (): SettingsDoc => ({
  version: 1,
  modules: {
    Leads: {
      enabled: true,
      processField: 'Lead_Status',
      states: [],
      hiddenTransitions: [],
      afterTransition: 'stay',
      processes: {
        [read.id]: { name: 'Old name', afterTransition: 'close', def: { n: 'x', f: 'Lead_Status', s: ['A'], t: [] } },
        '999': { name: 'A blueprint since deleted', def: { n: 'y', f: 'Lead_Status', s: ['B'], t: [] } },
      },
    },
  },
});

describe('storing the definitions read', () => {
  it('should put each definition in its process, keep the admin’s choices for it, and drop the old ones', () => {
    const { doc: stored, leftOut } = storeDefinitions(doc(), [read], 32_000);
    const leads = stored.modules.Leads!;
    expect(leftOut).toEqual([]);
    expect(leads.processes![read.id]).toMatchObject({ name: 'Lead nurturing process', afterTransition: 'close' });
    expect(leads.processes![read.id]!.def!.s).toEqual(read.definition.states);
    expect(leads.processes!['999']).toEqual({ name: 'A blueprint since deleted' });
  });

  it('should give a module without settings its processes, and leave the other modules as they were', () => {
    const deals = { ...read, module: 'Deals' };
    const base = doc();
    const { doc: stored } = storeDefinitions(base, [deals], 32_000);
    expect(Object.keys(stored.modules.Deals!.processes!)).toEqual([read.id]);
    expect(settingsForModule(stored, 'Deals').enabled).toBe(true);
  });

  it('should keep within the limit whole definitions in order, and name the one left out', () => {
    const limit = JSON.stringify(doc()).length + packedSize(read) + 300;
    const { doc: stored, leftOut } = storeDefinitions(doc(), [read, other], limit);
    expect(leftOut.map((b) => b.definition.name)).toEqual(['Partner']);
    expect(stored.modules.Leads!.processes![other.id]).toEqual({ name: 'Partner' });
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(limit);
  });
});

describe('editing one process’s settings', () => {
  const { doc: stored } = storeDefinitions(doc(), [read], 32_000);
  const leads = stored.modules.Leads!;
  const field = processFieldFor(leads, read.id, null)!;

  it('should edit the definition’s own states in its order', () => {
    expect(field.states.map((s) => s.label)).toEqual(read.definition.states);
    const after = editProcess(leads, read.id, { kind: 'hidden', value: 'Contacted', hidden: true }, field);
    expect(settingsForProcess(after, read.id).states.find((s) => s.value === 'Contacted')?.hidden).toBe(true);
    // The module's own settings are untouched.
    expect(after.states).toEqual([]);
  });

  it('should hide a transition by id for that process only', () => {
    const after = editProcess(
      leads,
      read.id,
      { kind: 'transition-id', id: '5843104000008502313', hidden: true },
      field,
    );
    expect(settingsForProcess(after, read.id).hiddenTransitions).toEqual(['5843104000008502313']);
    expect(after.hiddenTransitions).toEqual([]);
  });

  it('should leave turning the widget on or off to the module', () => {
    const after = editProcess(leads, read.id, { kind: 'enabled', enabled: false }, field);
    expect(after.enabled).toBe(false);
    expect(Object.keys(after.processes![read.id]!)).not.toContain('enabled');
  });
});
