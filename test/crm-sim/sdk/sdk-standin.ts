/**
 * The project's stand-in for Zoho's embedded app SDK 1.2 (`ZohoEmbededAppSDK.min.js`), loaded inside the widget
 * iframe by the CRM simulator in place of the CDN script. It defines `window.ZOHO` with the public API the widget
 * uses and speaks the SDK's wire protocol (docs/wire-protocol.md), so either script works against
 * either host. Written from the reference, not copied from Zoho's code.
 */
import type { CrmEventData } from '../protocol.ts';
import { SdkChannel } from './standin-channel.ts';

/** The mark the stand-in sets in the widget's frame when the host's PageLoad arrives (README.md). */
const PAGE_LOAD_MARK = 'crm-sim:page-load';

/** The mark the stand-in sets as the answer to a data call (any but the UI's) settles in the frame (README.md). */
const ANSWER_MARK = 'crm-sim:answer';

/** The version the SDK writes into every CRM_EVENT. */
const SDK_VERSION = '1.2';

type Params = Record<string, unknown>;

const channel = new SdkChannel(new URLSearchParams(location.search).get('serviceOrigin'));
/** Handlers given to `on` before init(); like the real SDK, one per event name, wired once at init(). */
const handlers = new Map<string, (data: unknown) => void>();
let initPromise: Promise<void> | null = null;

/**
 * Sends one CRM_EVENT with the call's fields. The answer to a data call sets a User Timing mark before the page's
 * own handlers run: the bench finds the last answer a first screen waited for (test/tools/bench/), not something
 * Zoho's SDK does. UI calls (a resize) are left out: a first screen does not wait for their answers.
 */
const crm = (data: { category: string; [key: string]: unknown }): Promise<unknown> => {
  const answer = channel.request('CRM_EVENT', { ...data, sdkVersion: SDK_VERSION } as CrmEventData);
  const mark = () => void performance.mark(ANSWER_MARK);
  if (data.category !== 'UI') answer.then(mark, mark);
  return answer;
};

/** REGISTER, SET_CONTEXT, then the ZDK question of 1.2; resolves once that is answered (and its script, if any, loaded). */
function init(): Promise<void> {
  if (initPromise) return initPromise;
  // A User Timing mark as PageLoad arrives, before the page's own handler runs: the bench's common starting
  // point for any widget page (test/tools/bench/), not something Zoho's SDK does.
  channel.listen('PageLoad', () => performance.mark(PAGE_LOAD_MARK));
  for (const [event, fn] of handlers) channel.listen(event, fn);
  initPromise = new Promise<void>((resolve) => {
    channel.register(() => {
      channel.request('ZDK_EVENT', { action: 'get_zdk_url' }).then(
        (url) => {
          if (typeof url !== 'string' || !url) return resolve();
          const script = Object.assign(document.createElement('script'), {
            src: url,
            onload: () => resolve(),
            onerror: () => resolve(),
          });
          document.head.append(script);
        },
        () => resolve(),
      );
    });
  });
  return initPromise;
}

const ZOHO = {
  embeddedApp: {
    /** Registers the handler of a host event; only handlers registered before init() are ever called. */
    on(event: string, fn: (data: unknown) => void): void {
      if (typeof fn === 'function') handlers.set(event, fn);
    },
    init,
  },
  CRM: {
    API: {
      getBluePrint: (c: Params) =>
        crm({ Entity: c.Entity, RecordID: c.RecordID, category: 'BLUEPRINT', action: 'GET_BLUEPRINT_STATUS' }),
      updateBluePrint: (c: Params) =>
        crm({
          Entity: c.Entity,
          RecordID: c.RecordID,
          BlueprintData: c.BlueprintData,
          category: 'BLUEPRINT',
          action: 'UPDATE_BLUEPRINT_STATUS',
        }),
      getRecord: (c: Params) => crm({ category: 'READ', APIData: { Entity: c.Entity, RecordID: c.RecordID } }),
      updateRecord: (c: Params) =>
        crm({ category: 'UPDATE', Entity: c.Entity, APIData: c.APIData, Trigger: c.Trigger }),
      getRelatedRecords: (c: Params) =>
        crm({
          category: 'READ',
          APIData: {
            Entity: c.Entity,
            RecordID: c.RecordID,
            RelatedList: c.RelatedList,
            page: c.page,
            per_page: c.per_page,
          },
        }),
      searchRecord: (c: Params) =>
        crm({ category: 'SEARCH', Entity: c.Entity, Type: c.Type, Query: c.Query, page: c.page, per_page: c.per_page }),
      getAllUsers: (c: Params) => crm({ category: 'USER', Type: c.Type, page: c.page, per_page: c.per_page }),
      uploadFile: (config: Params) => crm({ category: 'FILES', type: 'UPLOAD_FILE', FileData: config }),
      getOrgVariable: (name: string) => crm({ category: 'CONFIG', type: 'VARIABLE', nameSpace: name }),
    },
    META: {
      getFields: (c: Params) => crm({ category: 'META', type: 'FIELD_LIST', Entity: c.Entity }),
      getModules: () => crm({ category: 'META', type: 'MODULE_LIST' }),
    },
    CONFIG: {
      getCurrentUser: () => crm({ category: 'CONFIG', type: 'CURRENT_USER' }),
      getOrgInfo: () => crm({ category: 'CONFIG', type: 'ORG' }),
    },
    UI: {
      Resize: (size: { height?: number | string; width?: number | string }) =>
        crm({ category: 'UI', action: 'RESIZE', data: { width: size.width, height: size.height } }),
      Popup: {
        close: () => crm({ category: 'UI', action: { popup: 'CLOSE' } }),
        closeReload: () => crm({ category: 'UI', action: { popup: 'CLOSE_RELOAD' } }),
      },
      Record: {
        open: (c: Params) =>
          crm({
            category: 'UI',
            action: { record: 'OPEN' },
            data: { Entity: c.Entity, RecordID: c.RecordID, Target: c.Target },
          }),
      },
    },
    CONNECTOR: {
      invokeAPI: (name: string, params: Params) =>
        crm({ category: 'CONNECTOR', nameSpace: name, data: params, type: 'CONNECTOR' }),
    },
    CONNECTION: {
      invoke: (name: string, request: Params) => crm({ category: 'CONNECTION', nameSpace: name, data: request }),
    },
  },
};

// Not declared on Window here: the widget's own code owns the type it gives window.ZOHO.
Object.assign(window, { ZOHO });
