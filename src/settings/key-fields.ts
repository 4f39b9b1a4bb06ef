/**
 * A stage's key fields (issue 25): the fields a rep sees and edits with the path while the record is in that
 * stage, stored in the state's entry as `keyFields: ["Amount", "Next_Step"]` (API names, in the admin's order).
 * The first screen carries the stored value along unchecked (settings-schema.ts); this check loads with the key
 * fields' panel and the settings page. Pure.
 */
import type { IgnoredSetting, ModuleSettings, SettingsRead, StateSettings } from './settings-schema.ts';

/** The most key fields one stage shows (as Salesforce's Path). */
export const MAX_KEY_FIELDS = 5;

/** A field's API name, as Zoho's: a letter, then letters, digits and underscores. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;

/** What checking one state's key fields came to: the names in use, and what was left out (technical, and for the note). */
export interface KeyFieldsCheck {
  names: string[];
  problems: string[];
  ignored: IgnoredSetting[];
}

/**
 * A state's stored key fields, checked. Absent: none. Not a list: none (one note). An entry that is no API name,
 * or repeats one, is left out (a note each). Past MAX_KEY_FIELDS, the first five are kept (one note). `known`,
 * the module's field API names when its field list is in, leaves out the names it lacks (a note each).
 */
export function checkKeyFields(
  module: string,
  state: StateSettings,
  known: ReadonlySet<string> | null = null,
): KeyFieldsCheck {
  const out: KeyFieldsCheck = { names: [], problems: [], ignored: [] };
  const raw = state.keyFields;
  const at = `modules.${module}.states[${JSON.stringify(state.value)}].keyFields`;
  const add = (problem: string, ignored: IgnoredSetting) => (out.problems.push(problem), out.ignored.push(ignored));
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) {
    add(`${at} must be a list of field API names`, { module, what: 'stateKeyFields', state: state.value });
    return out;
  }
  raw.forEach((name: unknown, i) => {
    if (typeof name !== 'string' || !FIELD_NAME.test(name) || out.names.includes(name))
      add(`${at}[${i}] must be a field API name, given once`, {
        module,
        what: 'stateKeyField',
        state: state.value,
        position: i + 1,
      });
    else if (known && !known.has(name))
      add(`${at}[${i}]: the module has no field "${name}"`, {
        module,
        what: 'stateKeyFieldUnknown',
        state: state.value,
        field: name,
      });
    else out.names.push(name);
  });
  if (out.names.length > MAX_KEY_FIELDS) {
    add(`${at} names ${out.names.length} fields; the most is ${MAX_KEY_FIELDS}`, {
      module,
      what: 'stateKeyFieldsOverMax',
      state: state.value,
    });
    out.names = out.names.slice(0, MAX_KEY_FIELDS);
  }
  return out;
}

/** A state's usable key fields (checkKeyFields' names), for the widget and the settings page's editor. */
export function keyFieldsOf(state: StateSettings, known: ReadonlySet<string> | null = null): string[] {
  return checkKeyFields('', state, known).names;
}

/** A module's settings with every state's key fields checked: the names in use, or no key when none are. */
export function withCheckedKeyFields(
  module: string,
  settings: ModuleSettings,
): { settings: ModuleSettings } & Omit<KeyFieldsCheck, 'names'> {
  const problems: string[] = [];
  const ignored: IgnoredSetting[] = [];
  const states = settings.states.map((s) => {
    const check = checkKeyFields(module, s);
    problems.push(...check.problems);
    ignored.push(...check.ignored);
    const { keyFields: _stored, ...rest } = s;
    return check.names.length > 0 ? { ...rest, keyFields: check.names } : rest;
  });
  return { settings: { ...settings, states }, problems, ignored };
}

/**
 * The settings as read, with every module's key fields checked (the settings page's read and its save): what
 * was left out joins the note's list, and settings that were all in use become `partial` when any was.
 */
export function readWithKeyFields(read: SettingsRead): SettingsRead {
  const problems: string[] = [];
  const ignored: IgnoredSetting[] = [];
  const modules = Object.fromEntries(
    Object.entries(read.doc.modules).map(([name, m]) => {
      const checked = withCheckedKeyFields(name, m);
      problems.push(...checked.problems);
      ignored.push(...checked.ignored);
      return [name, checked.settings];
    }),
  );
  const doc = { ...read.doc, modules };
  if (ignored.length === 0) return { ...read, doc };
  const before = read.source.kind === 'partial' ? read.source : { ignored: [], problems: [] };
  return {
    doc,
    source: { kind: 'partial', ignored: [...before.ignored, ...ignored], problems: [...before.problems, ...problems] },
  };
}
