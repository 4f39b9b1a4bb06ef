import type { Blueprint, ProcessState } from '../blueprint/model.ts';
import { NO_HISTORY, STAGE_HISTORY_LISTS, type StageHistory } from '../blueprint/stage-history.ts';
import { unknownUser, type CrmClient, type CurrentUser, type ModuleField, type RecordRef } from '../crm/crm-client.ts';
import { CrmFailure, failureOf, lateAnswer, type CrmError } from '../crm/crm-error.ts';
import { forProfile } from '../blueprint/field-access.ts';
import { msg, type Message } from '../i18n/message.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import type { StatesCache, StatesKey } from '../storage/states-cache.ts';
import {
  settingsForModule,
  settingsForProcess,
  unreadableSettings,
  type SettingsRead,
} from '../settings/settings-schema.ts';
import { shape, type LoadResult, type Reopen } from '../stepper/stepper-data.ts';

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
    client.getRecord(record, opts),
    client.getCurrentUser(opts).then((user) => {
      hooks.userKnown?.(user);
      return user;
    }),
    client.getOrgInfo(opts),
    client.getSettings(opts),
  ]);
  const [bp, name, user, org, stored] = await first;
  signal.throwIfAborted();
  const recordRead = name.status === 'fulfilled' ? name.value : null;
  const recordName = recordRead?.name ?? null;
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
  // The admins' note: the settings' own (worded by the form's chunk, settings/settings-note-text.ts), then these.
  const notes: Message[] = [];
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
    history: early === PENDING ? historyCall.then(onField) : undefined,
    states: earlyStates === PENDING ? fieldsCall.then(toStates) : undefined,
    data: {
      record,
      recordName,
      values: recordRead && recordRead.values,
      fields: fieldsCall,
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
      adminNote:
        isAdministrator && (read.source.kind !== 'stored' || notes.length > 0) ? { source: read.source, notes } : null,
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
