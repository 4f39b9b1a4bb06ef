/**
 * The admin settings document: its types, its defaults, and a hand-rolled check used on read (the widget, the
 * settings page) and on write (the settings page). Pure: no Preact, no SDK.
 *
 * Stored as one CRM variable (docs/zoho-sdk.md, "Settings variable") holding JSON:
 *   { "version": 1, "modules": { "Leads": { "enabled": true, "processField": "Lead_Status", "states": [...],
 *     "hiddenTransitions": [...], "afterTransition": "stay" } } }
 * Versions only ever add optional keys with a default, so a document an older settings page wrote reads as is;
 * a change that cannot be read that way must bump SETTINGS_VERSION and convert older documents in checkSettings.
 */
import { obj } from '../blueprint/read-json.ts';
import type { PackedDefinition } from './process-definition.ts';

/** The CRM variable (`<namespace>__<name>`) that holds the settings; the extension's namespace is `bpstepper`. */
export const SETTINGS_VARIABLE = 'bpstepper__settings';

/** The newest document format this build reads and the only one it writes. */
export const SETTINGS_VERSION = 1;

/** Our own cap on one stage's guidance, to keep the variable small (Zoho's own limit is not in our references). */
export const MAX_GUIDANCE_LENGTH = 2000;

/** The most days a stage's expected time may be set to (about ten years). */
export const MAX_EXPECTED_DAYS = 3650;

/** Our own cap on a transition name typed by the admin. */
export const MAX_TRANSITION_NAME_LENGTH = 200;

/** What the widget does after a rep completes a transition. */
export const AFTER_TRANSITION = ['stay', 'close', 'close-reload'] as const;

/** `stay`: show the next steps; `close`: close the popup; `close-reload`: close it and reload the record page. */
export type AfterTransition = (typeof AFTER_TRANSITION)[number];

/** A closing stage ends the process one way or the other; the path shows it apart at the end. */
export type ClosingKind = 'won' | 'lost';

/** The admin's choices for one state of the process field. */
export interface StateSettings {
  /** The state's picklist value (`actual_value`); its label matches too, for paths built from labels. */
  value: string;
  /** Left out of the path (the record's current state always shows, marked as normally hidden). */
  hidden: boolean;
  closing: ClosingKind | null;
  /** Plain text for the rep at this state; line breaks and http(s) links are kept, nothing else is markup. */
  guidance: string;
  /**
   * The days a record is expected to stay in this state (whole, 1 to MAX_EXPECTED_DAYS); left out when not set,
   * and then Zoho's escalation period for the state, where it gives one, applies (blueprint/stage-time.ts).
   */
  expectedDays?: number;
  /**
   * The fields shown and edited with the path while the record is in this state (issue 25), as stored: read it
   * with `keyFieldsOf` (settings/key-fields.ts), which checks it. The first screen only carries it along: its
   * check loads with the key fields' panel and the settings page. Undefined when the admin chose none.
   */
  keyFields?: unknown;
}

/** The admin's choices for one module. */
export interface ModuleSettings {
  /** Off: the widget says politely that it is not enabled for this module. */
  enabled: boolean;
  /** API name of the picklist the module's blueprint runs on; `states` belong to it. Null: not chosen. */
  processField: string | null;
  /** States in the admin's order; states not listed follow in the picklist's order, names not in it are ignored. */
  states: StateSettings[];
  /**
   * Transition names the widget leaves out, matched without regard to case or extra spaces, and transition ids
   * (where the blueprint's definition was read, the settings page hides by id: a name of digits only is an id).
   */
  hiddenTransitions: string[];
  afterTransition: AfterTransition;
  /**
   * Per blueprint (`process_info.id`): its name, its definition as read on the settings page, and the admin's
   * choices for it; a choice it leaves out takes the module's. Left out: none (README, "Settings per process").
   */
  processes?: Record<string, ProcessSettings>;
}

/** The admin's choices for one process (blueprint), over the module's, with what its definition says. */
export interface ProcessSettings {
  /** The blueprint's name, for the settings page. */
  name: string;
  /** Its definition, packed (settings/process-definition.ts); left out when it was not read. */
  def?: PackedDefinition;
  states?: StateSettings[];
  hiddenTransitions?: string[];
  afterTransition?: AfterTransition;
}

