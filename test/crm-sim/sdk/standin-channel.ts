/**
 * The widget-side transport of the SDK stand-in: the REGISTER handshake with the host, requests whose promises
 * settle on EVENT_RESPONSE / EVENT_RESPONSE_FAILURE, and named events (PageLoad). It has no timeouts, and it is
 * as lax as Zoho's SDK 1.2 (docs/wire-protocol.md, "Who may answer"): it reads a string as JSON text, numbers
 * its promises `Promise100`, `Promise101`…, and handles every FRAMEWORK.EVENT whatever frame or origin sent it
 * (SDK 1.2's source check returns a truthy Error). A SET_CONTEXT from anyone sets the context id, and the first
 * one lets init() go on. So only the widget's own guard (src/crm/context-guard.ts) keeps other frames from
 * answering its calls or cutting it off, and the browser tests show it does.
 */
import type { CrmEventData, SdkMessage } from '../protocol.ts';

type Settle = { resolve(value: unknown): void; reject(reason: unknown): void };

/** One connection from the widget page to the CRM host named by the page's `serviceOrigin` parameter. */
export class SdkChannel {
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
      console.error('[SDK stand-in] The widget URL has no serviceOrigin parameter: open it from the CRM (simulator).');
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
