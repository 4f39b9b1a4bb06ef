/**
 * The settings page's edits that concern blueprints: storing the definitions an admin read (within the settings
 * variable's limit) and editing one process's choices over its module's. Pure: the page's reducer calls these.
 */
import { editModule, type ModuleEdit, type ProcessFieldInUse } from './module-edits.ts';
import { definedStates } from './defined-states.ts';
import {
  fitDefinitions,
  packDefinition,
  unpackDefinition,
  type ProcessDefinition,
  type ReadBlueprint,
} from './process-definition.ts';
import {
  PROCESS_CHOICES,
  settingsForModule,
  settingsForProcess,
  type ModuleSettings,
  type ProcessSettings,
  type SettingsDoc,
} from './settings-schema.ts';

/** What storing the definitions came to: the document, and the blueprints left out for want of room. */
export interface StoredDefinitions {
  doc: SettingsDoc;
  leftOut: ReadBlueprint[];
}

/**
 * The document with the definitions just read: each blueprint gets its process entry (its name, its definition)
 * and keeps the admin's choices for it; definitions read before and not read now are dropped (the blueprint is
 * gone). Definitions are kept within `limit` characters for the whole document, in the order read: one that does
 * not fit is left out whole, and named.
 */
export function storeDefinitions(doc: SettingsDoc, read: ReadBlueprint[], limit: number): StoredDefinitions {
  const modules: SettingsDoc['modules'] = {};
  for (const [name, m] of Object.entries(doc.modules)) {
    // Old definitions out; a process's own choices stay (a blueprint read again keeps them).
    const processes: Record<string, ProcessSettings> = {};
    for (const [id, p] of Object.entries(m.processes ?? {})) {
      const { def: _def, ...rest } = p;
      processes[id] = rest;
    }
    modules[name] = m.processes ? { ...m, processes } : m;
  }
  for (const b of read) {
    const m = Object.hasOwn(modules, b.module) ? modules[b.module]! : settingsForModule(doc, b.module);
    const processes = { ...(m.processes ?? {}) };
    processes[b.id] = { ...(processes[b.id] ?? {}), name: b.definition.name };
    modules[b.module] = { ...m, processes };
  }
  const bare: SettingsDoc = { ...doc, modules };
  const room = limit - JSON.stringify(bare).length;
  const { kept, leftOut } = fitDefinitions(read, room);
  for (const b of kept) modules[b.module]!.processes![b.id]!.def = packDefinition(b.definition);
  return { doc: bare, leftOut };
}

/** The definition kept for a module's process, if one was read. */
export function definitionOf(m: ModuleSettings, process: string): ProcessDefinition | null {
  const def = settingsForProcess(m, process).def;
  return def ? unpackDefinition(def) : null;
}

/**
 * The states the page edits for a process: the definition's own, in its order, with the picklist's values where
 * it knows them; the module's field in use otherwise.
 */
export function processFieldFor(
  m: ModuleSettings,
  process: string | null,
  field: ProcessFieldInUse | null,
): ProcessFieldInUse | null {
  const def = process === null ? undefined : settingsForProcess(m, process).def;
  if (!def || (field && field.apiName !== def.f)) return field;
  return { apiName: def.f, states: definedStates(def, field?.states ?? [], null) };
}

/**
 * One edit to a process's choices: made on the settings it has now (its own over the module's), and what changed
 * becomes its own. Turning the widget on or off and the process field stay the module's.
 */
export function editProcess(
  m: ModuleSettings,
  process: string,
  edit: ModuleEdit,
  field: ProcessFieldInUse | null,
): ModuleSettings {
  if (edit.kind === 'enabled' || edit.kind === 'process-field') return editModule(m, edit, field);
  const now = settingsForProcess(m, process);
  const after = editModule(now, edit, field);
  if (after === now) return m;
  const own: ProcessSettings = { ...(m.processes?.[process] ?? { name: process }) };
  for (const key of PROCESS_CHOICES) if (after[key] !== now[key]) Object.assign(own, { [key]: after[key] });
  return { ...m, processes: { ...m.processes, [process]: own } };
}
