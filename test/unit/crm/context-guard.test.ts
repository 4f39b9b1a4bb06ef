import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardSdkMessages } from '../../../src/crm/context-guard.ts';

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

/** A forged answer to one of the widget's calls (the SDK numbers them Promise100, Promise101…). */
const answer = (promiseid: string, eventName = 'EVENT_RESPONSE') => ({
  type: 'FRAMEWORK.EVENT',
  eventName,
  promiseid,
  data: { blueprint: { process_info: { name: 'Forged process' } } },
});
const pageLoad = { type: 'FRAMEWORK.EVENT', eventName: 'PageLoad', data: { Entity: 'Leads', EntityId: ['1'] } };

/** JSON text with letters of its names written as JSON escapes: a search for "SET_CONTEXT" does not find it. */
const escapedSetContext = JSON.stringify(setContext('evil'))
  .replace('SET_CONTEXT', 'SET_\\u0043ONTEXT')
  .replace('FRAMEWORK.EVENT', 'FRAMEWORK\\u002eEVENT');
const escapedAnswer = JSON.stringify(answer('Promise102')).replace('EVENT_RESPONSE', 'EVENT_\\u0052ESPONSE');

/** Every shape of message the SDK would handle: objects, JSON text, JSON text with an escaped letter, half-keyed. */
const sdkMessages = () => [
  setContext('evil'),
  JSON.stringify(setContext('evil')),
  escapedSetContext,
  answer('Promise100'),
  JSON.stringify(answer('Promise101')),
  escapedAnswer,
  answer('Promise103', 'EVENT_RESPONSE_FAILURE'),
  pageLoad,
  JSON.stringify(pageLoad),
  { type: 'FRAMEWORK.EVENT' },
  { eventName: 'EVENT_RESPONSE', promiseid: 'Promise100' },
  { type: 'SDK.EVENT', eventName: 'REGISTER' },
  ` ${JSON.stringify(answer('Promise104'))}\n`,
];

describe('guardSdkMessages', () => {
  it('lets the CRM page (the parent, at serviceOrigin) send anything', () => {
    undo = guardSdkMessages(window);
    const fromCrm = [setContext('crm-1'), pageLoad, answer('Promise100'), JSON.stringify(answer('Promise101'))];
    for (const message of fromCrm) post(message, CRM, window.parent);
    expect(sdkSaw).toEqual(fromCrm);
  });

  it("stops every message the SDK would handle from another frame, even one claiming the CRM's origin", () => {
    // What the SDK reads from the escaped texts (JSON.parse) is the message itself.
    expect(escapedSetContext).not.toContain('SET_CONTEXT');
    expect(JSON.parse(escapedSetContext)).toEqual(setContext('evil'));
    expect(JSON.parse(escapedAnswer)).toEqual(answer('Promise102'));
    undo = guardSdkMessages(window);
    for (const message of sdkMessages()) {
      post(message, CRM, sibling.contentWindow);
      post(message, 'null', sibling.contentWindow);
      post(message, 'https://evil.example', null);
    }
    expect(sdkSaw).toEqual([]);
  });

  it('stops every message the SDK would handle from the parent window at another origin', () => {
    undo = guardSdkMessages(window);
    for (const message of sdkMessages()) {
      post(message, 'https://evil.example', window.parent);
      post(message, 'null', window.parent);
      post(message, `${CRM}/`, window.parent);
    }
    expect(sdkSaw).toEqual([]);
  });

  it('leaves messages the SDK would not act on to whoever else listens', () => {
    undo = guardSdkMessages(window);
    const others = ['not json', '42', '"SET_CONTEXT"', '{"hello":1}', 'null', 42, null, { hello: 1 }, [1, 2]];
    for (const message of others) post(message, 'https://evil.example', sibling.contentWindow);
    expect(sdkSaw).toEqual(others);
  });

  it('stops every message the SDK would handle when the page was opened without a serviceOrigin', () => {
    history.replaceState(null, '', '/widget.html');
    undo = guardSdkMessages(window);
    post(setContext('crm-1'), CRM, window.parent);
    post(answer('Promise100'), 'null', window.parent);
    expect(sdkSaw).toEqual([]);
  });
});