/** The choices a process may set over its module's. */
export const PROCESS_CHOICES = ['states', 'hiddenTransitions', 'afterTransition'] as const;

/**
 * The settings for a record in process `id`: the module's, with the process's own choices over them and its
 * definition where one was read. Only the module's own entries count, as for modules.
 */
export function settingsForProcess(m: ModuleSettings, id: string): ModuleSettings & { def?: PackedDefinition } {
  const p = m.processes && Object.hasOwn(m.processes, id) ? m.processes[id] : undefined;
  if (!p) return m;
  const { name: _name, ...own } = p;
  return { ...m, ...own };
}

/** The whole document, keyed by module API name. */
export interface SettingsDoc {
  version: number;
  modules: Record<string, ModuleSettings>;
}

/** A module with nothing stored: on, the picklist's order, nothing hidden, stay after a transition. */
export const DEFAULT_MODULE_SETTINGS: Readonly<ModuleSettings> = Object.freeze({
  enabled: true,
  processField: null,
  states: [],
  hiddenTransitions: [],
  afterTransition: 'stay',
});

/** A document with nothing in it: every module takes DEFAULT_MODULE_SETTINGS. */
export function defaultSettings(): SettingsDoc {
  return { version: SETTINGS_VERSION, modules: {} };
}

/**
 * One module's settings, or the defaults when the document has none for it. Only the document's own entries
 * count: a module called `constructor` or `toString` must not find what every object inherits.
 */
export function settingsForModule(doc: SettingsDoc, module: string): ModuleSettings {
  const own = Object.hasOwn(doc.modules, module) ? doc.modules[module] : undefined;
  return own ?? { ...DEFAULT_MODULE_SETTINGS, states: [], hiddenTransitions: [] };
}

/** What checking a parsed document came to. */
export type CheckResult =
  | { kind: 'valid'; doc: SettingsDoc }
  | { kind: 'invalid'; problems: string[] }
  /** Written by a newer build: its meaning may have changed, so this build does not guess. */
  | { kind: 'newer'; version: number };

/**
 * One stored setting that could not be used and takes its default instead, named for the admins' note: the
 * module (its API name as stored) and what was left out. `state` names a stage, `position` counts from 1.
 */
export type IgnoredSetting =
  | {
      module: string;
      what:
        'module' | 'notModuleName' | 'enabled' | 'processField' | 'afterTransition' | 'states' | 'hiddenTransitions';
    }
  | { module: string; what: 'state' | 'hiddenTransition'; position: number }
  /** A process entry (or its definition) that could not be used, named by its id. */
  | { module: string; what: 'process'; process: string }
  | {
      module: string;
      what: 'stateRepeated' | 'stateHidden' | 'stateClosing' | 'stateGuidance' | 'stateExpectedDays';
      state: string;
    }
  /** Key fields (settings/key-fields.ts): not a list, more than five, an entry that names no field, an unknown field. */
  | { module: string; what: 'stateKeyFields' | 'stateKeyFieldsOverMax'; state: string }
  | { module: string; what: 'stateKeyField'; state: string; position: number }
  | { module: string; what: 'stateKeyFieldUnknown'; state: string; field: string };

/** What reading a parsed document found: the usable part, and what was left out (technical and for the note). */
export type Salvage =
  | { kind: 'document'; doc: SettingsDoc; problems: string[]; ignored: IgnoredSetting[] }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'newer'; version: number };

/** The problems found so far: technical text (English, for the details line) and what each made the reader leave out. */
class Findings {
  readonly problems: string[] = [];
  readonly ignored: IgnoredSetting[] = [];
  add(problem: string, ignored: IgnoredSetting): void {
    this.problems.push(problem);
    this.ignored.push(ignored);
  }
}

// Zoho API names start with a letter; this also keeps keys such as "__proto__" out of the modules object.
const MODULE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
// Zoho ids are digits; a process's key must be one, which keeps "__proto__" out too.
const PROCESS_ID = /^[0-9]{1,30}$/;

/**
 * Checks a parsed document against the schema and returns it normalised (defaults filled in, unknown keys
 * dropped). Keys added by a later version of the same format are ignored; a wrong type is a problem. Strict:
 * used before a write, where any problem refuses the document.
 */
export function checkSettings(value: unknown): CheckResult {
  const read = salvageSettings(value);
  if (read.kind !== 'document') return read;
  return read.problems.length > 0 ? { kind: 'invalid', problems: read.problems } : { kind: 'valid', doc: read.doc };
}

