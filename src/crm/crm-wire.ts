import type { CallOptions, RecordRef } from './crm-client.ts';

/**
 * The CRM's calls as they travel, answers raw (`unknown`). Only src/crm/ sees this: zoho-crm-client.ts
 * implements it on Zoho's SDK, and decoding-client.ts turns it into the typed CrmClient everything else uses.
 * Every method rejects only with a CrmFailure (or the caller's abort reason).
 */
export interface CrmWire {
  /** `{blueprint: {process_info, transitions}}`, or nothing for a record in no process. */
  getBlueprint(ref: RecordRef, opts?: CallOptions): Promise<unknown>;
  /** Performs one transition; `data` is already encoded for the CRM. Answers `{code, message, status}`, maybe wrapped. */
  updateBlueprint(
    ref: RecordRef,
    transitionId: string,
    data: Record<string, unknown>,
    opts?: CallOptions,
  ): Promise<unknown>;
  /** `{fields: [...]}`, which carries the process field's full picklist. */
  getFields(entity: string, opts?: CallOptions): Promise<unknown>;
  /** `{data: [record]}`. */
  getRecord(ref: RecordRef, opts?: CallOptions): Promise<unknown>;
  /** Updates fields of one record: `{data: [{code: "SUCCESS", details: {id, Modified_Time, ...}, ...}]}`. */
  updateRecord(ref: RecordRef, data: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /** One page (200 rows) of a record's related list (`{data: [...], info}`; an empty list may answer with nothing). */
  getRelatedRecords(ref: RecordRef, relatedList: string, opts?: CallOptions): Promise<unknown>;
  /** `{users: [user]}`: locale, time zone, date format, profile. */
  getCurrentUser(opts?: CallOptions): Promise<unknown>;
  /** `{org: [org]}`: currency, locale. */
  getOrgInfo(opts?: CallOptions): Promise<unknown>;
  /** `{data: [...]}`; no match may answer with nothing. */
  searchRecords(entity: string, query: string, opts?: CallOptions): Promise<unknown>;
  /** One page (200) of the org's active users: `{users: [...], info: {more_records}}`. */
  getUsers(page: number, opts?: CallOptions): Promise<unknown>;
  /** `{data: [{details: {id, name}}]}`. */
  uploadFile(file: File, opts?: CallOptions): Promise<unknown>;
  /** `{modules: [...]}`. */
  getModules(opts?: CallOptions): Promise<unknown>;
  /** `{Success: {Content: "..."}}`; `name` is `<namespace>__<name>`. */
  getOrgVariable(name: string, opts?: CallOptions): Promise<unknown>;
  /** Writes a CRM variable (an admin's settings page only). */
  setOrgVariable(name: string, value: string, opts?: CallOptions): Promise<void>;
  /** Asks the CRM to size the widget's frame. Never rejects: a lost resize is not worth an error. */
  resize(size: { height: number; width: number }): Promise<void>;
  /** Closes the popup that holds the widget; with `reloadRecord`, the record page reloads too. */
  closePopup(reloadRecord: boolean): Promise<void>;
  /** Opens a record in the CRM (`UI.Record.open`), to finish there what the widget cannot. */
  openRecord(ref: RecordRef): Promise<void>;
}
