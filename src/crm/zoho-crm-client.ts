import type { CallOptions, CrmClient, PageContext, RecordRef } from './crm-client.ts';
import { CrmFailure, readApiError, toCrmError } from './crm-error.ts';
import type { CrmWire } from './crm-wire.ts';
import { withDeadline } from './deadline.ts';
import { CallsInFlight } from './calls-in-flight.ts';
import { earlyKey, type EarlyStart } from './early-start.ts';
import { logCalls, pageCallLog } from './call-log.ts';
import { decodePageContext } from './decode/page-context.ts';
import { decodingClient } from './decoding-client.ts';
import { findZohoSdk, type ZohoSdk } from './zoho-sdk.ts';

/** How long a call may take before the widget tells the rep the CRM is slow (the call itself goes on). */
export const DEFAULT_DEADLINE_MS = 15_000;

/**
 * The most calls the widget keeps waiting on the CRM at once (docs/architecture.md, "Calls in flight"): the
 * first screen's reads go out together, so a record page allows them all (blueprint, record, user, org,
 * settings, stage history); bulk mode lowers it to MAX_IN_FLIGHT once it knows it runs.
 */
export const FIRST_SCREEN_CALLS = 6;

/** A live connection to the CRM: the client, and the page context once the CRM sends it. */
export interface CrmConnection<Page = PageContext> {
  client: CrmClient;
  /** Resolves with the PageLoad context; rejects with a CrmFailure if the SDK is missing or silent. */
  page: Promise<Page>;
  /** The calls sent and not answered yet, and their cap (every call but the CRM page's UI work goes through it). */
  inFlight: CallsInFlight;
}

/**
 * Connects to the CRM through Zoho's SDK on `win`. The PageLoad handler is registered before `init()`, as the
 * SDK requires (a handler added later is never called), and the context may arrive before init resolves.
 */
export function connectToZoho(win: Window, deadlineMs = DEFAULT_DEADLINE_MS): CrmConnection {
  return connect(win, deadlineMs, decodePageContext, false);
}

/**
 * Connects a page that is opened without a record (the extension's settings page): ready at PageLoad, whatever
 * its context says, or once init() resolves, as the reference documents PageLoad only for record buttons.
 */
export function connectToZohoWithoutRecord(win: Window, deadlineMs = DEFAULT_DEADLINE_MS): CrmConnection<void> {
  return connect(win, deadlineMs, () => undefined, true);
}

function connect<Page>(
  win: Window,
  deadlineMs: number,
  read: (data: unknown) => Page,
  readyAtInit: boolean,
): CrmConnection<Page> {
  const sdk = findZohoSdk(win);
  const inFlight = new CallsInFlight(FIRST_SCREEN_CALLS);
  if (!sdk) {
    const missing = new CrmFailure({ kind: 'sdk-missing' });
    const page = Promise.reject(missing);
    page.catch(() => undefined);
    return { client: decodingClient(missingSdkWire()), page, inFlight };
  }
  // Only the CRM page may answer: each page's inline guard stops every other frame's messages before the SDK's
  // listener exists (context-guard.ts); nothing here needs to add another.
  // The page's inline script may have started already (early-start.ts): its PageLoad, init and first calls are
  // adopted, since a handler added after init() is never called and nothing is asked twice.
  const early = (win as unknown as { bpStepperEarly?: EarlyStart }).bpStepperEarly ?? null;
  const pageLoad = early ? early.page : new Promise<unknown>((resolve) => sdk.embeddedApp.on('PageLoad', resolve));
  const init = guard('init', () => (early ? early.init : sdk.embeddedApp.init()), deadlineMs, null);
  init.catch(() => undefined);
  const ready = Promise.race([pageLoad, readyAtInit ? init : init.then(() => pageLoad)]);
  const page = withDeadline('PageLoad', ready, deadlineMs).then(read, (reason: unknown) => {
    throw new CrmFailure(toCrmError('PageLoad', reason));
  });
  // Every call is logged, shapes only, for an administrator's "Copy diagnostics" (README, "Reporting a problem").
  return {
    client: decodingClient(logCalls(new ZohoWire(sdk, deadlineMs, inFlight, early?.calls ?? {}), pageCallLog)),
    page,
    inFlight,
  };
}

/** The per-call deadline a page's URL asks for (`?deadline=ms`, so the simulator can show a silent CRM quickly). */
export function deadlineFromSearch(search: string): number {
  const value = Number(new URLSearchParams(search).get('deadline'));
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_DEADLINE_MS;
}