/**
 * Reads a parsed document keeping every part that is usable: a key of the wrong type takes its default, a
 * module that is not an object takes the module defaults, and each is listed in `ignored`. Only a document
 * that is no object, has no usable version or no modules object is unusable as a whole.
 */
export function salvageSettings(value: unknown): Salvage {
  const root = obj(value);
  if (!root) return { kind: 'invalid', problems: ['the document is not a JSON object'] };
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', problems: ['"version" must be a whole number from 1'] };
  }
  if (version > SETTINGS_VERSION) return { kind: 'newer', version };
  const rawModules = root.modules === undefined ? {} : obj(root.modules);
  if (!rawModules) return { kind: 'invalid', problems: ['"modules" must be an object keyed by module API name'] };
  const found = new Findings();
  const modules: Record<string, ModuleSettings> = {};
  for (const [name, raw] of Object.entries(rawModules)) {
    if (!MODULE_NAME.test(name)) {
      found.add(`"${name.slice(0, 40)}" is not a module API name`, {
        module: name.slice(0, 40),
        what: 'notModuleName',
      });
      continue;
    }
    const module = checkModule(raw, name, found);
    if (module) modules[name] = module;
  }
  return {
    kind: 'document',
    doc: { version: SETTINGS_VERSION, modules },
    problems: found.problems,
    ignored: found.ignored,
  };
}

function checkModule(raw: unknown, name: string, found: Findings): ModuleSettings | null {
  const at = `modules.${name}`;
  const m = obj(raw);
  if (!m) {
    found.add(`${at} must be an object`, { module: name, what: 'module' });
    return null;
  }
  const key = (what: 'enabled' | 'processField' | 'afterTransition'): IgnoredSetting => ({ module: name, what });
  const enabled = optional(m.enabled, true, isBoolean, `${at}.enabled must be true or false`, key('enabled'), found);
  const processField = optional(
    m.processField,
    null,
    isNameOrNull,
    `${at}.processField must be a field API name or null`,
    key('processField'),
    found,
  );
  const afterTransition = optional(
    m.afterTransition,
    'stay',
    isAfterTransition,
    `${at}.afterTransition must be one of ${AFTER_TRANSITION.join(', ')}`,
    key('afterTransition'),
    found,
  );
  const states: StateSettings[] = [];
  if (m.states !== undefined && !Array.isArray(m.states))
    found.add(`${at}.states must be a list`, { module: name, what: 'states' });
  const seen = new Set<string>();
  (Array.isArray(m.states) ? m.states : []).forEach((s, i) => {
    const state = checkState(s, name, i, found);
    if (!state) return;
    if (seen.has(state.value)) {
      // The first entry for a state is the one in use; a repeat is left out.
      found.add(`${at}.states[${i}] repeats the state "${state.value}"`, {
        module: name,
        what: 'stateRepeated',
        state: state.value,
      });
      return;
    }
    seen.add(state.value);
    states.push(state);
  });
  const hiddenTransitions: string[] = [];
  if (m.hiddenTransitions !== undefined && !Array.isArray(m.hiddenTransitions))
    found.add(`${at}.hiddenTransitions must be a list`, { module: name, what: 'hiddenTransitions' });
  (Array.isArray(m.hiddenTransitions) ? m.hiddenTransitions : []).forEach((t, i) => {
    if (typeof t !== 'string' || t.trim() === '' || t.length > MAX_TRANSITION_NAME_LENGTH) {
      found.add(
        `${at}.hiddenTransitions[${i}] must be a transition name of 1 to ${MAX_TRANSITION_NAME_LENGTH} characters`,
        { module: name, what: 'hiddenTransition', position: i + 1 },
      );
    } else hiddenTransitions.push(t.trim());
  });
  const module: ModuleSettings = { enabled, processField, states, hiddenTransitions, afterTransition };
  // A process's entry is read as a module's; only the choices it sets are its own. One that is unusable is left
  // out and named, as is a definition that is (its states are what the first screen reads: defined-states.ts).
  for (const [id, raw] of Object.entries(obj(m.processes) ?? {})) {
    const p = obj(raw);
    const d = obj(p?.def);
    const def = d && isString(d.f) && Array.isArray(d.s) && d.s.every(isString) && Array.isArray(d.t) ? d : null;
    const usable = p && PROCESS_ID.test(id) && isString(p.name);
    if (!usable || (p.def !== undefined && !def))
      found.add(`${at}.processes.${id.slice(0, 40)} is unusable`, {
        module: name,
        what: 'process',
        process: id.slice(0, 40),
      });
    if (!usable) continue;
    const choices = checkModule(p, name, found)!;
    const process: ProcessSettings = { name: p.name as string };
    if (def) process.def = def as unknown as PackedDefinition;
    for (const key of PROCESS_CHOICES) if (p[key] !== undefined) Object.assign(process, { [key]: choices[key] });
    (module.processes ??= {})[id] = process;
  }
  return module;
}

