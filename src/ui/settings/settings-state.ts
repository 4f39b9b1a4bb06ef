import type { CrmError } from '../../crm/crm-error.ts';
import type {
  BlueprintsRead,
  FieldsLoad,
  KeyFieldChoice,
  SaveResult,
  SettingsAccess,
  SettingsPageLoad,
} from '../../flow/settings-page.ts';
import { editProcess, processFieldFor, storeDefinitions } from '../../settings/process-edits.ts';
import { SETTINGS_VARIABLE_LIMIT } from '../../settings/settings-write.ts';
import { msg, type Message } from '../../i18n/message.ts';
import { chooseProcessField, type ModuleInfo, type PicklistField } from '../../settings/crm-metadata.ts';
import { describeChanges } from '../../settings/settings-diff.ts';
import { editModule, wholeStates, type ModuleEdit, type ProcessFieldInUse } from '../../settings/module-edits.ts';
import {
  defaultSettings,
  settingsForModule,
  type ModuleSettings,
  type SettingsDoc,
  type SettingsSource,
} from '../../settings/settings-schema.ts';

/** Where the page stands, as one tagged union. */
export type PageStatus = { status: 'loading' } | { status: 'failed'; error: CrmError } | { status: 'ready' };

/** One module's picklist fields, loaded when the admin first opens the module. */
export type FieldsState =
  | { status: 'loading' }
  | { status: 'failed'; error: CrmError }
  | { status: 'ready'; picklists: PicklistField[]; names: string[]; keyFieldChoices: KeyFieldChoice[] };

/** The last save and how it went. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  /** Refused before writing: saving rules broken (in words), schema problems (technical detail, English). */
  | { status: 'invalid'; broken: Message[]; problems: string[] }
  | { status: 'failed'; error: CrmError }
  /** `matches` is false when the CRM read back something else than what was written. */
  | { status: 'saved'; matches: boolean }
  | { status: 'unverified'; error: CrmError };

/** Reading the blueprints' definitions through the connection (README, "Blueprint definitions"). */
export type BlueprintsState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'failed'; error: CrmError }
  /** Read and put in the draft: how many, those left out for want of room, and those that could not be read, by name. */
  | { status: 'read'; count: number; leftOut: string[]; unreadable: string[] };

/** All the settings page's state. */
export interface SettingsPageState {
  page: PageStatus;
  modules: ModuleInfo[];
  /** What the CRM holds (the defaults when nothing usable is stored), and where it came from. */
  stored: SettingsDoc;
  source: SettingsSource;
  /** Only an administrator edits; anyone else sees the settings read-only (README, "Security"). */
  access: SettingsAccess;
  /** The admin's edits: the document a save writes. */
  draft: SettingsDoc;
  selected: string | null;
  /** By module API name: a Map, so a module called `constructor` finds nothing it did not put there. */
  fields: ReadonlyMap<string, FieldsState>;
  save: SaveState;
  blueprints: BlueprintsState;
  /** Per module, the process (blueprint id) whose settings the admin edits; none: the module's, the defaults. */
  editing: ReadonlyMap<string, string>;
  /** A short line for screen readers after a change they cannot see, such as a stage moving. */
  announcement: Message | null;
}

/** Everything that can happen on the settings page. */
export type SettingsAction =
  | { type: 'loading' }
  | { type: 'loaded'; result: SettingsPageLoad }
  | { type: 'select'; module: string }
  | { type: 'fields-loading'; module: string }
  | { type: 'fields-loaded'; module: string; result: FieldsLoad }
  | { type: 'edit'; module: string; edit: ModuleEdit }
  | { type: 'discard' }
  | { type: 'save-start' }
  | { type: 'save-done'; result: SaveResult }
  | { type: 'blueprints-reading' }
  | { type: 'blueprints-done'; result: BlueprintsRead }
  /** Which settings of the module the admin edits: a process's (its id), or the module's (null). */
  | { type: 'edit-scope'; module: string; process: string | null };

/** The state the page starts in. */
export const initialSettingsState: SettingsPageState = {
  page: { status: 'loading' },
  modules: [],
  stored: defaultSettings(),
  source: { kind: 'missing' },
  access: 'unknown',
  draft: defaultSettings(),
  selected: null,
  fields: new Map(),
  save: { status: 'idle' },
  blueprints: { status: 'idle' },
  editing: new Map(),
  announcement: null,
};