/**
 * Runs one SDK call under a deadline and turns every failure into a CrmFailure: a thrown error, a rejection
 * with a body, and an error body the SDK resolved with (it does both, docs/zoho-sdk.md). With `inFlight`, the
 * call first waits for a place among the calls in flight and holds it until the CRM answers, past the deadline
 * too; a signal that aborts while it waits means it is never sent.
 */
async function guard<T>(
  call: string,
  run: () => Promise<T>,
  ms: number,
  inFlight: CallsInFlight | null,
  opts?: CallOptions,
): Promise<T> {
  const signal = opts?.signal;
  const checked = (value: T): T => {
    const apiError = readApiError(call, value);
    if (apiError) throw new CrmFailure(apiError);
    return value;
  };
  const free = inFlight ? await inFlight.acquire(opts?.priority, opts?.queueSignal ?? signal) : null;
  const sent = Promise.resolve().then(run);
  // Freed once the answer has been read (a task later): what it settles (a read no longer needed, the next
  // record's update) is queued or dropped by then, so the place goes where it is wanted.
  const later = () => setTimeout(free!, 0);
  if (free) sent.then(later, later);
  let value: T;
  try {
    value = await withDeadline(call, sent, ms, signal);
  } catch (reason) {
    if (signal?.aborted && reason === signal.reason) throw reason;
    // A timeout keeps the answer still on its way, read the same way as one in time; the call keeps its place.
    const late =
      reason instanceof CrmFailure && reason.late
        ? reason.late.then(
            (v) => checked(v as T),
            (r: unknown) => {
              throw r instanceof CrmFailure ? r : new CrmFailure(toCrmError(call, r));
            },
          )
        : null;
    throw new CrmFailure(toCrmError(call, reason), late);
  }
  return checked(value);
}

/** The SDK's calls, each under a deadline, failures turned into CrmFailure; answers raw for the decoders. */
class ZohoWire implements CrmWire {
  constructor(
    private readonly sdk: ZohoSdk,
    private readonly deadlineMs: number,
    private readonly inFlight: CallsInFlight,
    private readonly early: EarlyStart['calls'],
  ) {}

  getBlueprint(ref: RecordRef, opts?: CallOptions): Promise<unknown> {
    return this.call(
      'getBluePrint',
      () => this.sdk.CRM.API.getBluePrint({ Entity: ref.entity, RecordID: ref.recordId }),
      opts,
      earlyKey('getBluePrint', ref.entity, ref.recordId),
    );
  }

  updateBlueprint(
    ref: RecordRef,
    transitionId: string,
    data: Record<string, unknown>,
    opts?: CallOptions,
  ): Promise<unknown> {
    return this.call(
      'updateBluePrint',
      () =>
        this.sdk.CRM.API.updateBluePrint({
          Entity: ref.entity,
          RecordID: ref.recordId,
          BlueprintData: { blueprint: [{ transition_id: transitionId, data }] },
        }),
      opts,
    );
  }

  getFields(entity: string, opts?: CallOptions): Promise<unknown> {
    return this.call('getFields', () => this.sdk.CRM.META.getFields({ Entity: entity }), opts);
  }

  getRecord(ref: RecordRef, opts?: CallOptions): Promise<unknown> {
    return this.call(
      'getRecord',
      () => this.sdk.CRM.API.getRecord({ Entity: ref.entity, RecordID: ref.recordId }),
      opts,
      earlyKey('getRecord', ref.entity, ref.recordId),
    );
  }

  updateRecord(ref: RecordRef, data: Record<string, unknown>, opts?: CallOptions): Promise<unknown> {
    // The record's id goes with the data (docs/zoho-sdk.md, "updateRecord"). No `Trigger`: left out, the API runs
    // the module's workflows, approvals and blueprint as an edit on the record page does (docs/assumptions.md).
    return this.call(
      'updateRecord',
      () => this.sdk.CRM.API.updateRecord({ Entity: ref.entity, APIData: { ...data, id: ref.recordId } }),
      opts,
    );
  }

