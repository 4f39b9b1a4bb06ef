import { describe, expect, it } from 'vitest';
import { checkKeyFields, keyFieldsOf, readWithKeyFields } from '../../../src/settings/key-fields.ts';
import { salvageSettings, type StateSettings } from '../../../src/settings/settings-schema.ts';
import { ignoredSettingsMessages } from '../../../src/settings/settings-note-text.ts';
import { prepareWrite } from '../../../src/settings/settings-write.ts';
import { readSettings } from '../../../src/crm/decode/settings-variable.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';
import en from '../../../src/translations/en.json';

const english = createTranslator('en', en, {});
const state = (keyFields: unknown): StateSettings => ({
  value: 'Qualification',
  hidden: false,
  closing: null,
  guidance: '',
  keyFields,
});
/** What an admin reads about each key field left out. */
const notes = (keyFields: unknown, known?: string[]) =>
  ignoredSettingsMessages({
    kind: 'partial',
    ignored: checkKeyFields('Deals', state(keyFields), known ? new Set(known) : null).ignored,
    problems: [],
  }).map((m) => english(m));

describe('a stage’s key fields', () => {
  it('are the API names as stored, in the admin’s order, with nothing to note', () => {
    expect(checkKeyFields('Deals', state(['Next_Step', 'Amount']))).toEqual({
      names: ['Next_Step', 'Amount'],
      problems: [],
      ignored: [],
    });
  });

  it('are none when the stage has none', () => {
    expect(keyFieldsOf(state(undefined))).toEqual([]);
    expect(notes(undefined)).toEqual([]);
  });

  it('are none when they are not a list, with one note', () => {
    expect(keyFieldsOf(state('Amount'))).toEqual([]);
    expect(notes('Amount')).toEqual([
      'Ignored for Deals: the key fields of the stage “Qualification”, which are not a list.',
    ]);
  });

  it('leave out an entry that is no field’s API name or repeats one, one note each', () => {
    expect(keyFieldsOf(state(['Amount', 42, 'Next Step', 'Amount', 'Probability']))).toEqual(['Amount', 'Probability']);
    expect(notes(['Amount', 42, 'Next Step', 'Amount'])).toEqual([
      'Ignored for Deals: key field 2 of the stage “Qualification”, which is not a field’s API name or repeats one.',
      'Ignored for Deals: key field 3 of the stage “Qualification”, which is not a field’s API name or repeats one.',
      'Ignored for Deals: key field 4 of the stage “Qualification”, which is not a field’s API name or repeats one.',
    ]);
  });

  it('keep the first five of more, with one note', () => {
    const six = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'];
    expect(keyFieldsOf(state(six))).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(notes(six)).toEqual([
      'Ignored for Deals: the key fields of the stage “Qualification” after the first five.',
    ]);
  });

  it('leave out a field the module’s field list lacks, naming it, once the list is known', () => {
    expect(keyFieldsOf(state(['Amount', 'Old_Field']), new Set(['Amount']))).toEqual(['Amount']);
    expect(notes(['Amount', 'Old_Field'], ['Amount'])).toEqual([
      'Ignored for Deals: the key field “Old_Field” of the stage “Qualification”, which the module does not have.',
    ]);
    // Without the field list nothing is called unknown.
    expect(keyFieldsOf(state(['Amount', 'Old_Field']))).toEqual(['Amount', 'Old_Field']);
  });
});

const stored = (doc: unknown) => ({ Success: { Content: JSON.stringify(doc) } });
const deals = (keyFields: unknown) => ({
  version: 1,
  modules: { Deals: { states: [{ value: 'Qualification', keyFields }, { value: 'Needs Analysis' }] } },
});

describe('key fields in the settings document', () => {
  it('pass the first screen’s read as stored, unchecked: their check loads with the panel', () => {
    const read = salvageSettings(deals('not a list'));
    expect(read.kind === 'document' && read.doc.modules.Deals!.states[0]!.keyFields).toBe('not a list');
    expect(read.kind === 'document' && read.problems).toEqual([]);
  });

  it('are checked on the settings page’s read: the rest stays in use and the note names what was left out', () => {
    const read = readWithKeyFields(readSettings(stored(deals(['Amount', 'Next Step']))));
    expect(read.doc.modules.Deals!.states[0]!.keyFields).toEqual(['Amount']);
    expect(read.doc.modules.Deals!.states[1]).not.toHaveProperty('keyFields');
    expect(read.source.kind).toBe('partial');
    expect(ignoredSettingsMessages(read.source).map((m) => english(m))).toEqual([
      'Ignored for Deals: key field 2 of the stage “Qualification”, which is not a field’s API name or repeats one.',
    ]);
  });

  it('read back as written, and a document that holds a wrong entry is refused before it is written', () => {
    const read = readWithKeyFields(readSettings(stored(deals(['Amount', 'Next_Step']))));
    expect(read.source).toEqual({ kind: 'stored' });
    const write = prepareWrite(read.doc);
    expect(write.ok && JSON.parse(write.text).modules.Deals.states[0].keyFields).toEqual(['Amount', 'Next_Step']);
    const bad = prepareWrite(readSettings(stored(deals({ Amount: true }))).doc);
    expect(bad).toEqual({
      ok: false,
      broken: [],
      problems: ['modules.Deals.states["Qualification"].keyFields must be a list of field API names'],
    });
  });
});
