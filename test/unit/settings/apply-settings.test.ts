import { describe, expect, it } from 'vitest';
import type { ProcessState, Transition } from '../../../src/blueprint/model.ts';
import { buildPath } from '../../../src/blueprint/process-path.ts';
import { applySettings, orderStates, shapePath, visibleTransitions } from '../../../src/settings/apply-settings.ts';
import { settingsForModule, type ModuleSettings, type StateSettings } from '../../../src/settings/settings-schema.ts';

const state = (label: string, sequence: number, value = label): ProcessState => ({
  label,
  value,
  sequence,
  colour: null,
});
const STATES = [
  state('Not Contacted', 1),
  state('Attempted to Contact', 2),
  state('Contacted', 3),
  state('Qualified', 4),
  state('Not Qualified', 5),
  state('Junk Lead', 6, 'Junk'),
];

const entry = (value: string, extra: Partial<StateSettings> = {}): StateSettings => ({
  value,
  hidden: false,
  closing: null,
  guidance: '',
  ...extra,
});
const settings = (extra: Partial<ModuleSettings>): ModuleSettings => ({
  ...settingsForModule({ version: 1, modules: {} }, 'Leads'),
  ...extra,
});

/** The path's step labels with their status, and the closing ones after a bar. */
function show(current: string | null, s: ModuleSettings): string[] {
  const shaped = shapePath(buildPath(STATES, current, []), s);
  return [
    ...shaped.steps.map((x) => `${x.state.label}:${x.status}`),
    '|',
    ...shaped.closing.map((x) => `${x.state.label}:${x.status}:${x.outcome}`),
  ];
}

describe('shapePath', () => {
  it('leaves the path as laid out when nothing is set', () => {
    expect(show('Contacted', settings({}))).toEqual([
      'Not Contacted:unknown',
      'Attempted to Contact:unknown',
      'Contacted:current',
      'Qualified:upcoming',
      'Not Qualified:upcoming',
      'Junk Lead:upcoming',
      '|',
    ]);
  });

  it('leaves a hidden state out of the path', () => {
    expect(show('Contacted', settings({ states: [entry('Junk', { hidden: true })] }))).not.toContain(
      'Junk Lead:upcoming',
    );
    expect(
      shapePath(buildPath(STATES, 'Contacted', []), settings({ states: [entry('Junk', { hidden: true })] }))
        .hiddenCurrent,
    ).toBeNull();
  });

  it("follows the admin's order, with states the settings do not list after them in picklist order", () => {
    const s = settings({ states: [entry('Contacted'), entry('Not Contacted')] });
    expect(show('Not Contacted', s)).toEqual([
      'Contacted:unknown',
      'Not Contacted:current',
      'Attempted to Contact:upcoming',
      'Qualified:upcoming',
      'Not Qualified:upcoming',
      'Junk Lead:upcoming',
      '|',
    ]);
  });

  it("shows closing states apart at the end, in the admin's order", () => {
    const s = settings({
      states: [entry('Not Qualified', { closing: 'lost' }), entry('Qualified', { closing: 'won' })],
    });
    expect(show('Contacted', s)).toEqual([
      'Not Contacted:unknown',
      'Attempted to Contact:unknown',
      'Contacted:current',
      'Junk Lead:upcoming',
      '|',
      'Not Qualified:upcoming:lost',
      'Qualified:upcoming:won',
    ]);
  });

  it('puts every stage of the path before a record in a closing state, claiming none passed without a history', () => {
    const s = settings({
      states: [entry('Qualified', { closing: 'won' }), entry('Not Qualified', { closing: 'lost' })],
    });
    expect(show('Qualified', s)).toEqual([
      'Not Contacted:unknown',
      'Attempted to Contact:unknown',
      'Contacted:unknown',
      'Junk Lead:unknown',
      '|',
      'Qualified:current:won',
      'Not Qualified:upcoming:lost',
    ]);
  });

  it('still shows the current state when it is hidden, in its place, and says it is normally hidden', () => {
    const s = settings({ states: [entry('Junk', { hidden: true }), entry('Attempted to Contact', { hidden: true })] });
    const shaped = shapePath(buildPath(STATES, 'Junk Lead', []), s);
    expect(shaped.steps.map((x) => `${x.state.label}:${x.status}`)).toEqual([
      'Junk Lead:current',
      'Not Contacted:upcoming',
      'Contacted:upcoming',
      'Qualified:upcoming',
      'Not Qualified:upcoming',
    ]);
    expect(shaped.hiddenCurrent?.label).toBe('Junk Lead');
  });

  it('ignores state names the picklist does not have, and repeats', () => {
    const s = settings({
      states: [entry('Vanished', { hidden: true }), entry('Qualified'), entry('Qualified', { hidden: true })],
    });
    const labels = show(null, s);
    expect(labels[0]).toBe('Qualified:upcoming');
    expect(labels).toHaveLength(STATES.length + 1);
  });

  it('matches settings to a state by its label as well as its value', () => {
    expect(show('Contacted', settings({ states: [entry('Junk Lead', { hidden: true })] }))).not.toContain(
      'Junk Lead:upcoming',
    );
  });

  it('shapes a path built without the field list (current state and transition targets) the same way', () => {
    const targets = [{ targetState: 'Junk Lead' }, { targetState: 'Contacted' }] as Transition[];
    const shaped = shapePath(
      buildPath([], 'Not Contacted', targets),
      settings({ states: [entry('Junk Lead', { hidden: true })] }),
    );
    expect(shaped.steps.map((x) => x.state.label)).toEqual(['Not Contacted', 'Contacted']);
  });
});