  getRelatedRecords(ref: RecordRef, relatedList: string, opts?: CallOptions): Promise<unknown> {
    return this.call(
      'getRelatedRecords',
      () =>
        this.sdk.CRM.API.getRelatedRecords({
          Entity: ref.entity,
          RecordID: ref.recordId,
          RelatedList: relatedList,
          page: 1,
          per_page: 200,
        }),
      opts,
      earlyKey('getRelatedRecords', ref.entity, ref.recordId, relatedList),
    );
  }

  getCurrentUser(opts?: CallOptions): Promise<unknown> {
    return this.call('getCurrentUser', () => this.sdk.CRM.CONFIG.getCurrentUser(), opts, 'getCurrentUser');
  }

  getOrgInfo(opts?: CallOptions): Promise<unknown> {
    return this.call('getOrgInfo', () => this.sdk.CRM.CONFIG.getOrgInfo(), opts, 'getOrgInfo');
  }

  searchRecords(entity: string, query: string, opts?: CallOptions): Promise<unknown> {
    return this.call(
      'searchRecord',
      () => this.sdk.CRM.API.searchRecord({ Entity: entity, Type: 'word', Query: query, page: 1, per_page: 20 }),
      opts,
    );
  }

  getUsers(page: number, opts?: CallOptions): Promise<unknown> {
    return this.call(
      'getAllUsers',
      () => this.sdk.CRM.API.getAllUsers({ Type: 'ActiveUsers', page, per_page: 200 }),
      opts,
    );
  }

  uploadFile(file: File, opts?: CallOptions): Promise<unknown> {
    return this.call(
      'uploadFile',
      () =>
        this.sdk.CRM.API.uploadFile({
          CONTENT_TYPE: 'multipart',
          PARTS: [{ headers: { 'Content-Disposition': 'file;' }, content: '__FILE__' }],
          FILE: { fileParam: 'content', file },
        }),
      opts,
    );
  }

  getModules(opts?: CallOptions): Promise<unknown> {
    return this.call('getModules', () => this.sdk.CRM.META.getModules(), opts);
  }

  getOrgVariable(name: string, opts?: CallOptions): Promise<unknown> {
    return this.call(
      'getOrgVariable',
      () => this.sdk.CRM.API.getOrgVariable(name),
      opts,
      earlyKey('getOrgVariable', name),
    );
  }

  async setOrgVariable(name: string, value: string, opts?: CallOptions): Promise<void> {
    await this.call('invokeAPI', () => this.sdk.CRM.CONNECTOR.invokeAPI('crm.set', { apiname: name, value }), opts);
  }

  async resize(size: { height: number; width: number }): Promise<void> {
    await this.uiCall('Resize', () => this.sdk.CRM.UI.Resize(size)).catch(() => undefined);
  }

  async closePopup(reloadRecord: boolean): Promise<void> {
    const popup = this.sdk.CRM.UI.Popup;
    await this.uiCall(reloadRecord ? 'Popup.closeReload' : 'Popup.close', () =>
      reloadRecord ? popup.closeReload() : popup.close(),
    );
  }

  async openRecord(ref: RecordRef): Promise<void> {
    await this.uiCall('Record.open', () => this.sdk.CRM.UI.Record.open({ Entity: ref.entity, RecordID: ref.recordId }));
  }

  /**
   * A request to Zoho's servers: it takes a place among the calls in flight. One the page's early start already
   * sent (`key`) is not sent again: its promise is taken, once.
   */
  private call<T>(name: string, run: () => Promise<T>, opts?: CallOptions, key?: string): Promise<T> {
    const sent = key ? this.early[key] : undefined;
    if (key) this.early[key] = undefined;
    return guard(name, sent ? () => sent as Promise<T> : run, this.deadlineMs, this.inFlight, opts);
  }

  /** The CRM page's own work (its popup, its frame's size): done on receipt, never queued behind requests. */
  private uiCall<T>(name: string, run: () => Promise<T>): Promise<T> {
    return guard(name, run, this.deadlineMs, null);
  }
}

/**
 * The wire used when Zoho's SDK script did not load: every call fails the same clear way, and resizing does
 * nothing. A proxy rather than one method each: the first chunk carries it whether or not the SDK loads.
 */
function missingSdkWire(): CrmWire {
  const fail = () => Promise.reject(new CrmFailure({ kind: 'sdk-missing' }));
  return new Proxy({} as CrmWire, {
    // Not a thenable: `then` stays undefined, so awaiting the wire gives the wire.
    get: (_, method) => (method === 'then' ? undefined : method === 'resize' ? async () => undefined : fail),
  });
}
