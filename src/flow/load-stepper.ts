import type { Drafts, FormContext } from '../fields/contract.ts';
import type { Blueprint, ProcessState } from '../blueprint/model.ts';
import { buildPath } from '../blueprint/process-path.ts';
import { NO_HISTORY, STAGE_HISTORY_LISTS, type StageHistory } from '../blueprint/stage-history.ts';
import type { CrmClient, ModuleField, RecordRef } from '../crm/crm-client.ts';
import { CrmFailure, failureOf, lateAnswer, type CrmError } from '../crm/crm-error.ts';
import { forProfile } from '../blueprint/field-access.ts';
import { unknownUser, type CurrentUser } from '../crm/decode/user.ts';
import { msg, type Message } from '../i18n/message.ts';
import { applySettings, type ShapedPath } from '../settings/apply-settings.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import type { StatesCache, StatesKey } from '../storage/states-cache.ts';
import { definedStates } from '../settings/defined-states.ts';
import type { PackedDefinition } from '../settings/process-definition.ts';
import {
  ignoredSettingsMessages,
  settingsForModule,
  settingsForProcess,
  settingsNoteDetail,
  settingsNoteMessage,
  unreadableSettings,
  type ModuleSettings,
  type SettingsRead,
} from '../settings/settings-schema.ts';

/** Everything the stepper shows for a record. */
export interface StepperData {
  record: RecordRef;
  /** The record's name for the header, when the record could be read. */
  recordName: string | null;
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
  adminNote: { notes: Message[]; detail: string | null } | null;
}

/** What loading a record's stepper came to. */
export type LoadResult =
  /**
   * `history`, when set, resolves with the record's stage history once it arrives after the first screen (see
   * withHistory); `states`, with the process's states once the field list arrives (empty if it failed; see withStates).
   */
  | { kind: 'ready'; data: StepperData; history?: Promise<StageHistory>; states?: Promise<ProcessState[]> }
  | { kind: 'no-blueprint'; record: RecordRef; recordName: string | null }
  /** An admin turned the widget off for this module. */
  | { kind: 'disabled'; record: RecordRef; recordName: string | null }
  /**
   * After a timeout: `late` is what the call's answer comes to when it arrives after all (reloads); `answered`
   * settles when the first screen's blueprint answers after all, and the page then loads again (issue 21).
   */
  | { kind: 'failed'; error: CrmError; late?: Promise<LoadResult>; answered?: Promise<unknown> };

/** Who wants to know what as soon as it is known, before the first screen is complete. */
export interface LoadHooks {
  /** The user's answer is in (their locale: the page can start fetching their texts while the other answers come). */
  userKnown?: (user: CurrentUser) => void;
  /**
   * The module's states as the last open read them (storage/states-cache.ts): while the field list is on its way,
   * the path is laid out over them, and they are kept again when it comes.
   */
  states?: StatesCache;
}

/**
 * Loads the first screen with its requests in flight at once (one round trip): the blueprint, the record (for its
 * name), the user (date formats, time zone, profile, whether to show admin notes), the org (currency), the
 * admin's settings and the stage history where the module keeps one. Only the blueprint is essential; the others
 * degrade to a plainer screen with a warning, and unusable settings to the defaults.
 *
 * The first screen waits for the small answers only. The stage history, when it has not come with them, and the
 * module's field list (the full list of states; hundreds of KB in a real org, asked for once the blueprint is in
 * so that reading it never holds the first paint back) only refine the path: `history` / `states` resolve when
 * they come (docs/architecture.md, "The first screen").
 */
