/**
 * Bulk mode's calls to the CRM (issue 11): the shared first calls (user, org, settings), each selected record's
 * blueprint and name with at most MAX_IN_FLIGHT calls in flight, and one transition sent to many records with
 * the same cap. Every call goes through the CrmClient interface; the pure rules live in bulk/.
 */
import type { FormContext } from '../fields/contract.ts';
import type { Blueprint } from '../blueprint/model.ts';
import { MAX_IN_FLIGHT, runCapped } from '../bulk/capped.ts';
import type { LoadedRecord } from '../bulk/group-transitions.ts';
import { SendRun } from '../bulk/send-run.ts';
import type { CrmClient, RecordRef } from '../crm/crm-client.ts';
import { failureOf, type CrmError } from '../crm/crm-error.ts';
import { unknownUser } from '../crm/decode/user.ts';
import { forProfile } from '../blueprint/field-access.ts';
import { visibleTransitions } from '../settings/apply-settings.ts';
import { defaultSettings, settingsForModule, type ModuleSettings } from '../settings/settings-schema.ts';

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

/**
 * Loads one record: its blueprint, then its name (two calls, one after the other, so the record holds one slot
 * of the cap). Transitions the admin hides are left out; fields take the user's profile permissions.
 */
export async function loadBulkRecord(
  client: CrmClient,
  ref: RecordRef,
  { settings, profileId }: RecordShaping,
  signal?: AbortSignal,
): Promise<RecordLoad> {
  const opts = { signal };
  let decoded: Blueprint | null = null;
  let error: CrmError | null = null;
  try {
    decoded = await client.getBlueprint(ref, opts);
  } catch (reason) {
    signal?.throwIfAborted();
    error = failureOf(reason, 'getBluePrint');
  }
  let wrongRecord: CrmError | null = null;
  const name = await client.getRecordName(ref, opts).catch((reason: unknown) => {
    const failure = failureOf(reason, 'getRecord');
    if (failure.kind === 'wrong-record') wrongRecord = failure;
    return null;
  });
  signal?.throwIfAborted();
  const id = ref.recordId;
  // The CRM answered about another record: the record fails, with that error, rather than load under it (issue 21).
  if (wrongRecord) return { kind: 'failed', id, name: null, error: wrongRecord };
  if (error) {
    if (error.kind === 'api' && error.code === 'RECORD_NOT_IN_PROCESS') return { kind: 'no-blueprint', id, name };
    return { kind: 'failed', id, name, error };
  }
  if (!decoded) return { kind: 'no-blueprint', id, name };
  const forUser = forProfile(decoded, profileId);
  const blueprint = { ...forUser, transitions: visibleTransitions(forUser.transitions, settings.hiddenTransitions) };
  return {
    kind: 'ready',
    blueprint,
    record: { id, name, currentState: blueprint.process.currentState, transitions: blueprint.transitions },
  };
}

/**
 * Loads every record with at most `limit` records (so calls) in flight; `onLoaded` hears each one as it comes
 * in, with how many are in. Resolves with the loads in the selection's order.
 */
export async function loadBulkRecords(
  client: CrmClient,
  entity: string,
  ids: readonly string[],
  shaping: RecordShaping,
  onLoaded: (load: RecordLoad, loaded: number) => void,
  signal?: AbortSignal,
  limit = MAX_IN_FLIGHT,
): Promise<RecordLoad[]> {
  const loads = new Map<string, RecordLoad>();
  await runCapped(
    ids,
    limit,
    async (id) => {
      const load = await loadBulkRecord(client, { entity, recordId: id }, shaping, signal);
      loads.set(id, load);
      onLoaded(load, loads.size);
    },
    () => !signal?.aborted,
  );
  signal?.throwIfAborted();
  return ids.flatMap((id) => {
    const load = loads.get(id);
    return load ? [load] : [];
  });
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
 * Sends the transition to one record. A refusal that blames no field (INVALID_DATA, RECORD_NOT_IN_PROCESS) may
 * mean the record moved meanwhile: its blueprint is read again (inside the same slot of the cap), and if the
 * transition is gone the reason says so.
 */
export async function sendToRecord(
  client: CrmClient,
  ref: RecordRef,
  transitionId: string,
  data: Record<string, unknown>,
): Promise<{ ok: true } | { ok: false; error: SendFailure }> {
  try {
    const outcome = await client.updateBlueprint(ref, transitionId, data);
    if (outcome.result === 'done') return { ok: true };
    return {
      ok: false,
      error: {
        reason: 'partial',
        fieldApiName: null,
        error: { kind: 'unexpected', call: 'updateBluePrint', message: outcome.message },
      },
    };
  } catch (reason) {
    const error = failureOf(reason, 'updateBluePrint');
    const fieldApiName = error.kind === 'api' ? error.fieldApiName : null;
    if (
      error.kind === 'api' &&
      (error.code === 'INVALID_DATA' || error.code === 'RECORD_NOT_IN_PROCESS') &&
      (!fieldApiName || fieldApiName === 'transition_id')
    ) {
      const still = await client.getBlueprint(ref).then(
        (fresh) => fresh !== null && fresh.transitions.some((t) => t.id === transitionId),
        () => true,
      );
      if (!still) return { ok: false, error: { reason: 'gone', fieldApiName: null, error } };
    }
    return { ok: false, error: { reason: reasonOf(error), fieldApiName, error } };
  }
}

/** A send run of one transition over the records that can take it, at most MAX_IN_FLIGHT calls in flight. */
export function bulkSend(
  client: CrmClient,
  entity: string,
  recordIds: readonly string[],
  transitionId: string,
  data: Record<string, unknown>,
): SendRun<SendFailure> {
  return new SendRun<SendFailure>(recordIds, (id) =>
    sendToRecord(client, { entity, recordId: id }, transitionId, data),
  );
}

/** Which failed records a retry sends: those still at the transition, and not refused for good (no permission). */
export function worthRetrying(_id: string, failure: SendFailure): boolean {
  return failure.reason !== 'gone' && failure.reason !== 'no-permission';
}
