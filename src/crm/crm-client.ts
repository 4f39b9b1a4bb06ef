import type { Blueprint } from '../blueprint/model.ts';
import type { StageHistory } from '../blueprint/stage-history.ts';
import type { ModuleInfo } from '../settings/crm-metadata.ts';
import type { SettingsRead } from '../settings/settings-schema.ts';
import type { ModuleField } from './decode/fields.ts';
import type { RecordChoice } from './decode/records.ts';
import type { UpdateOutcome, UploadedFile } from './decode/small-answers.ts';
import { decodeCurrentUser, type CurrentUser, type OrgInfo, type UserChoice } from './decode/user.ts';
import type { CallRecord } from './call-log.ts';
import type { Priority } from './calls-in-flight.ts';

export type { ModuleField, RecordChoice, UpdateOutcome, UploadedFile, CurrentUser, OrgInfo, UserChoice, CallRecord };

/** The user to assume when getCurrentUser failed: the browser's locale, default formats, no admin. */
export function unknownUser(): CurrentUser {
  return decodeCurrentUser(null);
}

/**
 * The one interface the widget uses to talk to the CRM. Every answer comes back decoded into the widget's own
 * types (src/crm/decode/, one decoder per answer): nothing past this edge sees raw JSON. The only raw values
 * left are a transition's record values (`Transition.data`), which each field kind reads. Made by
 * `decodingClient` (decoding-client.ts) over the SDK's wire; tests hand in their own wire. Every method rejects
 * only with a CrmFailure, or with the signal's reason once aborted.
 */
export interface CrmClient {
  /** The record's blueprint, or null for a record in no process. An answer that cannot be read is a failure. */
  getBlueprint(ref: RecordRef, opts?: CallOptions): Promise<Blueprint | null>;
  /** Performs one transition with the given field values (already encoded for the CRM). */
  updateBlueprint(
    ref: RecordRef,
    transitionId: string,
    data: Record<string, unknown>,
    opts?: CallOptions,
  ): Promise<UpdateOutcome>;
  /** The module's fields, with their picklists (the process field's full list of states among them). */
  getFields(entity: string, opts?: CallOptions): Promise<ModuleField[]>;
  /**
   * The record's display name (null when it has none the widget recognises) and its values (raw, keyed by field
   * API name, as `Transition.data`: each field kind reads its own). The first screen asks it once, for both.
   */
  getRecord(ref: RecordRef, opts?: CallOptions): Promise<RecordRead>;
  /**
   * Changes fields of the record (`updateRecord`): `data` holds only the changed fields, already encoded; the
   * record's id goes with it. A refusal (`RECORD_IN_BLUEPRINT`, `NO_PERMISSION`, ...) is a failure.
   */
  updateRecord(ref: RecordRef, data: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /** A record's stage history from a related list (Deals' `Stage_History`); `unknown` when it holds nothing usable. */
  getStageHistory(ref: RecordRef, relatedList: string, opts?: CallOptions): Promise<StageHistory>;
  /** The signed-in user: date formats, time zone, whether an administrator. */
  getCurrentUser(opts?: CallOptions): Promise<CurrentUser>;
  /** The organisation: its currency. */
  getOrgInfo(opts?: CallOptions): Promise<OrgInfo>;
  /** Records of a module matching a word. */
  searchRecords(entity: string, query: string, opts?: CallOptions): Promise<RecordChoice[]>;
  /** The org's active users, every page of them. */
  getUsers(opts?: CallOptions): Promise<UserChoice[]>;
  /** Uploads a file for a transition's attachments or a file field. */
  uploadFile(file: File, opts?: CallOptions): Promise<UploadedFile>;
  /** The org's modules whose records the API can read. */
  getModules(opts?: CallOptions): Promise<ModuleInfo[]>;
  /** The admin's settings as stored (checked; the defaults, and why, when unusable). */
  getSettings(opts?: CallOptions): Promise<SettingsRead>;
  /** Writes the admin's settings document (JSON text), from the settings page only. */
  writeSettings(text: string, opts?: CallOptions): Promise<void>;
  /** Asks the CRM to size the widget's frame. Never rejects: a lost resize is not worth an error. */
  resize(size: { height: number; width: number }): Promise<void>;
  /** Closes the popup that holds the widget; with `reloadRecord`, the record page reloads too. */
  closePopup(reloadRecord: boolean): Promise<void>;
  /** Opens a record in the CRM (`UI.Record.open`), to finish there what the widget cannot. */
  openRecord(ref: RecordRef): Promise<void>;
}

/** A record as read: its display name and its values, keyed by field API name (null: the answer named no record). */
export interface RecordRead {
  name: string | null;
  values: Record<string, unknown> | null;
}

/** Which record the widget works on. */
export interface RecordRef {
  /** Module API name, e.g. `Leads`. */
  entity: string;
  /** The record's id, always a string (Zoho ids overflow JavaScript numbers). */
  recordId: string;
}

/** What the CRM tells the widget when it opens (the PageLoad event). */
export interface PageContext {
  record: RecordRef;
  /** Set only when the CRM sent several ids (a list view's mass action): every one, in order; `record` holds the first. */
  recordIds?: string[];
  /** Where the widget was opened from (`DetailView` for a detail page button), if the CRM says. */
  buttonPosition: string | null;
}

/** Options every call takes. */
export interface CallOptions {
  /** Aborting stops waiting for the answer (the SDK itself cannot cancel a call). */
  signal?: AbortSignal | undefined;
  /**
   * `background` for work the rep is not waiting on (bulk mode's record names): it waits behind every other call
   * for a place among the calls in flight (calls-in-flight.ts). `now` by default.
   */
  priority?: Priority | undefined;
  /**
   * Aborting it while the call waits for a place among the calls in flight keeps it from being sent; once sent,
   * the call is awaited as usual (bulk mode's Stop). `signal` does both.
   */
  queueSignal?: AbortSignal | undefined;
}