export async function loadStepper(
  client: CrmClient,
  record: RecordRef,
  signal: AbortSignal,
  hooks: LoadHooks = {},
): Promise<LoadResult> {
  const opts = { signal };
  // The stage history is small: asked with the others, it usually comes with them.
  const historyCall = requestHistory(client, record, opts);
  const first = Promise.allSettled([
    client.getBlueprint(record, opts),
    client.getRecordName(record, opts),
    client.getCurrentUser(opts).then((user) => {
      hooks.userKnown?.(user);
      return user;
    }),
    client.getOrgInfo(opts),
    client.getSettings(opts),
  ]);
  const [bp, name, user, org, stored] = await first;
  signal.throwIfAborted();
  const recordName = name.status === 'fulfilled' ? name.value : null;
  // The CRM answered about another record: nothing it sent can be trusted to be this record's (issue 21).
  const nameError = name.status === 'rejected' && name.reason instanceof CrmFailure ? name.reason.error : null;
  if (nameError?.kind === 'wrong-record') return { kind: 'failed', error: nameError };
  const read: SettingsRead =
    stored.status === 'fulfilled'
      ? stored.value
      : unreadableSettings(describeFailure(failureOf(stored.reason, 'getOrgVariable')));
  const module = settingsForModule(read.doc, record.entity);
  if (!module.enabled) return { kind: 'disabled', record, recordName };
  const answer = readBlueprintAnswer(bp, record, recordName);
  const late = bp.status === 'rejected' ? lateAnswer(bp.reason) : null;
  if (answer.kind === 'failed' && late) return { ...answer, answered: late.catch(() => 0) };
  if (answer.kind !== 'blueprint') return answer;
  const process = answer.blueprint.process;
  // The field list is asked for only now: its answer (hundreds of KB in a real org) is read by the SDK as it
  // arrives, and arriving with the small answers it held the first paint back (issue 13). It only gives the
  // path its order: the path refines when it comes.
  const fieldsCall = client.getFields(record.entity, opts).then(
    (fields) => fields,
    () => null,
  );
  const notes: Message[] = [];
  const note = settingsNoteMessage(read.source);
  if (note) notes.push(note, ...ignoredSettingsMessages(read.source));
  let settings = settingsForProcess(module, process.id);
  const definition = settings.def?.f === process.fieldApiName ? settings.def : null;
  if (module.processField !== null && module.processField !== process.fieldApiName) {
    // The admin set up the path on another field than this blueprint's: those states mean nothing here.
    settings = { ...settings, states: [] };
    notes.push(
      msg('admin.fieldMismatch', { module: record.entity, field: module.processField, actual: process.fieldApiName }),
    );
  }
  const { formats, isAdministrator, profileId } = user.status === 'fulfilled' ? user.value : unknownUser();
  const orgId = org.status === 'fulfilled' ? org.value.id : null;
  const cacheKey = orgId === null ? null : { org: orgId, module: record.entity, field: process.fieldApiName };
  const toStates = (fields: ModuleField[] | null) => {
    if (!fields) return [];
    // The process field's picklist, in its order (the field list's decoder sorts it).
    const read = fields.find((f) => f.apiName === process.fieldApiName)?.states ?? [];
    if (cacheKey && read.length > 0) hooks.states?.set(cacheKey, read);
    return read;
  };
  // Usually the history and the fields have come with the other answers; otherwise the stepper shows now and
  // refines when they come.
  const onField = (h: StageHistory) =>
    STAGE_HISTORY_LISTS[record.entity]?.field === process.fieldApiName ? h : NO_HISTORY;
  const [early, earlyFields] = await Promise.all([settledNow(historyCall), settledNow(fieldsCall)]);
  const history = early === PENDING ? NO_HISTORY : onField(early);
  const earlyStates = earlyFields === PENDING ? PENDING : toStates(earlyFields);
  const states = earlyStates === PENDING ? keptStates(hooks.states, cacheKey, process.currentState) : earlyStates;

  return {
    kind: 'ready',
    ...(early === PENDING ? { history: historyCall.then(onField) } : {}),
    ...(earlyStates === PENDING ? { states: fieldsCall.then(toStates) } : {}),
    data: {
      record,
      recordName,
      states,
      statesPending: earlyStates === PENDING,
      history,
      historyPending: early === PENDING,
      ...shape(states, forProfile(answer.blueprint, profileId), settings, history, definition),
      profileId,
      context: { formats, currencySymbol: org.status === 'fulfilled' ? org.value.currencySymbol : '' },
      warnings: earlyStates !== PENDING && states.length === 0 ? [msg('warning.noStates')] : [],
      settings,
      definition,
      isAdministrator,
      adminNote: isAdministrator && notes.length > 0 ? { notes, detail: settingsNoteDetail(read.source) } : null,
    },
  };
}

const PENDING = Symbol('pending');

