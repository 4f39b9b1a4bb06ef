/**
 * The admin settings document: its types, its defaults, and a hand-rolled check used on read (the widget, the
 * settings page) and on write (the settings page). Pure: no Preact, no SDK.
 *
 * Stored as one CRM variable (docs/zoho-sdk.md, "Settings variable") holding JSON:
 *   { "version": 1, "modules": { "Leads": { "enabled": true, "processField": "Lead_Status", "states": [...],
 *     "hiddenTransitions": [...], "afterTransition": "stay" } } }
 * Versions only ever add optional keys with a default, so a document an older settings page wrote reads as is;
 * a change that cannot be read that way must bump SETTINGS_VERSION and convert older documents in readSettings.
 */
import { obj } from '../blueprint/read-json.ts';
import { msg, type Message } from '../i18n/message.ts';

/** The CRM variable (`<namespace>__<name>`) that holds the settings; the extension's namespace is `bpstepper`. */
export const SETTINGS_VARIABLE = 'bpstepper__settings';

/** The newest document format this build reads and the only one it writes. */
export const SETTINGS_VERSION = 1;

/** Our own cap on one stage's guidance, to keep the variable small (Zoho's own limit is not in our references). */
export const MAX_GUIDANCE_LENGTH = 2000;

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
}

/** The admin's choices for one module. */
export interface ModuleSettings {
  /** Off: the widget says politely that it is not enabled for this module. */
  enabled: boolean;
  /** API name of the picklist the module's blueprint runs on; `states` belong to it. Null: not chosen. */
  processField: string | null;
  /** States in the admin's order; states not listed follow in the picklist's order, names not in it are ignored. */
  states: StateSettings[];
  /** Transition names the widget leaves out, matched without regard to case or extra spaces. */
  hiddenTransitions: string[];
  afterTransition: AfterTransition;
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

/** One module's settings, or the defaults when the document has none for it. */
export function settingsForModule(doc: SettingsDoc, module: string): ModuleSettings {
  return doc.modules[module] ?? { ...DEFAULT_MODULE_SETTINGS, states: [], hiddenTransitions: [] };
}

/** What checking a parsed document came to. */
export type CheckResult =
  | { kind: 'valid'; doc: SettingsDoc }
  | { kind: 'invalid'; problems: string[] }
  /** Written by a newer build: its meaning may have changed, so this build does not guess. */
  | { kind: 'newer'; version: number };

// Zoho API names start with a letter; this also keeps keys such as "__proto__" out of the modules object.
const MODULE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;

/**
 * Checks a parsed document against the schema and returns it normalised (defaults filled in, unknown keys
 * dropped). Keys added by a later version of the same format are ignored; a wrong type is a problem.
 */
export function checkSettings(value: unknown): CheckResult {
  const root = obj(value);
  if (!root) return { kind: 'invalid', problems: ['the document is not a JSON object'] };
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', problems: ['"version" must be a whole number from 1'] };
  }
  if (version > SETTINGS_VERSION) return { kind: 'newer', version };
  const problems: string[] = [];
  const modules: Record<string, ModuleSettings> = {};
  const rawModules = root.modules === undefined ? {} : obj(root.modules);
  if (!rawModules) problems.push('"modules" must be an object keyed by module API name');
  for (const [name, raw] of Object.entries(rawModules ?? {})) {
    if (!MODULE_NAME.test(name)) {
      problems.push(`"${name.slice(0, 40)}" is not a module API name`);
      continue;
    }
    const module = checkModule(raw, `modules.${name}`, problems);
    if (module) modules[name] = module;
  }
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'valid', doc: { version: SETTINGS_VERSION, modules } };
}

function checkModule(raw: unknown, at: string, problems: string[]): ModuleSettings | null {
  const m = obj(raw);
  if (!m) {
    problems.push(`${at} must be an object`);
    return null;
  }
  const enabled = optional(m.enabled, true, isBoolean, `${at}.enabled must be true or false`, problems);
  const processField = optional(m.processField, null, isNameOrNull, `${at}.processField must be a field API name or null`, problems);
  const afterTransition = optional(m.afterTransition, 'stay', isAfterTransition, `${at}.afterTransition must be one of ${AFTER_TRANSITION.join(', ')}`, problems);
  const states: StateSettings[] = [];
  if (m.states !== undefined && !Array.isArray(m.states)) problems.push(`${at}.states must be a list`);
  const seen = new Set<string>();
  (Array.isArray(m.states) ? m.states : []).forEach((s, i) => {
    const state = checkState(s, `${at}.states[${i}]`, problems);
    if (!state) return;
    if (seen.has(state.value)) problems.push(`${at}.states[${i}] repeats the state "${state.value}"`);
    seen.add(state.value);
    states.push(state);
  });
  const hiddenTransitions: string[] = [];
  if (m.hiddenTransitions !== undefined && !Array.isArray(m.hiddenTransitions)) problems.push(`${at}.hiddenTransitions must be a list`);
  (Array.isArray(m.hiddenTransitions) ? m.hiddenTransitions : []).forEach((t, i) => {
    if (typeof t !== 'string' || t.trim() === '' || t.length > MAX_TRANSITION_NAME_LENGTH) {
      problems.push(`${at}.hiddenTransitions[${i}] must be a transition name of 1 to ${MAX_TRANSITION_NAME_LENGTH} characters`);
    } else hiddenTransitions.push(t.trim());
  });
  return { enabled, processField, states, hiddenTransitions, afterTransition };
}

