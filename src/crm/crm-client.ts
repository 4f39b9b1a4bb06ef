/** The one interface the widget uses to talk to the CRM. The SDK implementation lives in zoho-crm-client.ts;
 * tests hand in their own. Answers are returned raw (`unknown`): decoding into the widget's types happens in
 * blueprint/, at the edge, never here. Every method rejects only with a CrmFailure. */
export interface CrmClient {
  /** The record's blueprint (`{blueprint: {process_info, transitions}}`), or nothing for a record in no process. */
  getBlueprint(ref: RecordRef, opts?: CallOptions): Promise<unknown>;
  /** Performs one transition with the given field values (already encoded for the CRM). */
  updateBlueprint(ref: RecordRef, transitionId: string, data: Record<string, unknown>, opts?: CallOptions): Promise<UpdateOutcome>;
  /** The module's field metadata (`{fields: [...]}`), which carries the process field's full picklist. */
  getFields(entity: string, opts?: CallOptions): Promise<unknown>;
  /** One record (`{data: [record]}`). */
  getRecord(ref: RecordRef, opts?: CallOptions): Promise<unknown>;
  /** One page (200 rows) of a record's related list (`{data: [...], info}`; an empty list may answer with nothing). */
  getRelatedRecords(ref: RecordRef, relatedList: string, opts?: CallOptions): Promise<unknown>;
  /** The signed-in user (`{users: [user]}`): locale, time zone, date format. */
  getCurrentUser(opts?: CallOptions): Promise<unknown>;
  /** The organisation (`{org: [org]}`): currency, locale. */
  getOrgInfo(opts?: CallOptions): Promise<unknown>;
  /** Records of a module matching a word (`{data: [...]}`); no match may answer with nothing. */
  searchRecords(entity: string, query: string, opts?: CallOptions): Promise<unknown>;
  /** The org's active users (`{users: [...]}`). */
  getUsers(opts?: CallOptions): Promise<unknown>;
  /** Uploads a file for a transition's attachments or a file field (`{data: [{details: {id, name}}]}`). */
  uploadFile(file: File, opts?: CallOptions): Promise<unknown>;
  /** The org's modules (`{modules: [...]}`). */
  getModules(opts?: CallOptions): Promise<unknown>;
  /** A CRM variable (`{Success: {Content: "..."}}`); `name` is `<namespace>__<name>`. */
  getOrgVariable(name: string, opts?: CallOptions): Promise<unknown>;
  /** Writes a CRM variable (an admin's settings page only). */
  setOrgVariable(name: string, value: string, opts?: CallOptions): Promise<void>;
  /** Asks the CRM to size the widget's frame. Never rejects: a lost resize is not worth an error. */
  resize(size: { height: number; width: number }): Promise<void>;
  /** Closes the popup that holds the widget; with `reloadRecord`, the record page reloads too. */
  closePopup(reloadRecord: boolean): Promise<void>;
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
  /** Where the widget was opened from (`DetailView` for a detail page button), if the CRM says. */
  buttonPosition: string | null;
}

/** Options every call takes. */
export interface CallOptions {
  /** Aborting stops waiting for the answer (the SDK itself cannot cancel a call). */
  signal?: AbortSignal;
}

/** How the CRM took a transition that did not fail. */
export interface UpdateOutcome {
  /** `done`: the record moved on; `partial`: values saved, but the transition still waits for required items. */
  result: 'done' | 'partial';
  /** The CRM's own words. */
  message: string;
}