function checkState(raw: unknown, module: string, i: number, found: Findings): StateSettings | null {
  const at = `modules.${module}.states[${i}]`;
  const s = obj(raw);
  if (!s || typeof s.value !== 'string' || s.value.trim() === '') {
    found.add(`${at} must be an object with the state's "value"`, { module, what: 'state', position: i + 1 });
    return null;
  }
  const state = s.value;
  const hidden = optional(
    s.hidden,
    false,
    isBoolean,
    `${at}.hidden must be true or false`,
    { module, what: 'stateHidden', state },
    found,
  );
  const closing = optional(
    s.closing,
    null,
    isClosing,
    `${at}.closing must be "won", "lost" or null`,
    { module, what: 'stateClosing', state },
    found,
  );
  let guidance = optional(
    s.guidance,
    '',
    isString,
    `${at}.guidance must be text`,
    { module, what: 'stateGuidance', state },
    found,
  );
  if (guidance.length > MAX_GUIDANCE_LENGTH) {
    found.add(`${at}.guidance is ${guidance.length} characters long; the most is ${MAX_GUIDANCE_LENGTH}`, {
      module,
      what: 'stateGuidance',
      state,
    });
    guidance = '';
  }
  const expectedDays = optional(
    s.expectedDays,
    undefined,
    isExpectedDays,
    `${at}.expectedDays must be a whole number of days from 1 to ${MAX_EXPECTED_DAYS}`,
    { module, what: 'stateExpectedDays', state },
    found,
  );
  // Key fields are carried as stored: checked where they are used (settings/key-fields.ts), so the first screen
  // does not carry the check.
  return { value: state, hidden, closing, guidance, keyFields: s.keyFields, ...(expectedDays ? { expectedDays } : {}) };
}

/** The value, or the fallback when the key is absent; a present value of the wrong type is a problem and takes the fallback. */
function optional<T>(
  value: unknown,
  fallback: T,
  is: (v: unknown) => v is T,
  problem: string,
  ignored: IgnoredSetting,
  found: Findings,
): T {
  if (value === undefined) return fallback;
  if (is(value)) return value;
  found.add(problem, ignored);
  return fallback;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';
const isNameOrNull = (v: unknown): v is string | null => v === null || (typeof v === 'string' && v.trim() !== '');
const isClosing = (v: unknown): v is ClosingKind | null => v === null || v === 'won' || v === 'lost';
/** Whether a stage's expected time is whole days from 1 to MAX_EXPECTED_DAYS (also what the settings page accepts). */
export const isExpectedDays = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_EXPECTED_DAYS;
const isAfterTransition = (v: unknown): v is AfterTransition => (AFTER_TRANSITION as readonly unknown[]).includes(v);

/** Where the settings in use came from; every kind but `stored` means the defaults are in use. */
export type SettingsSource =
  | { kind: 'stored' }
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'invalid'; problem: string }
  /** In use, but some settings could not be read and take their defaults: `ignored` names them, `problems` says why. */
  | { kind: 'partial'; ignored: IgnoredSetting[]; problems: string[] }
  | { kind: 'newer'; version: number }
  /** The CRM call failed; `reason` is short technical text for the note. */
  | { kind: 'unreadable'; reason: string };

/** The settings to use and where they came from. */
export interface SettingsRead {
  doc: SettingsDoc;
  source: SettingsSource;
}

/** The defaults, when the settings call itself failed. */
export function unreadableSettings(reason: string): SettingsRead {
  return fallback({ kind: 'unreadable', reason });
}

function fallback(source: SettingsSource): SettingsRead {
  return { doc: defaultSettings(), source };
}
