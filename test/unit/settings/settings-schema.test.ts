import { describe, expect, it } from 'vitest';
import {
  checkSettings,
  DEFAULT_MODULE_SETTINGS,
  MAX_GUIDANCE_LENGTH,
  settingsForModule,
  SETTINGS_VERSION,
  type ModuleSettings,
  type SettingsDoc,
} from '../../../src/settings/settings-schema.ts';
import {
  ignoredSettingsMessages,
  settingsNoteDetail,
  settingsNoteMessage,
} from '../../../src/settings/settings-note-text.ts';
import { prepareWrite } from '../../../src/settings/settings-write.ts';
import { readSettings } from '../../../src/crm/decode/settings-variable.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';
import en from '../../../src/translations/en.json';

/** The admin's note as they read it in English, with the technical detail after it. */
function settingsNote(source: Parameters<typeof settingsNoteMessage>[0]): string | null {
  const message = settingsNoteMessage(source);
  const detail = settingsNoteDetail(source);
  return message && `${english(message)}${detail ? ` (${detail})` : ''}`;
}

/** Texts as the admin reads them, in English. */
const english = createTranslator('en', en, {});

/** The answer getOrgVariable gives for a stored value. */
const stored = (content: unknown) => ({ Success: { Content: content } });

const LEADS: ModuleSettings = {
  enabled: true,
  processField: 'Lead_Status',
  states: [
    { value: 'Not Contacted', hidden: false, closing: null, guidance: 'Call within a day.' },
    { value: 'Junk Lead', hidden: true, closing: 'lost', guidance: '' },
  ],
  hiddenTransitions: ['Mark as junk'],
  afterTransition: 'close-reload',
};

const VALID: SettingsDoc = {
  version: 1,
  modules: {
    Leads: LEADS,
    Deals: { enabled: false, processField: null, states: [], hiddenTransitions: [], afterTransition: 'stay' },
  },
};

