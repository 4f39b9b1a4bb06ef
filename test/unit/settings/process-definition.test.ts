import { describe, expect, it } from 'vitest';
import one from '../../fixtures/zoho-sample-blueprint-definition.json';
import { decodeBlueprintDefinition } from '../../../src/crm/decode/blueprint-definition.ts';
import {
  fitDefinitions,
  packDefinition,
  packedSize,
  unavailableTransitions,
  unpackDefinition,
  type ProcessDefinition,
  type ReadBlueprint,
} from '../../../src/settings/process-definition.ts';
import { SETTINGS_VARIABLE_LIMIT } from '../../../src/settings/settings-write.ts';
import { transition } from '../transition-factory.ts';
import { definedStates } from '../../../src/settings/defined-states.ts';

const read = decodeBlueprintDefinition(one);
const def = read.definition;

/** A made-up large blueprint: `states` states, `transitions` transitions with names and owners of ordinary length. */
function largeBlueprint(n: number, states = 20, transitions = 40): ReadBlueprint {
  const names = Array.from({ length: states }, (_, i) => `Stage number ${i + 1} of ${n}`);
  return {
    id: `58431040000085${String(n).padStart(5, '0')}`,
    module: 'Deals',
    definition: {
      name: `Enterprise sales process ${n}`,
      layout: 'Standard',
      field: 'Stage',
      states: names,
      exits: names.slice(-3),
      transitions: Array.from({ length: transitions }, (_, i) => ({
        id: `58431040000${String(n).padStart(2, '0')}${String(90000 + i)}`,
        name: `Move the deal on step ${i + 1}`,
        from: [names[i % states]!, ...(i % 5 === 0 ? [names[(i + 3) % states]!] : [])],
        to: names[(i + 1) % states]!,
        automatic: i % 7 === 0,
        parallel: i % 11 === 0,
        common: i % 5 === 0,
        owners: i % 3 === 0 ? ['Finance team', 'Sales managers'] : [],
      })),
    },
  };
}

describe('the stored definition', () => {
  it('should read back exactly what was packed', () => {
    expect(unpackDefinition(JSON.parse(JSON.stringify(packDefinition(def))))).toEqual(def);
    const big = largeBlueprint(1).definition;
    expect(unpackDefinition(JSON.parse(JSON.stringify(packDefinition(big))))).toEqual(big);
  });

  it('should store ids after their common prefix and owners once', () => {
    const packed = packDefinition(def);
    expect(packed.p).toBe('584310400000850231');
    expect(packed.o).toEqual(['Finance team', 'Legal']);
    expect(packed.t[2]).toEqual(['3', 'Send contract', 2, 3, 0, [0]]);
  });

  it('should not be a definition when its states or transitions are not lists', () => {
    expect(unpackDefinition(null)).toBeNull();
    expect(unpackDefinition({ f: 'Stage', s: 'A', t: [] })).toBeNull();
    expect(unpackDefinition({ f: 'Stage', s: ['A', 3], t: [] })).toBeNull();
    expect(unpackDefinition({ s: ['A'], t: [] })).toBeNull();
  });

  it('should leave out unreadable transitions and indexes that name nothing', () => {
    const d = unpackDefinition({ f: 'Stage', s: ['A', 'B'], t: [['1', 'Go', 0, 9, 0, [4]], 'junk', [2, 'x']] });
    expect(d?.transitions).toEqual([
      { id: '1', name: 'Go', from: ['A'], to: null, automatic: false, parallel: false, common: false, owners: [] },
    ]);
  });
});

describe('the size of the stored definitions', () => {
  it('should keep ten blueprints of 20 states and 40 transitions within the variable’s limit', () => {
    const org = Array.from({ length: 10 }, (_, i) => largeBlueprint(i + 1));
    const total = org.reduce((sum, b) => sum + packedSize(b), 0);
    // Measured: about 2.3 KB each; the rest of the limit stays for the admin's own settings.
    expect(total).toBeLessThan(SETTINGS_VARIABLE_LIMIT * 0.8);
    expect(fitDefinitions(org, SETTINGS_VARIABLE_LIMIT).leftOut).toEqual([]);
  });

  it('should keep what fits and name what was left out', () => {
    const org = [largeBlueprint(1), largeBlueprint(2, 20, 400), largeBlueprint(3)];
    const room = packedSize(org[0]!) + packedSize(org[2]!) + 10;
    const fitted = fitDefinitions(org, room);
    expect(fitted.kept.map((b) => b.id)).toEqual([org[0]!.id, org[2]!.id]);
    expect(fitted.leftOut.map((b) => b.definition.name)).toEqual(['Enterprise sales process 2']);
  });
});

describe('the path’s states from a definition', () => {
  const picklist = [
    { label: 'Junk Lead', value: 'Junk Lead', sequence: 0, colour: '#ff0000', closing: null },
    { label: 'Contacted', value: 'contacted', sequence: 1, colour: '#00ff00', closing: null },
  ];

  it('should take the blueprint’s order, the picklist’s values and colours, and exits as closing', () => {
    const states = definedStates(packDefinition(def), picklist, 'Contacted');
    expect(states.map((s) => [s.label, s.value, s.closing ?? null])).toEqual([
      ['Not Contacted', 'Not Contacted', null],
      ['Contacted', 'contacted', null],
      ['Qualified', 'Qualified', null],
      ['Contract sent', 'Contract sent', null],
      ['Junk Lead', 'Junk Lead', 'lost'],
    ]);
    expect(states[1]!.colour).toBe('#00ff00');
  });

  it('should show a current state the definition lacks, marked as outside it', () => {
    const states = definedStates(packDefinition(def), picklist, 'Nurturing');
    expect(states.at(-1)).toMatchObject({ label: 'Nurturing', outside: true });
    expect(states.filter((s) => s.outside)).toHaveLength(1);
  });
});

describe('transitions not available to the user', () => {
  const offered = [transition('5843104000008502314', { name: 'Mark as junk' })];
  const hiddenNone: string[] = [];

  it('should list the manual transitions from the current stage that the CRM did not offer', () => {
    expect(unavailableTransitions(def, 'Qualified', [], hiddenNone).map((t) => [t.name, t.owners])).toEqual([
      ['Send contract', ['Finance team']],
      ['Legal and finance review', ['Legal', 'Finance team']],
    ]);
  });

  it('should leave out what the CRM offered, automatic ones and what the admin hid', () => {
    expect(unavailableTransitions(def, 'Contacted', offered, hiddenNone).map((t) => t.name)).toEqual(['Qualify']);
    expect(unavailableTransitions(def, 'Contacted', offered, ['5843104000008502312'])).toEqual([]);
    expect(unavailableTransitions(def, 'Qualified', [], [' send  CONTRACT'])).toHaveLength(1);
    expect(unavailableTransitions(def, null, [], hiddenNone)).toEqual([]);
  });

  it('should take a transition the CRM offers under another id but the same name as offered', () => {
    const renamed: ProcessDefinition = { ...def };
    expect(
      unavailableTransitions(renamed, 'Qualified', [transition('x', { name: 'Send Contract' })], hiddenNone),
    ).toHaveLength(1);
  });
});
