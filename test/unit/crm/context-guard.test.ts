import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardSetContext } from '../../../src/crm/context-guard.ts';

const CRM = 'https://crm.zoho.example';
const setContext = (uniqueID: string) => ({ type: 'FRAMEWORK.EVENT', eventName: 'SET_CONTEXT', data: { uniqueID } });

/**
 * What the SDK's own listener receives. jsdom calls a window's capture listeners before its others, as the DOM
 * standard says, so the order the two are added in does not matter here; in Chromium it does, and the pages run
 * the guard before the SDK's script (test/e2e/hostile-input.test.ts checks both).
 */
let sdkSaw: unknown[];
const sdkListener = (e: MessageEvent) => sdkSaw.push(e.data);
let undo: (() => void) | null = null;
let sibling: HTMLIFrameElement;

beforeEach(() => {
  sdkSaw = [];
  history.replaceState(null, '', `/widget.html?serviceOrigin=${encodeURIComponent(CRM)}`);
  window.addEventListener('message', sdkListener);
  sibling = document.body.appendChild(document.createElement('iframe'));
});

afterEach(() => {
  undo?.();
  undo = null;
  window.removeEventListener('message', sdkListener);
  sibling.remove();
});

function post(data: unknown, origin: string, source: MessageEventSource | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('guardSetContext', () => {
  it('lets the CRM page (the parent, at serviceOrigin) set the context', () => {
    undo = guardSetContext(window);
    post(setContext('crm-1'), CRM, window.parent);
    expect(sdkSaw).toEqual([setContext('crm-1')]);
  });

  it("stops a SET_CONTEXT from another frame, even one claiming the CRM's origin", () => {
    undo = guardSetContext(window);
    post(setContext('evil'), CRM, sibling.contentWindow);
    post(JSON.stringify(setContext('evil')), CRM, sibling.contentWindow);
    expect(sdkSaw).toEqual([]);
  });

  it('stops a SET_CONTEXT from the parent window at another origin', () => {
    undo = guardSetContext(window);
    post(setContext('evil'), 'https://evil.example', window.parent);
    post(setContext('evil'), 'null', window.parent);
    expect(sdkSaw).toEqual([]);
  });

  it('leaves every other message to the SDK, which checks those itself', () => {
    undo = guardSetContext(window);
    const pageLoad = { type: 'FRAMEWORK.EVENT', eventName: 'PageLoad', data: { Entity: 'Leads' } };
    post(pageLoad, 'https://evil.example', sibling.contentWindow);
    post('not json', CRM, window.parent);
    expect(sdkSaw).toEqual([pageLoad, 'not json']);
  });

  it('stops every SET_CONTEXT when the page was opened without a serviceOrigin', () => {
    history.replaceState(null, '', '/widget.html');
    undo = guardSetContext(window);
    post(setContext('crm-1'), CRM, window.parent);
    expect(sdkSaw).toEqual([]);
  });

  it("is installed by connecting, before the SDK's init", async () => {
    const { connectToZoho } = await import('../../../src/crm/zoho-crm-client.ts');
    const init = vi.fn(() => {
      post(setContext('evil'), 'https://evil.example', sibling.contentWindow);
      return Promise.resolve();
    });
    const ZOHO = {
      embeddedApp: { on: () => undefined, init },
      CRM: { API: { getBluePrint: () => Promise.resolve({}) } },
    };
    Object.assign(window, { ZOHO });
    try {
      connectToZoho(window, 50).page.catch(() => undefined);
      await vi.waitFor(() => expect(init).toHaveBeenCalled());
      expect(sdkSaw).toEqual([]);
    } finally {
      delete (window as unknown as { ZOHO?: unknown }).ZOHO;
    }
  });
});
