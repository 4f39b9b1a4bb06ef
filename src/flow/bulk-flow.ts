/**
 * Bulk mode's script (issue 11): the shared first calls (user, org, settings), each selected record's blueprint
 * with at most MAX_IN_FLIGHT calls in flight, then their names as background work, and one transition sent to many
 * records with the same cap. Every call goes through the CrmClient interface; the pure rules live in bulk/ (the
 * queue of sends is bulk/send-queue.ts), the screen's state in ui/bulk/bulk-state.ts.
 */
import type { FormContext } from '../fields/contract.ts';
import type { Blueprint } from '../blueprint/model.ts';
import { MAX_IN_FLIGHT, runCapped } from '../bulk/capped.ts';
import type { LoadedRecord, TransitionChoice } from '../bulk/group-transitions.ts';
import { SendQueue, type SendOutcome } from '../bulk/send-queue.ts';
import { unknownUser, type CrmClient, type RecordRef, type UpdateOutcome } from '../crm/crm-client.ts';
import { failureOf, lateAnswer, type CrmError } from '../crm/crm-error.ts';
import { forProfile } from '../blueprint/field-access.ts';
import { visibleTransitions } from '../settings/apply-settings.ts';
import {
  defaultSettings,
  settingsForModule,
  settingsForProcess,
  type AfterTransition,
  type ModuleSettings,
} from '../settings/settings-schema.ts';
import { closeAfterTransition } from './send-transition.ts';

/** What opening bulk mode tells the page as its answers come in (bulk mode's reducer takes them as they are). */
export type BulkNews =
  | { type: 'shared'; shared: BulkShared }
  /** One record's load (again when a late answer, or its name's read, changes it). */
  | { type: 'loaded'; load: RecordLoad }
  /** How many records' blueprints have answered (before the shared answers shape them: the first progress). */
  | { type: 'read'; read: number }
  | { type: 'named'; id: string; name: string };

/**
 * Opens bulk mode on the selection: the records' blueprints first, under the cap (the page's early start may have
 * sent the first five already: they are adopted here, before anything else takes a place), the shared calls as
 * places free, so the first progress takes one round trip; each record is shaped once the shared answers are in.
 * Then, once every record's first load is in (`recordsIn`: the choices show), the names, behind every other call.
 * Rejects once `signal` aborts.
 */
export async function openBulk(
  client: CrmClient,
  entity: string,
  ids: readonly string[],
  heard: (news: BulkNews) => void,
  recordsIn: () => void,
  signal: AbortSignal,
): Promise<void> {
  const records = new AbortController();
  const stop = () => records.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  let shape: (shaping: RecordShaping) => void = () => undefined;
  // Unresolved when the shared calls fail (only by `signal` aborting): then nothing is shaped.
  const shaping = new Promise<RecordShaping>((resolve) => (shape = resolve));
  const loaded = (load: RecordLoad) => heard({ type: 'loaded', load });
  const loading = loadBulkRecords(client, entity, ids, shaping, loaded, records.signal, (read) =>
    heard({ type: 'read', read }),
  );
  loading.catch(() => undefined);
  const shared = await loadBulkShared(client, entity, signal);
  heard({ type: 'shared', shared });
  // A module the admin turned off: the records' reads not sent yet are dropped.
  if (shared.kind !== 'ready') return stop();
  shape(shared);
  await loading;
  recordsIn();
  loadBulkNames(
    client,
    entity,
    ids,
    (id, name, wrongRecord) => {
      if (name) heard({ type: 'named', id, name });
      // The CRM answered about another record: this one is left out, listed apart with the error.
      if (wrongRecord) loaded({ kind: 'failed', id, name: null, error: wrongRecord });
    },
    signal,
  );
}

/**
 * What every record of the selection shares: the user's formats and profile, the org's currency, the module's
 * settings.
 */
export type BulkShared = ({ kind: 'ready'; context: FormContext } & RecordShaping) | { kind: 'disabled' };

/**
 * What shapes each record's transitions as single-record mode does: the admin's settings (hidden transitions)
 * and the user's profile (its field permissions: hidden fields dropped, read-only ones shown read-only and never
 * sent; blueprint/field-access.ts).
 */
export interface RecordShaping {
  settings: ModuleSettings;
  /** The current user's profile id; null when unknown (every field then keeps its decoded permission). */
  profileId: string | null;
}