describe('orderStates', () => {
  it('gives every state its settings, with defaults for those the admin did not list', () => {
    const ordered = orderStates(STATES.slice(0, 2), [entry('Attempted to Contact', { guidance: 'Try twice.' })]);
    expect(ordered.map((o) => o.settings)).toEqual([
      entry('Attempted to Contact', { guidance: 'Try twice.' }),
      entry('Not Contacted'),
    ]);
  });
});

const transition = (name: string): Transition => ({ id: name, name }) as Transition;

describe('visibleTransitions', () => {
  it('leaves out transitions hidden by name, whatever their case and spacing', () => {
    const all = [transition('Establish contact'), transition('Mark as  junk'), transition('No answer')];
    expect(visibleTransitions(all, [' mark AS junk ']).map((t) => t.name)).toEqual(['Establish contact', 'No answer']);
  });

  it('ignores hidden names no transition has', () => {
    const all = [transition('Qualify')];
    expect(visibleTransitions(all, ['Disqualify'])).toEqual(all);
  });
});

describe('applySettings', () => {
  it('gives the guidance of the current state, trimmed, and none for a state without', () => {
    const s = settings({
      states: [entry('Contacted', { guidance: '  Ask about budget.\n' }), entry('Qualified', { guidance: '   ' })],
    });
    const at = (current: string) =>
      applySettings({ path: buildPath(STATES, current, []), transitions: [] }, s).guidance;
    expect(at('Contacted')).toBe('Ask about budget.');
    expect(at('Qualified')).toBeNull();
    expect(at('Not Contacted')).toBeNull();
  });

  it('shapes the path and the transitions together', () => {
    const s = settings({ states: [entry('Junk', { hidden: true })], hiddenTransitions: ['Mark as junk'] });
    const applied = applySettings(
      {
        path: buildPath(STATES, 'Not Contacted', []),
        transitions: [transition('Mark as junk'), transition('Establish contact')],
      },
      s,
    );
    expect(applied.path.steps.map((x) => x.state.label)).not.toContain('Junk Lead');
    expect(applied.transitions.map((t) => t.name)).toEqual(['Establish contact']);
  });
});

describe("shapePath with a stage history and the CRM's closing stages", () => {
  const deal = (label: string, sequence: number, closing: 'won' | 'lost' | null = null): ProcessState => ({
    label,
    value: label,
    sequence,
    colour: null,
    closing,
  });
  const STAGES = [
    deal('Qualification', 1),
    deal('Needs Analysis', 2),
    deal('Proposal', 3),
    deal('Closed Won', 4, 'won'),
    deal('Closed Lost', 5, 'lost'),
  ];
  const history = {
    kind: 'known' as const,
    visits: [
      { stage: 'Qualification', at: '2026-11-01T10:00:00Z' },
      { stage: 'Proposal', at: '2026-11-05T10:00:00Z' },
      { stage: 'Closed Won', at: '2026-11-09T10:00:00Z' },
    ],
  };
  const deals = settings({});

  it('takes the closing stages from the CRM when the admin set none, and shows a reached one as reached', () => {
    const shaped = shapePath(buildPath(STAGES, 'Closed Won', [], history), deals);
    expect(shaped.steps.map((x) => `${x.state.label}:${x.status}`)).toEqual([
      'Qualification:visited',
      'Needs Analysis:not-visited',
      'Proposal:visited',
    ]);
    expect(shaped.closing.map((x) => `${x.state.label}:${x.status}:${x.outcome}:${x.reachedAt}`)).toEqual([
      'Closed Won:current:won:2026-11-09T10:00:00Z',
      'Closed Lost:upcoming:lost:null',
    ]);
  });

  it("keeps the admin's closing stages when the admin set some", () => {
    const shaped = shapePath(
      buildPath(STAGES, 'Proposal', [], history),
      settings({ states: [entry('Closed Lost', { closing: 'lost' })] }),
    );
    expect(shaped.closing.map((x) => x.state.label)).toEqual(['Closed Lost']);
    expect(shaped.steps.map((x) => `${x.state.label}:${x.status}`)).toEqual([
      'Qualification:visited',
      'Needs Analysis:not-visited',
      'Proposal:current',
      'Closed Won:visited',
    ]);
  });

  it("re-derives visited stages in the admin's order, not the picklist's", () => {
    const shaped = shapePath(
      buildPath(STAGES, 'Needs Analysis', [], history),
      settings({ states: [entry('Proposal'), entry('Needs Analysis')] }),
    );
    expect(shaped.steps.map((x) => `${x.state.label}:${x.status}`)).toEqual([
      'Proposal:visited',
      'Needs Analysis:current',
      'Qualification:visited',
    ]);
  });
});
