import { decodeBlueprint } from '../blueprint/decode-blueprint.ts';
import type { Blueprint, ProcessState } from '../blueprint/model.ts';
import { buildPath, decodeProcessStates, type PathStep } from '../blueprint/process-path.ts';
import { obj, arr, str } from '../blueprint/read-json.ts';
import type { CrmClient, RecordRef } from '../crm/crm-client.ts';
import { CrmFailure, type CrmError } from '../crm/crm-error.ts';
import type { FormContext } from '../blueprint/draft.ts';
import { decodeFormContext } from './user-prefs.ts';

/** Everything the stepper shows for a record. */
export interface StepperData {
  record: RecordRef;
  /** The record's name for the header, when the record could be read. */
  recordName: string | null;
  blueprint: Blueprint;
  /** The process's states in order (empty when the field list could not be read). */
  states: ProcessState[];
  path: PathStep[];
  /** The user's date formats and time zone, and the org's currency. */
  context: FormContext;
  /** Things that went wrong but did not stop the stepper, in words for the rep. */
  warnings: string[];
}

/** What loading a record's stepper came to. */
export type LoadResult =
  | { kind: 'ready'; data: StepperData }
  | { kind: 'no-blueprint'; record: RecordRef; recordName: string | null }
  | { kind: 'failed'; error: CrmError };

/**
 * Loads the first screen with every request in flight at once (one round trip, not five): the blueprint, the
 * module's fields (for the full list of states), the record (for its name), the user (date formats, time zone)
 * and the org (currency).
 * Only the blueprint is essential; the others degrade to a plainer screen with a warning.
 */
export async function loadStepper(client: CrmClient, record: RecordRef, signal?: AbortSignal): Promise<LoadResult> {
  const opts = { signal };
  const [bp, fields, rec, user, org] = await Promise.allSettled([
    client.getBlueprint(record, opts),
    client.getFields(record.entity, opts),
    client.getRecord(record, opts),
    client.getCurrentUser(opts),
    client.getOrgInfo(opts),
  ]);
  signal?.throwIfAborted();
  const recordName = rec.status === 'fulfilled' ? readRecordName(rec.value) : null;
  if (bp.status === 'rejected') {
    const error = failureOf(bp.reason, 'getBluePrint');
    if (error.kind === 'api' && error.code === 'RECORD_NOT_IN_PROCESS') return { kind: 'no-blueprint', record, recordName };
    return { kind: 'failed', error };
  }
  const answer = decodeBlueprint(bp.value);
  if (answer.kind === 'none') return { kind: 'no-blueprint', record, recordName };
  if (answer.kind === 'malformed') {
    return { kind: 'failed', error: { kind: 'unexpected', call: 'getBluePrint', message: `The blueprint could not be read: ${answer.problem}.` } };
  }
  const warnings: string[] = [];
  let states: ProcessState[] = [];
  if (fields.status === 'fulfilled') states = decodeProcessStates(fields.value, answer.blueprint.process.fieldApiName);
  if (states.length === 0) warnings.push('The full list of stages could not be loaded; the path shows only the stages around this one.');
  return {
    kind: 'ready',
    data: {
      record,
      recordName,
      blueprint: answer.blueprint,
      states,
      path: buildPath(states, answer.blueprint.process.currentState, answer.blueprint.transitions),
      context: decodeFormContext(user.status === 'fulfilled' ? user.value : null, org.status === 'fulfilled' ? org.value : null),
      warnings,
    },
  };
}

/**
 * Reloads only the blueprint after a transition (the states, record name and user do not change), and lays
 * the path out again.
 */
export async function reloadBlueprint(client: CrmClient, previous: StepperData, signal?: AbortSignal): Promise<LoadResult> {
  let raw: unknown;
  try {
    raw = await client.getBlueprint(previous.record, { signal });
  } catch (reason) {
    signal?.throwIfAborted();
    const error = failureOf(reason, 'getBluePrint');
    if (error.kind === 'api' && error.code === 'RECORD_NOT_IN_PROCESS') return { kind: 'no-blueprint', record: previous.record, recordName: previous.recordName };
    return { kind: 'failed', error };
  }
  const answer = decodeBlueprint(raw);
  if (answer.kind === 'none') return { kind: 'no-blueprint', record: previous.record, recordName: previous.recordName };
  if (answer.kind === 'malformed') {
    return { kind: 'failed', error: { kind: 'unexpected', call: 'getBluePrint', message: `The blueprint could not be read: ${answer.problem}.` } };
  }
  return {
    kind: 'ready',
    data: {
      ...previous,
      blueprint: answer.blueprint,
      path: buildPath(previous.states, answer.blueprint.process.currentState, answer.blueprint.transitions),
    },
  };
}

/** The CrmError behind a rejection (the client only rejects with CrmFailure; anything else is a bug). */
export function failureOf(reason: unknown, call: string): CrmError {
  if (reason instanceof CrmFailure) return reason.error;
  return { kind: 'unexpected', call, message: reason instanceof Error ? reason.message : String(reason) };
}

const NAME_KEYS = ['Full_Name', 'Deal_Name', 'Account_Name', 'Subject', 'Case_Subject', 'Name', 'Product_Name', 'Vendor_Name', 'Campaign_Name'];

/** A record's display name from a getRecord answer, trying the name fields of the usual modules. */
export function readRecordName(answer: unknown): string | null {
  const record = obj(arr(obj(answer)?.data)[0]);
  if (!record) return null;
  for (const key of NAME_KEYS) {
    const value = str(record[key]) ?? str(obj(record[key])?.name);
    if (value) return value;
  }
  const parts = [str(record.First_Name), str(record.Last_Name)].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}