/** One selected record after its load. */
export type RecordLoad =
  | { kind: 'ready'; record: LoadedRecord; blueprint: Blueprint }
  | { kind: 'no-blueprint'; id: string; name: string | null }
  | { kind: 'failed'; id: string; name: string | null; error: CrmError };

/**
 * The user, the org and the admin's settings, all at once (three calls, under the cap). Unreadable user or org
 * answers fall back to the browser's formats; unreadable settings to the defaults, as in single-record mode.
 */
export async function loadBulkShared(client: CrmClient, entity: string, signal?: AbortSignal): Promise<BulkShared> {
  const opts = { signal };
  const [user, org, stored] = await Promise.allSettled([
    client.getCurrentUser(opts),
    client.getOrgInfo(opts),
    client.getSettings(opts),
  ]);
  signal?.throwIfAborted();
  const settings = settingsForModule(stored.status === 'fulfilled' ? stored.value.doc : defaultSettings(), entity);
  if (!settings.enabled) return { kind: 'disabled' };
  const { formats, profileId } = user.status === 'fulfilled' ? user.value : unknownUser();
  return {
    kind: 'ready',
    settings,
    profileId,
    context: { formats, currencySymbol: org.status === 'fulfilled' ? org.value.currencySymbol : '' },
  };
}

/** A record's blueprint read, as it settled. */
type BlueprintRead = PromiseSettledResult<Blueprint | null>;

/**
 * Reads one record's blueprint (one call, one place of the cap). A read past its deadline is a failed read now,
 * and `onLate` hears what its answer comes to if it arrives after all.
 */
async function readBlueprint(
  client: CrmClient,
  ref: RecordRef,
  signal: AbortSignal | undefined,
  onLate: (read: BlueprintRead) => void,
): Promise<BlueprintRead> {
  try {
    return { status: 'fulfilled', value: await client.getBlueprint(ref, { signal }) };
  } catch (reason) {
    signal?.throwIfAborted();
    lateAnswer(reason)?.then(
      (value) => onLate({ status: 'fulfilled', value: value as Blueprint | null }),
      (again: unknown) => onLate({ status: 'rejected', reason: again }),
    );
    return { status: 'rejected', reason };
  }
}

/**
 * Loads one record's blueprint (its name comes later, loadBulkNames). Transitions the admin hides are left out;
 * fields take the user's profile permissions. A read past its deadline is a failed load now, and `onLate` hears
 * the load its answer comes to if it arrives after all.
 */
export async function loadBulkRecord(
  client: CrmClient,
  ref: RecordRef,
  shaping: RecordShaping,
  signal?: AbortSignal,
  onLate?: (load: RecordLoad) => void,
): Promise<RecordLoad> {
  const shaped = (read: BlueprintRead) => recordLoad(ref.recordId, read, shaping);
  return shaped(await readBlueprint(client, ref, signal, (late) => onLate?.(shaped(late))));
}

/** What a record's blueprint read came to, shaped by the admin's settings and the user's profile. */
function recordLoad(
  id: string,
  settled: PromiseSettledResult<Blueprint | null>,
  { settings, profileId }: RecordShaping,
): RecordLoad {
  const name = null;
  if (settled.status === 'rejected') {
    const error = failureOf(settled.reason, 'getBluePrint');
    if (error.kind === 'api' && error.code === 'RECORD_NOT_IN_PROCESS') return { kind: 'no-blueprint', id, name };
    return { kind: 'failed', id, name, error };
  }
  if (!settled.value) return { kind: 'no-blueprint', id, name };
  const forUser = forProfile(settled.value, profileId);
  // The record's process's own hidden transitions where the admin set them, else the module's (issue 23).
  const hidden = settingsForProcess(settings, forUser.process.id).hiddenTransitions;
  const blueprint = { ...forUser, transitions: visibleTransitions(forUser.transitions, hidden) };
  return {
    kind: 'ready',
    blueprint,
    record: { id, name, currentState: blueprint.process.currentState, transitions: blueprint.transitions },
  };
}

/**
 * Loads every record with at most `limit` records (so calls) in flight; `onRead` hears how many have answered,
 * `onLoaded` each load once `shaping` is known (at once when it is; null: none is made), and again when a read
 * past its deadline is answered after all. Resolves with the loads in the selection's order.
 */
