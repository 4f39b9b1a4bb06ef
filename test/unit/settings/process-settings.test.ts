import { describe, expect, it } from 'vitest';
import one from '../../fixtures/zoho-sample-blueprint-definition.json';
import { decodeBlueprintDefinition } from '../../../src/crm/decode/blueprint-definition.ts';
import { packDefinition } from '../../../src/settings/process-definition.ts';
import {
  checkSettings,
  salvageSettings,
  settingsForModule,
  settingsForProcess,
  type SettingsDoc,
} from '../../../src/settings/settings-schema.ts';
import { ignoredSettingsMessages } from '../../../src/settings/settings-note-text.ts';
import { prepareWrite } from '../../../src/settings/settings-write.ts';
import { applySettings } from '../../../src/settings/apply-settings.ts';
import { transition } from '../transition-factory.ts';

const def = packDefinition(decodeBlueprintDefinition(one).definition);
const leads = {
  processField: 'Lead_Status',
  states: [{ value: 'Junk Lead', hidden: true }, { value: 'Contacted' }],
  hiddenTransitions: ['Mark as junk'],
  afterTransition: 'close',
  processes: {
    '5843104000008502299': { name: 'Lead nurturing process', def, hiddenTransitions: ['5843104000008502313'] },
    '5843104000008502401': { name: 'Partner lead process', states: [], afterTransition: 'stay' },
  },
};
const doc = { version: 1, modules: { Leads: leads } };

function checkedDoc(): SettingsDoc {
  const checked = checkSettings(doc);
  if (checked.kind !== 'valid') throw new Error(`the test's document is not valid: ${JSON.stringify(checked)}`);
  return checked.doc;
}

describe('settings per process', () => {
  const module = settingsForModule(checkedDoc(), 'Leads');

  it('should give a process its own choices over the module’s', () => {
    const partner = settingsForProcess(module, '5843104000008502401');
    expect(partner.states).toEqual([]);
    expect(partner.afterTransition).toBe('stay');
    // What the process does not set comes from the module.
    expect(partner.hiddenTransitions).toEqual(['Mark as junk']);
  });

  it('should give the other process the module’s choices and its definition', () => {
    const nurturing = settingsForProcess(module, '5843104000008502299');
    expect(nurturing.states[0]).toEqual({ value: 'Junk Lead', hidden: true, closing: null, guidance: '' });
    expect(nurturing.afterTransition).toBe('close');
    expect(nurturing.hiddenTransitions).toEqual(['5843104000008502313']);
    expect(nurturing.def).toEqual(def);
  });

  it('should give a process nobody set up, or one named like an inherited key, the module’s settings', () => {
    expect(settingsForProcess(module, '999')).toBe(module);
    expect(settingsForProcess(module, 'constructor')).toBe(module);
    const nothingStored = settingsForModule({ version: 1, modules: {} }, 'Leads');
    expect(settingsForProcess(nothingStored, '5843104000008502299')).toBe(nothingStored);
  });

  it('should hide a transition by id where the definition is known', () => {
    const nurturing = settingsForProcess(module, '5843104000008502299');
    const offered = [transition('5843104000008502313', { name: 'Send contract' }), transition('7', { name: 'Other' })];
    expect(applySettings({ path: [], transitions: offered }, nurturing).transitions.map((t) => t.id)).toEqual(['7']);
  });

  it('should write the document as it reads it, processes and definitions included', () => {
    const prepared = prepareWrite(checkedDoc());
    expect(prepared.ok).toBe(true);
    const text = prepared.ok ? prepared.text : '';
    expect(checkSettings(JSON.parse(text))).toEqual(checkSettings(doc));
    expect(JSON.parse(text).modules.Leads.processes['5843104000008502299'].def).toEqual(def);
  });

  it('should keep a version-1 document without processes exactly as it was', () => {
    const old = {
      version: 1,
      modules: {
        Deals: { enabled: true, processField: 'Stage', states: [], hiddenTransitions: ['X'], afterTransition: 'stay' },
      },
    };
    const checked = checkSettings(old);
    expect(checked).toEqual({ kind: 'valid', doc: old });
  });

  it('should leave out a process entry or a definition it cannot use, and say so', () => {
    const read = salvageSettings({
      version: 1,
      modules: {
        Leads: {
          processes: {
            '1': 'junk',
            __proto__x: { name: 'x' },
            '2': { name: 'Broken definition', def: { f: 'Lead_Status', s: 'nope', t: [] }, afterTransition: 'close' },
          },
        },
      },
    });
    expect(read.kind).toBe('document');
    if (read.kind !== 'document') return;
    expect(Object.keys(read.doc.modules.Leads!.processes!)).toEqual(['2']);
    expect(read.doc.modules.Leads!.processes!['2']).toEqual({ name: 'Broken definition', afterTransition: 'close' });
    const words = ignoredSettingsMessages({ kind: 'partial', ignored: read.ignored, problems: read.problems });
    expect(words.map((m) => m.params)).toEqual([
      { module: 'Leads', process: '1' },
      { module: 'Leads', process: '2' },
      { module: 'Leads', process: '__proto__x' },
    ]);
  });
});
