/**
 * The edits an admin makes to one module's settings on the settings page, as pure functions: the page's
 * reducer calls `editModule` and keeps no editing logic of its own.
 */
import type { ProcessState } from '../blueprint/model.ts';
import { orderStates, transitionKey } from './apply-settings.ts';
import {
  MAX_TRANSITION_NAME_LENGTH,
  type AfterTransition,
  type ClosingKind,
  type ModuleSettings,
  type StateSettings,
} from './settings-schema.ts';

/** One edit to a module's settings; states are named by their picklist value. */
export type ModuleEdit =
  | { kind: 'enabled'; enabled: boolean }
  | { kind: 'process-field'; field: string | null }
  | { kind: 'move'; value: string; by: -1 | 1 }
  | { kind: 'hidden'; value: string; hidden: boolean }
  | { kind: 'closing'; value: string; closing: ClosingKind | null }
  | { kind: 'guidance'; value: string; text: string }
  /** The stage's expected days as typed (checked on save: settings-write.ts); null clears it. */
  | { kind: 'expected-days'; value: string; days: number | null }
  /** The stage's key fields, in the admin's order (API names; none: the key goes). */
  | { kind: 'key-fields'; value: string; fields: string[] }
  | { kind: 'hide-transition'; name: string }
  | { kind: 'show-transition'; name: string }
  /** Hides or shows a transition by id (where the blueprint's definition lists it). */
  | { kind: 'transition-id'; id: string; hidden: boolean }
  | { kind: 'after'; after: AfterTransition };

/** The process field the page shows for a module and its states: what state edits apply to. */
export interface ProcessFieldInUse {
  apiName: string;
  states: ProcessState[];
}

/**
 * Applies one edit. State edits need the process field in use: the module's list is first made whole (every
 * picklist state, in the admin's order, names the picklist no longer has dropped) and pinned to that field.
 * Returns the same object when the edit changes nothing.
 */
export function editModule(m: ModuleSettings, edit: ModuleEdit, field: ProcessFieldInUse | null): ModuleSettings {
  switch (edit.kind) {
    case 'enabled':
      return m.enabled === edit.enabled ? m : { ...m, enabled: edit.enabled };
    case 'process-field':
      // The old field's states mean nothing on the new one.
      return m.processField === edit.field ? m : { ...m, processField: edit.field, states: [] };
    case 'after':
      return m.afterTransition === edit.after ? m : { ...m, afterTransition: edit.after };
    case 'hide-transition': {
      const name = edit.name.trim().replace(/\s+/g, ' ').slice(0, MAX_TRANSITION_NAME_LENGTH);
      if (name === '' || m.hiddenTransitions.some((t) => transitionKey(t) === transitionKey(name))) return m;
      return { ...m, hiddenTransitions: [...m.hiddenTransitions, name] };
    }
    case 'show-transition':
      return {
        ...m,
        hiddenTransitions: m.hiddenTransitions.filter((t) => transitionKey(t) !== transitionKey(edit.name)),
      };
    case 'transition-id': {
      // Kept with the names: an id is all digits, which no name the admin types is taken for (apply-settings.ts).
      const list = m.hiddenTransitions;
      if (list.includes(edit.id) === edit.hidden) return m;
      return { ...m, hiddenTransitions: edit.hidden ? [...list, edit.id] : list.filter((i) => i !== edit.id) };
    }
    case 'move':
    case 'hidden':
    case 'closing':
    case 'guidance':
    case 'expected-days':
    case 'key-fields':
      return field ? editStates(m, edit, field) : m;
  }
}

/** The module's states made whole against the field's picklist, in the admin's order. */
export function wholeStates(m: ModuleSettings, field: ProcessFieldInUse): StateSettings[] {
  const own = m.processField === null || m.processField === field.apiName ? m.states : [];
  return orderStates(field.states, own).map((o) => o.settings);
}

function editStates(
  m: ModuleSettings,
  edit: Extract<ModuleEdit, { value: string }>,
  field: ProcessFieldInUse,
): ModuleSettings {
  const states = wholeStates(m, field);
  const i = states.findIndex((s) => s.value === edit.value);
  const current = states[i];
  if (!current) return m;
  const next = [...states];
  switch (edit.kind) {
    case 'move': {
      const j = i + edit.by;
      const other = next[j];
      if (!other) return m;
      next[j] = current;
      next[i] = other;
      break;
    }
    case 'hidden':
      next[i] = { ...current, hidden: edit.hidden };
      break;
    case 'closing':
      next[i] = { ...current, closing: edit.closing };
      break;
    case 'guidance':
      next[i] = { ...current, guidance: edit.text };
      break;
    case 'expected-days': {
      const { expectedDays: _, ...rest } = current;
      next[i] = edit.days === null ? rest : { ...rest, expectedDays: edit.days };
      break;
    }
    case 'key-fields': {
      const { keyFields: _before, ...rest } = current;
      next[i] = edit.fields.length > 0 ? { ...rest, keyFields: edit.fields } : rest;
      break;
    }
  }
  return { ...m, processField: field.apiName, states: next };
}