export async function loadBulkRecords(
  client: CrmClient,
  entity: string,
  ids: readonly string[],
  shaping: RecordShaping | Promise<RecordShaping | null>,
  onLoaded: (load: RecordLoad, loaded: number) => void,
  signal?: AbortSignal,
  onRead?: (read: number) => void,
  limit = MAX_IN_FLIGHT,
): Promise<RecordLoad[]> {
  const loads = new Map<string, RecordLoad>();
  const shaped = Promise.resolve(shaping);
  const loaded = (id: string, read: BlueprintRead) =>
    shaped.then((by) => {
      if (!by || signal?.aborted) return;
      const load = recordLoad(id, read, by);
      loads.set(id, load);
      onLoaded(load, loads.size);
    });
  const reads: Promise<void>[] = [];
  let answered = 0;
  await runCapped(
    ids,
    limit,
    async (id) => {
      const read = await readBlueprint(client, { entity, recordId: id }, signal, (late) => void loaded(id, late));
      onRead?.(++answered);
      reads.push(loaded(id, read));
    },
    () => !signal?.aborted,
  );
  await Promise.all(reads);
  signal?.throwIfAborted();
  return ids.flatMap((id) => {
    const load = loads.get(id);
    return load ? [load] : [];
  });
}

/**
 * Reads the records' names for the lists that show them, as background work: every other call (a send above
 * all) goes out first, so the choices never wait for names. `onName` hears each one as it comes; a CRM that
 * answers about another record (issue 21) is heard as that error, and the record must not be moved under it.
 */
export function loadBulkNames(
  client: CrmClient,
  entity: string,
  ids: readonly string[],
  onName: (id: string, name: string | null, wrongRecord?: CrmError) => void,
  signal?: AbortSignal,
): void {
  for (const recordId of ids) {
    client.getRecord({ entity, recordId }, { signal, priority: 'background' }).then(
      ({ name }) => onName(recordId, name),
      (reason: unknown) => {
        const error = failureOf(reason, 'getRecord');
        if (error.kind === 'wrong-record') onName(recordId, null, error);
      },
    );
  }
}

/** Why one record was not moved, in the words the rep reads. */
export type SendReason = 'locked' | 'no-permission' | 'field' | 'gone' | 'partial' | 'other';

/** A record the CRM did not move, with the reason and the CRM's error (for Details). */
export interface SendFailure {
  reason: SendReason;
  error: CrmError;
  /** The field the CRM blamed, for `field`. */
  fieldApiName: string | null;
}

/** Sorts a CRM failure into a plain reason (the `gone` check needs a fresh look, see `sendToRecord`). */
export function reasonOf(error: CrmError): SendReason {
  if (error.kind !== 'api') return 'other';
  if (error.code === 'RECORD_LOCKED') return 'locked';
  if (error.code === 'NO_PERMISSION' || error.code === 'AUTHORIZATION_FAILED') return 'no-permission';
  if (error.fieldApiName || error.code === 'MANDATORY_NOT_FOUND') return 'field';
  return 'other';
}

/**
 * Sends the transition to one record and resolves once it is known what happened, however late the CRM answers
 * (docs/architecture.md, "Calls in flight"). A refusal that blames no field (INVALID_DATA, RECORD_NOT_IN_PROCESS)
 * may mean the record moved meanwhile: its blueprint is read again, and if the transition is gone the reason says
 * so. Past the deadline, `late` is told; the blueprint is read again, and the record counts as moved as soon as a
 * read shows it (a late read's answer too), or as the update's own answer says when it comes. `stop` keeps a call
 * still waiting for a place from being sent.
 */
