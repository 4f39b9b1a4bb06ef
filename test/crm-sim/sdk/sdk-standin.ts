/**
 * The project's stand-in for Zoho's embedded app SDK 1.2 (`ZohoEmbededAppSDK.min.js`), loaded inside the widget
 * iframe by the CRM simulator in place of the CDN script: like it, one classic script where the page has Zoho's
 * tag, which runs as the parser reaches it (vite-plugin.ts). It defines `window.ZOHO` with the public API the
 * widget uses and speaks the SDK's wire protocol (docs/wire-protocol.md), so either script works against either
 * host. Written from the reference, not copied from Zoho's code. A classic script cannot import: everything is in
 * this one function, and the types come from ../protocol.ts by `import()` types, which leave nothing behind.
 *
 * Its transport (`SdkChannel`): the REGISTER handshake with the host, requests whose promises settle on
 * EVENT_RESPONSE / EVENT_RESPONSE_FAILURE, and named events (PageLoad). It has no timeouts, and it is as lax as
 * Zoho's SDK 1.2 (docs/wire-protocol.md, "Who may answer"): it reads a string as JSON text, numbers its promises
 * `Promise100`, `Promise101`…, and handles every FRAMEWORK.EVENT whatever frame or origin sent it (SDK 1.2's
 * source check returns a truthy Error). A SET_CONTEXT from anyone sets the context id, and the first one lets
 * init() go on. So only the widget's own guard (src/crm/context-guard.ts) keeps other frames from answering its
 * calls or cutting it off, and the browser tests show it does.
 */
(() => {
  type CrmEventData = import('../protocol.ts').CrmEventData;
  type SdkMessage = import('../protocol.ts').SdkMessage;

  type Settle = { resolve(value: unknown): void; reject(reason: unknown): void };

  /** One connection from the widget page to the CRM host named by the page's `serviceOrigin` parameter. */
  class SdkChannel {
    private uniqueID: string | null = null;
    private host: { window: Window; origin: string } | null = null;
    private nextPromise = 100;
    private readonly pending = new Map<string, Settle>();
    private readonly listeners = new Map<string, Array<(data: unknown) => void>>();
    private onContext: (() => void) | null = null;

    constructor(private readonly serviceOrigin: string | null) {
      window.addEventListener('message', (e) => this.receive(e));
      window.addEventListener('pagehide', () => this.deregister());
    }

    /** Posts REGISTER; `onContext` runs once the host answers SET_CONTEXT. */
    register(onContext: () => void): void {
      if (!this.serviceOrigin) {
        console.error(
          '[SDK stand-in] The widget URL has no serviceOrigin parameter: open it from the CRM (simulator).',
        );
        return;
      }
      this.onContext = onContext;
      const message: SdkMessage = {
        type: 'SDK.EVENT',
        eventName: 'REGISTER',
        appOrigin: encodeURIComponent(location.href),
      };
      window.parent.postMessage(message, this.serviceOrigin);
    }

    /** Calls `fn` with the data of every named host event (e.g. PageLoad) from now on. */
    listen(eventName: string, fn: (data: unknown) => void): void {
      this.listeners.set(eventName, [...(this.listeners.get(eventName) ?? []), fn]);
    }

    /** Sends a request and returns its answer's promise; throws, like the SDK, before the host set the context. */
    request(eventName: 'CRM_EVENT' | 'ZDK_EVENT', data: CrmEventData | { action: string }): Promise<unknown> {
      if (!this.host || this.uniqueID === null) throw new Error('Parentwindow reference not found.');
      const promiseid = `Promise${this.nextPromise++}`;
      const answer = new Promise<unknown>((resolve, reject) => this.pending.set(promiseid, { resolve, reject }));
      const message = {
        type: 'SDK.EVENT',
        eventName,
        uniqueID: this.uniqueID,
        time: Date.now(),
        promiseid,
        data,
        appOrigin: encodeURIComponent(location.href),
      };
      this.host.window.postMessage(message as SdkMessage, this.host.origin);
      return answer;
    }

    private receive(event: MessageEvent): void {
      // Read as SDK 1.2 reads it: JSON text parsed (a string that is not JSON kept as it is), anything else as is.
      let msg = event.data as { type?: unknown; eventName?: unknown; promiseid?: unknown; data?: unknown } | null;
      if (typeof msg === 'string') {
        try {
          msg = JSON.parse(msg);
        } catch {
          return;
        }
      }
      // No source or origin check, as in SDK 1.2: every FRAMEWORK.EVENT is handled, whoever sent it.
      if (msg == null || msg.type !== 'FRAMEWORK.EVENT') return;
      const eventName = String(msg.eventName);
      if (eventName === 'SET_CONTEXT') {
        // SDK 1.2 adopts the id whoever sends it, and from then on posts to the page's parent at serviceOrigin.
        if (!this.serviceOrigin) return;
        this.host = { window: window.parent, origin: this.serviceOrigin };
        this.uniqueID = String((msg.data as { uniqueID?: unknown } | undefined)?.uniqueID ?? '');
        const run = this.onContext;
        this.onContext = null;
        run?.();
        return;
      }
      if (eventName === 'EVENT_RESPONSE' || eventName === 'EVENT_RESPONSE_FAILURE') {
        const id = String(msg.promiseid);
        const settle = this.pending.get(id);
        this.pending.delete(id);
        if (eventName === 'EVENT_RESPONSE') settle?.resolve(msg.data);
        else settle?.reject(msg.data);
        return;
      }
      for (const fn of this.listeners.get(eventName) ?? []) {
        // A throwing handler must not stop the others or the channel, as in Zoho's SDK (which only logs it).
        try {
          fn(msg.data);
        } catch (error) {
          console.error(`[SDK stand-in] ${eventName} handler threw`, error);
        }
      }
    }

    private deregister(): void {
      if (!this.host || this.uniqueID === null) return;
      this.host.window.postMessage(
        {
          type: 'SDK.EVENT',
          eventName: 'DEREGISTER',
          uniqueID: this.uniqueID,
          appOrigin: encodeURIComponent(location.href),
        } satisfies SdkMessage,
        this.host.origin,
      );
    }
  }

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
          crm({
            category: 'SEARCH',
            Entity: c.Entity,
            Type: c.Type,
            Query: c.Query,
            page: c.page,
            per_page: c.per_page,
          }),
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
})();