/**
 * While the field list is on its way, the states the last open read (where kept), so the path shows whole at once;
 * none when they do not name the record's current state (the picklist changed since): the path then shows what
 * the blueprint names, as on a first open.
 */
function keptStates(cache: StatesCache | undefined, key: StatesKey | null, current: string | null): ProcessState[] {
  const kept = key ? cache?.get(key) : null;
  return kept && (current === null || kept.some((s) => s.label === current || s.value === current)) ? kept : [];
}

/** A promise's value if it has already settled (it is then given in a microtask), else PENDING. */
function settledNow<T>(promise: Promise<T>): Promise<T | typeof PENDING> {
  return Promise.race([promise, Promise.resolve(PENDING)]);
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

/** A CRM failure in a few technical words, for a note to administrators. */
function describeFailure(error: CrmError): string {
  switch (error.kind) {
    case 'api':
      return `${error.call}: ${error.code}`;
    case 'timeout':
      return `${error.call} did not answer`;
    case 'unexpected':
      return `${error.call}: ${error.message}`;
    default:
      return error.kind;
  }
}

/**
 * The record's stage history, for modules that keep one (an empty list, a failure or junk: no history known);
 * never rejects.
 */
export function requestHistory(
  client: CrmClient,
  record: RecordRef,
  opts: { signal?: AbortSignal | undefined },
): Promise<StageHistory> {
  const source = STAGE_HISTORY_LISTS[record.entity];
  if (!source) return Promise.resolve(NO_HISTORY);
  return client.getStageHistory(record, source.relatedList, opts).catch(() => NO_HISTORY);
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

/**
 * What a getBluePrint call came to, for the first load and a reload alike: the blueprint, the record in no
 * blueprint (no blueprint in the answer, or RECORD_NOT_IN_PROCESS), or a failure (the call's, or an unreadable answer).
 */
export function readBlueprintAnswer(
  settled: PromiseSettledResult<Blueprint | null>,
  record: RecordRef,
  recordName: string | null,
): { kind: 'blueprint'; blueprint: Blueprint } | Extract<LoadResult, { kind: 'no-blueprint' | 'failed' }> {
  if (settled.status === 'rejected') {
    const error = failureOf(settled.reason, 'getBluePrint');
    if (error.kind === 'api' && error.code === 'RECORD_NOT_IN_PROCESS')
      return { kind: 'no-blueprint', record, recordName };
    return { kind: 'failed', error };
  }
  return settled.value ? { kind: 'blueprint', blueprint: settled.value } : { kind: 'no-blueprint', record, recordName };
}

/** A transition form to open again with what the rep had typed (before a failure, a closed popup or a reload). */
export interface Reopen {
  transitionId: string;
  restored: Drafts;
  /** Its send had no answer yet when the last popup went: the CRM may still carry it out (issue 21). */
  unanswered?: boolean;
}

/**
 * The stepper's script on opening: loads the record's screen, drops the drafts of transitions the record no
 * longer offers (it has passed them, maybe while the popup was closed mid-send), and finds the transition form
 * the rep was filling in, if its draft is still kept. Never rejects but with the signal's reason once aborted.
 */
export async function openStepper(
  client: CrmClient,
  drafts: Pick<DraftStore, 'lastOpen' | 'load' | 'keepOnly' | 'unanswered'>,
  record: RecordRef,
  signal: AbortSignal,
  hooks: LoadHooks = {},
): Promise<{ result: LoadResult; reopen: Reopen | null }> {
  let result: LoadResult;
  try {
    result = await loadStepper(client, record, signal, hooks);
  } catch (reason) {
    signal.throwIfAborted();
    result = { kind: 'failed', error: failureOf(reason, 'load') };
  }
  if (result.kind === 'ready')
    drafts.keepOnly(
      record,
      result.data.blueprint.transitions.map((t) => t.id),
    );
  const open = result.kind === 'ready' ? drafts.lastOpen(record) : null;
  const restored = open ? drafts.load(record, open) : null;
  return {
    result,
    reopen:
      open && restored
        ? { transitionId: open, restored, ...(drafts.unanswered(record) === open ? { unanswered: true } : {}) }
        : null,
  };
}