describe('readSettings', () => {
  it('reads a valid document as stored', () => {
    const read = readSettings(stored(JSON.stringify(VALID)));
    expect(read.source).toEqual({ kind: 'stored' });
    expect(read.doc).toEqual(VALID);
    expect(settingsNote(read.source)).toBeNull();
  });

  it('falls back to the defaults, saying so, when the variable does not exist', () => {
    const read = readSettings({ Error: { Content: 'No variable named bpstepper__settings' } });
    expect(read.source).toEqual({ kind: 'missing' });
    expect(read.doc.modules).toEqual({});
    expect(settingsNote(read.source)).toMatch(/No settings have been saved yet, so the widget uses its defaults/);
  });

  it('falls back to the defaults for an empty value, null content or whitespace', () => {
    for (const content of ['', '   \n', null, undefined])
      expect(readSettings(stored(content)).source).toEqual({ kind: 'empty' });
    expect(readSettings({ Success: {} }).source).toEqual({ kind: 'empty' });
  });

  it('falls back to the defaults for malformed JSON', () => {
    const read = readSettings(stored('{"version": 1, "modules": {"Leads": {"enabled": '));
    expect(read.source).toEqual({ kind: 'not-json' });
    expect(read.doc.modules).toEqual({});
    expect(settingsNote(read.source)).toMatch(/not valid JSON/);
  });

  it('falls back to the defaults for a document of the wrong shape, naming the first problem', () => {
    const read = readSettings(stored(JSON.stringify({ version: 1, modules: [{ Leads: { enabled: false } }] })));
    expect(read.source).toEqual({ kind: 'invalid', problem: '"modules" must be an object keyed by module API name' });
    expect(read.doc.modules).toEqual({});
    expect(settingsNote(read.source)).toMatch(
      /don’t have the expected shape, so the widget uses its defaults.*\("modules" must be an object keyed by module API name\)$/,
    );
  });

  it("keeps every other module's settings when one module has a bad key, which alone takes its default", () => {
    const deals = { enabled: false, afterTransition: 'explode', hiddenTransitions: ['Lose it'] };
    const read = readSettings(stored(JSON.stringify({ version: 1, modules: { Leads: LEADS, Deals: deals } })));
    expect(read.doc.modules.Leads).toEqual(LEADS);
    expect(read.doc.modules.Deals).toEqual({
      ...DEFAULT_MODULE_SETTINGS,
      enabled: false,
      hiddenTransitions: ['Lose it'],
    });
    expect(read.source).toEqual({
      kind: 'partial',
      ignored: [{ module: 'Deals', what: 'afterTransition' }],
      problems: ['modules.Deals.afterTransition must be one of stay, close, close-reload'],
    });
    expect(settingsNote(read.source)).toBe(
      'Some saved settings don’t have the expected shape and were ignored; each takes its default, and everything else saved is in use. (modules.Deals.afterTransition must be one of stay, close, close-reload)',
    );
    expect(ignoredSettingsMessages(read.source).map((m) => english(m))).toEqual([
      'Ignored for Deals: what follows a completed transition.',
    ]);
  });

  it('gives a module that is not an object the module defaults, and names each ignored stage setting', () => {
    const leads = {
      ...LEADS,
      states: [
        { value: 'Not Contacted', hidden: 'no', guidance: 'Call.' },
        { hidden: true },
        { value: 'Junk Lead', closing: 'maybe' },
        { value: 'Not Contacted' },
      ],
      hiddenTransitions: ['Mark as junk', 7],
    };
    const read = readSettings(
      stored(JSON.stringify({ version: 1, modules: { Leads: leads, Deals: 'on', 'Bad name!': {} } })),
    );
    expect(read.doc.modules).toEqual({
      Leads: {
        ...LEADS,
        states: [
          { value: 'Not Contacted', hidden: false, closing: null, guidance: 'Call.' },
          { value: 'Junk Lead', hidden: false, closing: null, guidance: '' },
        ],
        hiddenTransitions: ['Mark as junk'],
      },
    });
    expect(settingsForModule(read.doc, 'Deals')).toEqual({ ...DEFAULT_MODULE_SETTINGS });
    expect(ignoredSettingsMessages(read.source).map((m) => english(m))).toEqual([
      'Ignored for Leads: whether the stage “Not Contacted” is hidden.',
      'Ignored for Leads: stage entry 2, which names no stage.',
      'Ignored for Leads: whether the stage “Junk Lead” closes the process.',
      'Ignored for Leads: a second entry for the stage “Not Contacted”.',
      'Ignored for Leads: hidden transition 2, which is not a usable name.',
      'Ignored: all settings for Deals.',
      'Ignored: settings under “Bad name!”, which is not a module’s API name.',
    ]);
  });

  it('falls back to the defaults for a newer version, saying which', () => {
    const read = readSettings(
      stored(JSON.stringify({ version: SETTINGS_VERSION + 1, modules: { Leads: { enabled: false } } })),
    );
    expect(read.source).toEqual({ kind: 'newer', version: SETTINGS_VERSION + 1 });
    expect(read.doc.modules).toEqual({});
    expect(settingsNote(read.source)).toMatch(/newer version of the extension \(format 2; this one reads up to 1\)/);
  });

  it('treats an answer that is neither Success nor Error as unreadable', () => {
    expect(readSettings({ data: [] }).source).toEqual({ kind: 'unreadable', reason: 'the answer has no "Success"' });
    expect(readSettings(undefined).source.kind).toBe('unreadable');
  });

  it('accepts content the SDK already parsed into an object', () => {
    expect(readSettings(stored(VALID)).source).toEqual({ kind: 'stored' });
  });
});

describe('settingsNoteMessage', () => {
  const note = (answer: unknown) => {
    const m = settingsNoteMessage(readSettings(answer).source);
    return m && english(m);
  };

  it('says nothing about settings in use, and why the defaults are in use otherwise', () => {
    expect(note(stored(JSON.stringify(VALID)))).toBeNull();
    expect(note({ Error: { Content: 'No variable' } })).toBe(
      'No settings have been saved yet, so the widget uses its defaults: on in every module, stages in the picklist’s order.',
    );
    expect(note(stored(''))).toMatch(/^The saved settings are empty, so the widget uses its defaults/);
    expect(note(stored('{'))).toMatch(/^The saved settings are not valid JSON, so the widget uses its defaults/);
    expect(note(stored(JSON.stringify({ version: SETTINGS_VERSION + 1 })))).toMatch(
      /newer version of the extension \(format 2; this one reads up to 1\), so the widget uses its defaults/,
    );
  });

  it('keeps the technical reason out of the words, for the page to show apart', () => {
    const invalid = readSettings(stored(JSON.stringify({ version: 1, modules: 'Leads' }))).source;
    const invalidNote = settingsNoteMessage(invalid);
    expect(invalidNote && english(invalidNote)).toBe(
      'The saved settings don’t have the expected shape, so the widget uses its defaults: on in every module, stages in the picklist’s order.',
    );
    expect(settingsNoteDetail(invalid)).toBe('"modules" must be an object keyed by module API name');
    const unreadable = readSettings({ data: [] }).source;
    const unreadableNote = settingsNoteMessage(unreadable);
    expect(unreadableNote && english(unreadableNote)).toMatch(/^The settings could not be read from the CRM, so/);
    expect(settingsNoteDetail(unreadable)).toBe('the answer has no "Success"');
    expect(settingsNoteDetail({ kind: 'missing' })).toBeNull();
  });
});