export async function sendToRecord(
  client: CrmClient,
  ref: RecordRef,
  transitionId: string,
  data: Record<string, unknown>,
  late: () => void = () => undefined,
  stop?: AbortSignal,
): Promise<SendOutcome<SendFailure>> {
  try {
    return answered(await client.updateBlueprint(ref, transitionId, data, { queueSignal: stop }));
  } catch (reason) {
    if (stop?.aborted && reason === stop.reason) throw reason;
    const error = failureOf(reason, 'updateBluePrint');
    if (error.kind !== 'timeout') return refusedRecord(client, ref, transitionId, error);
    late();
    const update = lateAnswer(reason);
    return new Promise<SendOutcome<SendFailure>>((resolve) => {
      const movedOn = (fresh: Blueprint | null) => {
        if (!offersTransition(fresh, transitionId)) resolve({ ok: true });
      };
      // A read that shows the record moved settles it, in time or late; one that shows it did not, does not: the
      // update may still go through, and only its answer tells. Once it has, the read is dropped (not sent, if it
      // still waits for a place).
      const reading = new AbortController();
      client.getBlueprint(ref, { signal: reading.signal }).then(movedOn, (failure: unknown) => {
        lateAnswer(failure)?.then((fresh) => movedOn(fresh as Blueprint | null));
      });
      if (!update) return resolve(failed(error));
      update
        .then(
          (outcome) => resolve(answered(outcome as UpdateOutcome)),
          (refusal: unknown) =>
            resolve(refusedRecord(client, ref, transitionId, failureOf(refusal, 'updateBluePrint'))),
        )
        .finally(() => reading.abort());
    });
  }
}

/** What an update's answer says: moved, or saved partly (still at the transition). */
function answered(outcome: UpdateOutcome): SendOutcome<SendFailure> {
  if (outcome.result === 'done') return { ok: true };
  return failed({ kind: 'unexpected', call: 'updateBluePrint', message: outcome.message }, 'partial');
}

function failed(error: CrmError, reason: SendReason = reasonOf(error)): SendOutcome<SendFailure> {
  return { ok: false, error: { reason, fieldApiName: error.kind === 'api' ? error.fieldApiName : null, error } };
}

/** Whether a blueprint read still offers the transition (null: the record is in no process any more). */
function offersTransition(fresh: Blueprint | null, transitionId: string): boolean {
  return fresh !== null && fresh.transitions.some((t) => t.id === transitionId);
}

/**
 * A record the CRM answered about without moving it. A refusal that blames no field may mean the record moved
 * meanwhile (the transition is gone); an answer the widget cannot read says nothing, so the blueprint is read
 * again: if the transition is no longer offered, the record is not counted as failed, and never retried.
 */
async function refusedRecord(
  client: CrmClient,
  ref: RecordRef,
  transitionId: string,
  error: CrmError,
): Promise<SendOutcome<SendFailure>> {
  const fieldApiName = error.kind === 'api' ? error.fieldApiName : null;
  const blamesTransition =
    error.kind === 'api' &&
    (error.code === 'INVALID_DATA' || error.code === 'RECORD_NOT_IN_PROCESS') &&
    (!fieldApiName || fieldApiName === 'transition_id');
  if (blamesTransition || error.kind === 'unexpected') {
    const still = await client.getBlueprint(ref).then(
      (fresh) => offersTransition(fresh, transitionId),
      () => true,
    );
    if (!still) return blamesTransition ? failed(error, 'gone') : { ok: true };
  }
  return failed(error);
}

/** A send queue of one transition over the records that can take it, at most MAX_IN_FLIGHT calls in flight. */
export function bulkSend(
  client: CrmClient,
  entity: string,
  recordIds: readonly string[],
  transitionId: string,
  data: Record<string, unknown>,
): SendQueue<SendFailure> {
  return new SendQueue<SendFailure>(recordIds, (id, late, stop) =>
    sendToRecord(client, { entity, recordId: id }, transitionId, data, late, stop),
  );
}

/**
 * Sends the chosen transition with the form's data to the records that can take it; once all are moved the
 * popup closes if the admin said so. The queue says how the send goes (SendQueue.subscribe), and takes Stop and
 * the retries.
 */
export function sendBulk(
  client: CrmClient,
  entity: string,
  choice: TransitionChoice,
  data: Record<string, unknown>,
  after: AfterTransition,
): SendQueue<SendFailure> {
  const queue = bulkSend(client, entity, choice.ready, choice.id, data);
  void queue.start().then(async () => {
    const p = queue.progress();
    if (p.done === p.total) await closeAfterTransition(client, after);
  });
  return queue;
}

/** Closes the popup, and the CRM reloads the list (Close after a send). */
export function closeBulk(client: CrmClient): void {
  client.closePopup(true).catch(() => undefined);
}

/** Which failed records a retry sends: those still at the transition, and not refused for good (no permission). */
export function worthRetrying(_id: string, failure: SendFailure): boolean {
  return failure.reason !== 'gone' && failure.reason !== 'no-permission';
}