/** The one place the settings page's state changes. */
export function reduceSettings(state: SettingsPageState, action: SettingsAction): SettingsPageState {
  switch (action.type) {
    case 'loading':
      return { ...state, page: { status: 'loading' } };
    case 'loaded': {
      const r = action.result;
      if (r.kind === 'failed') return { ...state, page: { status: 'failed', error: r.error } };
      const selected = state.selected ?? r.modules[0]?.apiName ?? null;
      return {
        ...state,
        page: { status: 'ready' },
        modules: r.modules,
        stored: r.read.doc,
        source: r.read.source,
        access: r.access,
        draft: r.read.doc,
        selected,
        save: { status: 'idle' },
      };
    }
    case 'select':
      return { ...state, selected: action.module };
    case 'fields-loading':
      return { ...state, fields: new Map(state.fields).set(action.module, { status: 'loading' }) };
    case 'fields-loaded': {
      const r = action.result;
      const next: FieldsState =
        r.kind === 'ready'
          ? { status: 'ready', picklists: r.picklists, names: r.names, keyFieldChoices: r.keyFieldChoices }
          : { status: 'failed', error: r.error };
      return { ...state, fields: new Map(state.fields).set(action.module, next) };
    }
    case 'edit': {
      if (state.save.status === 'saving' || state.access !== 'admin') return state;
      const before = settingsForModule(state.draft, action.module);
      const field = processFieldInUse(state, action.module);
      const process = state.editing.get(action.module);
      const after = process ? editProcess(before, process, action.edit, field) : editModule(before, action.edit, field);
      if (after === before) return state;
      const draft = { ...state.draft, modules: { ...state.draft.modules, [action.module]: after } };
      // A failed save stays on screen until the next attempt; any other outcome is old news after an edit.
      const save = state.save.status === 'failed' ? state.save : { status: 'idle' as const };
      return { ...state, draft, save, announcement: announce(action.edit, after, field) };
    }
    case 'discard':
      return state.save.status === 'saving'
        ? state
        : { ...state, draft: state.stored, save: { status: 'idle' }, announcement: msg('settings.announce.discarded') };
    case 'save-start':
      return state.save.status === 'saving' ? state : { ...state, save: { status: 'saving' } };
    case 'save-done':
      return afterSave(state, action.result);
    case 'blueprints-reading':
      return { ...state, blueprints: { status: 'reading' } };
    case 'blueprints-done': {
      const r = action.result;
      if (r.kind === 'failed') return { ...state, blueprints: { status: 'failed', error: r.error } };
      if (state.access !== 'admin') return { ...state, blueprints: { status: 'idle' } };
      const stored = storeDefinitions(state.draft, r.read, SETTINGS_VARIABLE_LIMIT);
      return {
        ...state,
        draft: stored.doc,
        blueprints: {
          status: 'read',
          count: r.read.length - stored.leftOut.length,
          leftOut: stored.leftOut.map((b) => b.definition.name),
          unreadable: r.unreadable,
        },
      };
    }
    case 'edit-scope': {
      const editing = new Map(state.editing);
      if (action.process === null) editing.delete(action.module);
      else editing.set(action.module, action.process);
      return { ...state, editing };
    }
  }
}

function afterSave(state: SettingsPageState, r: SaveResult): SettingsPageState {
  switch (r.kind) {
    case 'invalid':
      return { ...state, save: { status: 'invalid', broken: r.broken, problems: r.problems } };
    case 'failed':
      return { ...state, save: { status: 'failed', error: r.error } };
    case 'unverified':
      return { ...state, save: { status: 'unverified', error: r.error } };
    case 'saved':
      // What the CRM read back becomes the baseline; the edits stay only if it differs, so the diff shows what did not take.
      return {
        ...state,
        stored: r.read.doc,
        source: r.read.source,
        draft: r.matches ? r.read.doc : state.draft,
        save: { status: 'saved', matches: r.matches },
        // Definitions read and now saved: "Save to keep them" no longer applies.
        blueprints: r.matches && state.blueprints.status === 'read' ? { status: 'idle' } : state.blueprints,
      };
  }
}

/** The picklist field the page shows for a module, when its fields are loaded. */
export function processFieldInUse(state: SettingsPageState, module: string): ProcessFieldInUse | null {
  const fields = state.fields.get(module);
  if (fields?.status !== 'ready') return null;
  const settings = settingsForModule(state.draft, module);
  const chosen = chooseProcessField(fields.picklists, settings.processField);
  // A process whose definition was read edits the definition's own states.
  return processFieldFor(
    settings,
    state.editing.get(module) ?? null,
    chosen && { apiName: chosen.apiName, states: chosen.states },
  );
}

function announce(edit: ModuleEdit, after: ModuleSettings, field: ProcessFieldInUse | null): Message | null {
  if (edit.kind !== 'move' || !field) return null;
  const states = wholeStates(after, field);
  const at = states.findIndex((s) => s.value === edit.value);
  const label = field.states.find((s) => s.value === edit.value)?.label ?? edit.value;
  return msg('settings.announce.moved', { stage: label, position: at + 1, total: states.length });
}

/** The change summary between what is stored and the draft, naming modules, fields and states as the CRM does. */
export function pendingChanges(state: SettingsPageState): Message[] {
  const picklists = (module: string) => {
    const f = state.fields.get(module);
    return f?.status === 'ready' ? f.picklists : [];
  };
  return describeChanges(state.stored, state.draft, {
    moduleLabel: (m) => state.modules.find((x) => x.apiName === m)?.label ?? m,
    states: (m, field) => {
      const found = field ? picklists(m).find((p) => p.apiName === field) : processFieldInUse(state, m);
      return found ? found.states : null;
    },
    fieldLabel: (m, field) => picklists(m).find((p) => p.apiName === field)?.label ?? field,
  });
}

/** Whether Save may write: there are changes, or what is stored is broken and writing repairs it; never over a newer format. */
export function canSave(state: SettingsPageState, changes: Message[]): boolean {
  if (
    state.page.status !== 'ready' ||
    state.access !== 'admin' ||
    state.save.status === 'saving' ||
    state.source.kind === 'newer'
  )
    return false;
  return (
    changes.length > 0 ||
    state.source.kind === 'empty' ||
    state.source.kind === 'not-json' ||
    state.source.kind === 'invalid' ||
    state.source.kind === 'partial'
  );
}
