/**
 * The stepper page's model: what a load of a record's stepper comes to, and how the answers that come after the
 * first screen (the stage history, the field list) lay its path out again. Pure: the flows (src/flow/) make it,
 * the page's reducer (src/ui/widget-state.ts) keeps it and lays it out again (docs/architecture.md, "Layers").
 */
import type { Drafts, FormContext } from '../fields/contract.ts';
import type { Blueprint, ProcessState } from '../blueprint/model.ts';
import { buildPath } from '../blueprint/process-path.ts';
import type { StageHistory } from '../blueprint/stage-history.ts';
import type { ModuleField, RecordRef } from '../crm/crm-client.ts';
import type { CrmError } from '../crm/crm-error.ts';
import { msg, type Message } from '../i18n/message.ts';
import { applySettings, type ShapedPath } from '../settings/apply-settings.ts';
import type { ModuleSettings, SettingsSource } from '../settings/settings-schema.ts';
import { definedStates } from '../settings/defined-states.ts';
import type { PackedDefinition } from '../settings/process-definition.ts';

/** Everything the stepper shows for a record. */
export interface StepperData {
  record: RecordRef;
  /** The record's name for the header, when the record could be read. */
  recordName: string | null;
  /**
   * The record's values from the same answer (keyed by field API name, raw: each field kind reads its own), for
   * the current stage's key fields (issue 25); null when the record could not be read.
   */
  values: Record<string, unknown> | null;
  /** The module's field list once it comes (null when it failed): the key fields' labels, types and editors. */
  fields: Promise<ModuleField[] | null>;
  blueprint: Blueprint;
  /**
   * The process's states in order: empty when the field list could not be read, or has not come yet and no earlier
   * open kept them (storage/states-cache.ts).
   */
  states: ProcessState[];
  /**
   * Set while the field list is still on its way: the path shows the states an earlier open kept, else only what
   * the blueprint names (the current state and the transitions' next states), until it arrives (see withStates).
   */
  statesPending: boolean;
  /** The path as the admin's settings shape it. */
  path: ShapedPath;
  /** The admin's guidance for the current state. */
  guidance: string | null;
  /** What the record's stage history says (Deals' `Stage_History`); `unknown` for modules without one. */
  history: StageHistory;
  /** Set while the history is still on its way: the path shows no stage as passed until it arrives. */
  historyPending: boolean;
  /** The user's date formats and time zone, and the org's currency. */
  context: FormContext;
  /** The current user's profile id: its field permissions shape every transition (blueprint/field-access.ts). */
  profileId: string | null;
  /** Things that went wrong but did not stop the stepper, as messages for the rep. */
  warnings: Message[];
  /**
   * The settings in use for the record's process (its own over the module's; the defaults when none could be
   * used); `blueprint.transitions` already obey them.
   */
  settings: ModuleSettings;
  /** The process's definition as an admin read it on the settings page, on the record's process field; else null. */
  definition: PackedDefinition | null;
  /** Whether the user is an administrator (the definition's hint for admins, ui/process-notes.tsx). */
  isAdministrator: boolean;
  /** For administrators only: why the stored settings are not (all) in use, and the technical detail. Null for everyone else. */
  adminNote: AdminNoteData | null;
}

/**
 * The admins' note's facts: where the settings in use came from (the note words it, settings/settings-note-text.ts,
 * from the form's chunk) and what else the load found wrong with them for this record.
 */
export interface AdminNoteData {
  source: SettingsSource;
  notes: Message[];
}

/** What loading a record's stepper came to. */
export type LoadResult =
  /**
   * `history`, when set, resolves with the record's stage history once it arrives after the first screen (see
   * withHistory); `states`, with the process's states once the field list arrives (empty if it failed; see withStates).
   */
  | {
      kind: 'ready';
      data: StepperData;
      history?: Promise<StageHistory> | undefined;
      states?: Promise<ProcessState[]> | undefined;
    }
  | { kind: 'no-blueprint'; record: RecordRef; recordName: string | null }
  /** An admin turned the widget off for this module. */
  | { kind: 'disabled'; record: RecordRef; recordName: string | null }
  /**
   * After a timeout: `late` is what the call's answer comes to when it arrives after all (reloads); `answered`
   * settles when the first screen's blueprint answers after all, and the page then loads again (issue 21).
   */
  | { kind: 'failed'; error: CrmError; late?: Promise<LoadResult>; answered?: Promise<unknown> };

/** A transition form to open again with what the rep had typed (before a failure, a closed popup or a reload). */
export interface Reopen {
  transitionId: string;
  restored: Drafts;
  /** Its send had no answer yet when the last popup went: the CRM may still carry it out (issue 21). */
  unanswered?: boolean;
}

/** The blueprint with only the transitions the admin lets the widget offer, and the path and guidance the settings shape. */
export function shape(
  states: ProcessState[],
  blueprint: Blueprint,
  settings: ModuleSettings,
  history: StageHistory,
  definition: PackedDefinition | null,
): Pick<StepperData, 'blueprint' | 'path' | 'guidance'> {
  const current = blueprint.process.currentState;
  // With the process's definition, its own states (in its order, exits apart); the picklist adds their colours.
  const path = buildPath(
    definition ? definedStates(definition, states, current) : states,
    current,
    blueprint.transitions,
    history,
  );
  const applied = applySettings({ path, transitions: blueprint.transitions }, settings);
  return {
    blueprint: { ...blueprint, transitions: applied.transitions },
    path: applied.path,
    guidance: applied.guidance,
  };
}

/** The loaded screen once the stage history has arrived: the same data, the path laid out again with it. */
export function withHistory(data: StepperData, history: StageHistory): StepperData {
  return {
    ...data,
    history,
    historyPending: false,
    ...shape(data.states, data.blueprint, data.settings, history, data.definition),
  };
}

/**
 * The loaded screen once the field list has arrived: the path laid out again over the process's states in their
 * order (an empty list, when the fields could not be read, keeps the blueprint's stages and says so).
 */
export function withStates(data: StepperData, states: ProcessState[]): StepperData {
  return {
    ...data,
    states,
    statesPending: false,
    warnings: states.length === 0 ? [...data.warnings, msg('warning.noStates')] : data.warnings,
    ...shape(states, data.blueprint, data.settings, data.history, data.definition),
  };
}
