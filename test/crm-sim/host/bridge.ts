/**
 * The host side of the wire protocol for one widget iframe: the REGISTER handshake, PageLoad, the ZDK question
 * of init(), and every CRM_EVENT answered from the in-memory CRM after the set latency, unless a failure is
 * injected. Speaks only what docs/wire-protocol.md describes, so Zoho's real SDK could talk to it too.
 */
import { routeCall, type Answer, type HostUi } from '../crm/crm-calls.ts';
import type { CrmStore } from '../crm/crm-store.ts';
import { readMessage, type CrmEventData, type HostMessage, type PageLoadData } from '../protocol.ts';
import { failureAnswer, type SimKnobs } from './knobs.ts';

/** What the bridge needs from the host page. */
export interface BridgeOptions {
  iframe: HTMLIFrameElement;
  page: PageLoadData;
  store: CrmStore;
  knobs: SimKnobs;
  ui: HostUi;
  /** Every CRM_EVENT as received, named by its SDK call. */
  onCall(name: string, data: CrmEventData): void;
  /** Every answer sent, after it is sent. */
  onAnswer(name: string, answer: Answer): void;
  /** One line for the CRM log. */
  log(line: string): void;
}

/** Short JSON for the log: enough to recognise a message, not the whole blueprint. */
export function brief(value: unknown, max = 160): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Whether a call is the CRM page's own UI work (no request to Zoho's servers). */
export function isUiCall(name: string): boolean {
  return /^(Resize|Popup\.|Record\.)/.test(name);
}

/** Starts answering the widget in `iframe`; returns a function that stops listening. */
export function connectWidget(o: BridgeOptions): () => void {
  let uniqueID: string | null = null;
  const pending = new Set<ReturnType<typeof setTimeout>>();

  // The widget's pages may be on another site than this page (as in Zoho): answer only the frame this bridge
  // opened, from the origin its URL names (a sandboxed frame's origin is the opaque "null").
  const frameOrigin = new URL(o.iframe.src, location.href).origin;
  const onMessage = (event: MessageEvent): void => {
    const source = o.iframe.contentWindow;
    if (!source || event.source !== source) return;
    if (event.origin !== frameOrigin && event.origin !== 'null') {
      o.log(`← message ignored: from ${event.origin}, not ${frameOrigin}`);
      return;
    }
    const msg = readMessage(event.data);
    if (!msg || msg.type !== 'SDK.EVENT') return;
    // A sandboxed iframe has the opaque origin "null", which cannot be targeted; anything else is targeted exactly.
    const target = event.origin === 'null' ? '*' : event.origin;
    const post = (m: HostMessage): void => source.postMessage(m, target);
    const promiseid = String(msg.promiseid ?? '');

    switch (msg.eventName) {
      case 'REGISTER':
        // Not crypto.randomUUID: it exists only in secure contexts, and the simulator may be opened over plain http.
        uniqueID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        o.log(`← REGISTER from ${decodeURIComponent(String(msg.appOrigin ?? ''))}`);
        post({
          type: 'FRAMEWORK.EVENT',
          eventName: 'SET_CONTEXT',
          data: { uniqueID, locale: 'en_US', model: {}, connectors: {} },
        });
        post({ type: 'FRAMEWORK.EVENT', eventName: 'PageLoad', data: o.page });
        o.log(`→ SET_CONTEXT, PageLoad ${brief(o.page)}`);
        return;
      case 'DEREGISTER':
        o.log('← DEREGISTER');
        uniqueID = null;
        return;
      case 'ZDK_EVENT':
        // No ZDK script to add: init() resolves on this failure (docs/wire-protocol.md, step 4).
        o.log(`← ZDK_EVENT ${brief(msg.data)} → EVENT_RESPONSE_FAILURE`);
        post({
          type: 'FRAMEWORK.EVENT',
          eventName: 'EVENT_RESPONSE_FAILURE',
          promiseid,
          data: { message: 'no ZDK script in the CRM simulator' },
        });
        return;
      case 'CRM_EVENT':
        if (msg.uniqueID !== uniqueID) {
          o.log(`← CRM_EVENT ignored: uniqueID ${String(msg.uniqueID)} was not given by SET_CONTEXT`);
          return;
        }
        handleCall(msg.data as CrmEventData, promiseid, post);
        return;
    }
  };

  const handleCall = (data: CrmEventData, promiseid: string, post: (m: HostMessage) => void): void => {
    const call = routeCall(data);
    o.onCall(call.name, data);
    const code = o.knobs.takeFailure(call.name);
    o.log(`← ${promiseid} ${call.name} ${brief(data)}${code ? `  [inject ${code}]` : ''}`);
    const injected = code ? failureAnswer(code, call.name) : undefined;
    if (injected === null) return; // TIMEOUT: like a CRM that never answers; the SDK has no timeout of its own.
    // UI calls (Resize, Popup.*, Record.open) are the CRM page's own work, not a server's: done on receipt, with
    // no network latency (docs/assumptions.md). Everything else waits the set latency, as a request to Zoho would.
    const delay = isUiCall(call.name) ? 0 : o.knobs.latencyMs;
    // A late answer (the knob): answered this much later, carried out on time or only as it is answered.
    const late = isUiCall(call.name) ? null : o.knobs.takeLate(call.name);
    const after = (ms: number, fn: () => void): void => {
      const timer = setTimeout(() => {
        pending.delete(timer);
        fn();
      }, ms);
      pending.add(timer);
    };
    const answerNow = !late?.carriedOutLate;
    after(delay, () => {
      let answer = answerNow ? (injected ?? call.answer(o.store, o.ui)) : null;
      if (late) o.log(`  ${promiseid} ${call.name}: its answer comes ${late.ms} ms late`);
      after(late?.ms ?? 0, () => {
        answer ??= injected ?? call.answer(o.store, o.ui);
        post({
          type: 'FRAMEWORK.EVENT',
          eventName: answer.settle === 'resolve' ? 'EVENT_RESPONSE' : 'EVENT_RESPONSE_FAILURE',
          promiseid,
          data: answer.data,
        });
        o.log(
          `→ ${promiseid} ${call.name} ${answer.settle === 'resolve' ? 'EVENT_RESPONSE' : 'EVENT_RESPONSE_FAILURE'} ${brief(answer.data)}`,
        );
        o.onAnswer(call.name, answer);
      });
    });
  };

  window.addEventListener('message', onMessage);
  return () => {
    window.removeEventListener('message', onMessage);
    // Answers still in flight when the popup closes would reach a widget that is gone: drop them.
    pending.forEach((t) => clearTimeout(t));
    pending.clear();
  };
}