function checkState(raw: unknown, at: string, problems: string[]): StateSettings | null {
  const s = obj(raw);
  if (!s || typeof s.value !== 'string' || s.value.trim() === '') {
    problems.push(`${at} must be an object with the state's "value"`);
    return null;
  }
  const hidden = optional(s.hidden, false, isBoolean, `${at}.hidden must be true or false`, problems);
  const closing = optional(s.closing, null, isClosing, `${at}.closing must be "won", "lost" or null`, problems);
  const guidance = optional(s.guidance, '', isString, `${at}.guidance must be text`, problems);
  if (guidance.length > MAX_GUIDANCE_LENGTH) problems.push(`${at}.guidance is ${guidance.length} characters long; the most is ${MAX_GUIDANCE_LENGTH}`);
  return { value: s.value, hidden, closing, guidance };
}

/** The value, or the fallback when the key is absent; a present value of the wrong type is a problem. */
function optional<T>(value: unknown, fallback: T, is: (v: unknown) => v is T, problem: string, problems: string[]): T {
  if (value === undefined) return fallback;
  if (is(value)) return value;
  problems.push(problem);
  return fallback;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';
const isNameOrNull = (v: unknown): v is string | null => v === null || (typeof v === 'string' && v.trim() !== '');
const isClosing = (v: unknown): v is ClosingKind | null => v === null || v === 'won' || v === 'lost';
const isAfterTransition = (v: unknown): v is AfterTransition => (AFTER_TRANSITION as readonly unknown[]).includes(v);

/** Where the settings in use came from; every kind but `stored` means the defaults are in use. */
export type SettingsSource =
  | { kind: 'stored' }
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'invalid'; problem: string }
  | { kind: 'newer'; version: number }
  /** The CRM call failed; `reason` is short technical text for the note. */
  | { kind: 'unreadable'; reason: string };

/** The settings to use and where they came from. */
export interface SettingsRead {
  doc: SettingsDoc;
  source: SettingsSource;
}

/**
 * Reads a getOrgVariable answer: `{Success: {Content: "…json…"}}`, or `{Error: {Content}}` for a variable that
 * does not exist. Anything missing, empty, malformed or newer falls back to the defaults and says why.
 */
export function readSettings(answer: unknown): SettingsRead {
  const root = obj(answer);
  const success = root && 'Success' in root ? obj(root.Success) : null;
  if (!success) return fallback(root && 'Error' in root ? { kind: 'missing' } : { kind: 'unreadable', reason: 'the answer has no "Success"' });
  let content: unknown = success.Content;
  if (content === undefined || content === null || (typeof content === 'string' && content.trim() === '')) return fallback({ kind: 'empty' });
  if (typeof content === 'string') {
    try {
      content = JSON.parse(content);
    } catch {
      return fallback({ kind: 'not-json' });
    }
  }
  const checked = checkSettings(content);
  if (checked.kind === 'valid') return { doc: checked.doc, source: { kind: 'stored' } };
  if (checked.kind === 'newer') return fallback({ kind: 'newer', version: checked.version });
  return fallback({ kind: 'invalid', problem: checked.problems[0] ?? 'unknown problem' });
}

/** The defaults, when the settings call itself failed. */
export function unreadableSettings(reason: string): SettingsRead {
  return fallback({ kind: 'unreadable', reason });
}

function fallback(source: SettingsSource): SettingsRead {
  return { doc: defaultSettings(), source };
}

/**
 * For administrators: why the stored settings are not in use, as a message (keys `settings.note.*`); null when
 * they are. The technical reason (a schema problem, a failed call) is left out: settingsNoteDetail gives it, to
 * show apart and untranslated, like a CRM error code.
 */
export function settingsNoteMessage(source: SettingsSource): Message | null {
  switch (source.kind) {
    case 'stored':
      return null;
    case 'missing':
      return msg('settings.note.missing');
    case 'empty':
      return msg('settings.note.empty');
    case 'not-json':
      return msg('settings.note.notJson');
    case 'invalid':
      return msg('settings.note.invalid');
    case 'newer':
      return msg('settings.note.newer', { version: source.version, supported: SETTINGS_VERSION });
    case 'unreadable':
      return msg('settings.note.unreadable');
  }
}

/** The technical reason behind a settings note (English, for a support ticket), when there is one. */
export function settingsNoteDetail(source: SettingsSource): string | null {
  switch (source.kind) {
    case 'invalid':
      return source.problem;
    case 'unreadable':
      return source.reason;
    default:
      return null;
  }
}