describe('checkSettings', () => {
  it('reads a document from an earlier writer that leaves out optional keys, filling in the defaults', () => {
    // Every key but "version" is optional with a default, so what an older settings page wrote still reads.
    const checked = checkSettings({
      version: 1,
      modules: { Leads: { states: [{ value: 'Junk Lead', hidden: true }] }, Deals: {} },
    });
    expect(checked).toEqual({
      kind: 'valid',
      doc: {
        version: 1,
        modules: {
          Leads: {
            ...DEFAULT_MODULE_SETTINGS,
            states: [{ value: 'Junk Lead', hidden: true, closing: null, guidance: '' }],
          },
          Deals: { ...DEFAULT_MODULE_SETTINGS },
        },
      },
    });
    expect(checkSettings({ version: 1 })).toEqual({ kind: 'valid', doc: { version: 1, modules: {} } });
  });

  it('ignores keys it does not know, so an addition within a version does not break older readers', () => {
    const checked = checkSettings({ version: 1, theme: 'dark', modules: { Leads: { enabled: true, compact: true } } });
    expect(checked.kind).toBe('valid');
    expect(checked.kind === 'valid' && checked.doc.modules.Leads).toEqual({ ...DEFAULT_MODULE_SETTINGS });
  });

  it('rejects documents without a usable version', () => {
    for (const version of [undefined, 0, -1, 1.5, '1']) {
      expect(checkSettings({ version, modules: {} })).toEqual({
        kind: 'invalid',
        problems: ['"version" must be a whole number from 1'],
      });
    }
    expect(checkSettings([VALID])).toEqual({ kind: 'invalid', problems: ['the document is not a JSON object'] });
  });

  it('lists every wrong shape it finds', () => {
    const checked = checkSettings({
      version: 1,
      modules: {
        Leads: {
          processField: '',
          states: [
            { value: 'A', closing: 'maybe' },
            { hidden: true },
            { value: 'A' },
            { value: 'B', guidance: 'x'.repeat(MAX_GUIDANCE_LENGTH + 1) },
          ],
          hiddenTransitions: ['ok', '', 7],
          afterTransition: 'explode',
        },
        Deals: 'on',
        'not a module': {},
      },
    });
    expect(checked.kind).toBe('invalid');
    expect(checked.kind === 'invalid' && checked.problems).toEqual([
      'modules.Leads.processField must be a field API name or null',
      'modules.Leads.afterTransition must be one of stay, close, close-reload',
      'modules.Leads.states[0].closing must be "won", "lost" or null',
      'modules.Leads.states[1] must be an object with the state\'s "value"',
      'modules.Leads.states[2] repeats the state "A"',
      `modules.Leads.states[3].guidance is ${MAX_GUIDANCE_LENGTH + 1} characters long; the most is ${MAX_GUIDANCE_LENGTH}`,
      'modules.Leads.hiddenTransitions[1] must be a transition name of 1 to 200 characters',
      'modules.Leads.hiddenTransitions[2] must be a transition name of 1 to 200 characters',
      'modules.Deals must be an object',
      '"not a module" is not a module API name',
    ]);
  });

  it('never lets a module key reach the prototype', () => {
    const checked = checkSettings(JSON.parse('{"version": 1, "modules": {"__proto__": {"enabled": false}}}'));
    expect(checked.kind).toBe('invalid');
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it('rejects lists and modules that are not lists and objects', () => {
    expect(checkSettings({ version: 1, modules: [] }).kind).toBe('invalid');
    expect(
      checkSettings({ version: 1, modules: { Leads: { states: 'Junk Lead', hiddenTransitions: 'Mark as junk' } } }),
    ).toEqual({
      kind: 'invalid',
      problems: ['modules.Leads.states must be a list', 'modules.Leads.hiddenTransitions must be a list'],
    });
  });
});

describe('settingsForModule', () => {
  it('gives modules named like built-in object keys the defaults, never something inherited', () => {
    const doc = readSettings(stored(JSON.stringify(VALID))).doc;
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(settingsForModule(doc, name)).toEqual({ ...DEFAULT_MODULE_SETTINGS });
    }
  });

  it('reads a module really named "constructor" from its own entry', () => {
    const doc = readSettings(stored('{"version": 1, "modules": {"constructor": {"enabled": false}}}')).doc;
    expect(settingsForModule(doc, 'constructor')).toEqual({ ...DEFAULT_MODULE_SETTINGS, enabled: false });
    expect(settingsForModule(doc, 'toString')).toEqual({ ...DEFAULT_MODULE_SETTINGS });
  });

  it('gives a module with nothing stored the defaults: on, picklist order, nothing hidden, stay', () => {
    expect(settingsForModule({ version: 1, modules: {} }, 'Cases')).toEqual({
      enabled: true,
      processField: null,
      states: [],
      hiddenTransitions: [],
      afterTransition: 'stay',
    });
  });
});

describe('prepareWrite', () => {
  it('writes a valid document as JSON that reads back the same', () => {
    const prepared = prepareWrite(VALID);
    expect(prepared.ok).toBe(true);
    expect(prepared.ok && readSettings(stored(prepared.text))).toEqual({ doc: VALID, source: { kind: 'stored' } });
  });

  it('refuses a document that breaks the schema, with the problems', () => {
    const broken = { version: 1, modules: { Leads: { ...LEADS, afterTransition: 'explode' } } };
    // Schema problems are technical detail (JSON paths), left in English like a CRM error code.
    expect(prepareWrite(broken as never)).toEqual({
      ok: false,
      broken: [],
      problems: ['modules.Leads.afterTransition must be one of stay, close, close-reload'],
    });
  });

  it('refuses a path whose every stage is hidden', () => {
    const allHidden = {
      version: 1,
      modules: { Leads: { ...LEADS, states: LEADS.states.map((s) => ({ ...s, hidden: true })) } },
    };
    const prepared = prepareWrite(allHidden);
    expect(prepared).toMatchObject({ ok: false, problems: [] });
    expect(!prepared.ok && prepared.broken.map((m) => english(m))).toEqual([
      'Leads: at least one stage must show on the path',
    ]);
  });
});

describe('a stage\'s expected days (issue 25, "A time limit per stage")', () => {
  const withDays = (expectedDays: unknown) => ({
    version: 1,
    modules: { Deals: { states: [{ value: 'Proposal', guidance: 'Send it.', expectedDays }] } },
  });

  it("keeps whole days from 1 to 3650, in the stage's own entry", () => {
    for (const days of [1, 10, 3650]) {
      const read = readSettings(stored(JSON.stringify(withDays(days))));
      expect(read.source).toEqual({ kind: 'stored' });
      expect(settingsForModule(read.doc, 'Deals').states[0]).toEqual({
        value: 'Proposal',
        hidden: false,
        closing: null,
        guidance: 'Send it.',
        expectedDays: days,
      });
    }
  });

  it('leaves the key out when a stage has none, so older documents read as before', () => {
    const read = readSettings(stored(JSON.stringify(VALID)));
    expect(read.doc.modules.Leads!.states.some((s) => 'expectedDays' in s)).toBe(false);
  });

  it('ignores a wrong value with a note for admins, keeping the rest of the stage', () => {
    for (const wrong of [0, -3, 3651, 2.5, '10', null, true]) {
      const read = readSettings(stored(JSON.stringify(withDays(wrong))));
      expect(settingsForModule(read.doc, 'Deals').states[0]).toEqual({
        value: 'Proposal',
        hidden: false,
        closing: null,
        guidance: 'Send it.',
      });
      expect(settingsNote(read.source)).toMatch(
        /ignored.*\(modules\.Deals\.states\[0\]\.expectedDays must be a whole number of days from 1 to 3650\)$/,
      );
      expect(ignoredSettingsMessages(read.source).map((m) => english(m))).toEqual([
        'Ignored for Deals: the expected days for the stage “Proposal”.',
      ]);
    }
  });

  it('refuses to save days typed out of range, in words naming the module and stage', () => {
    const doc = {
      version: 1,
      modules: {
        Deals: {
          ...DEFAULT_MODULE_SETTINGS,
          states: [{ value: 'Proposal', hidden: false, closing: null, guidance: '', expectedDays: 4000 }],
        },
      },
    };
    const prepared = prepareWrite(doc);
    expect(prepared).toMatchObject({ ok: false, problems: [] });
    expect(!prepared.ok && prepared.broken.map((m) => english(m))).toEqual([
      'Deals: the expected days for “Proposal” must be a whole number from 1 to 3650',
    ]);
    const fixed = prepareWrite({
      ...doc,
      modules: { Deals: { ...doc.modules.Deals, states: [{ ...doc.modules.Deals.states[0]!, expectedDays: 10 }] } },
    });
    expect(fixed.ok && JSON.parse(fixed.text).modules.Deals.states[0].expectedDays).toBe(10);
  });
});
