/**
 * A fake of Zoho's SDK for the client's tests: like the real one, it wires only the PageLoad handlers added
 * before init(), and records every call made through it. PageLoad comes with `pageLoad` once init() is called,
 * or, with `pageLoad: 'by hand'`, when the test calls `sendPageLoad` (the CRM's timing, not the widget's).
 */
export function fakeZohoSdk(
  overrides: Record<string, (...args: unknown[]) => Promise<unknown>> = {},
  pageLoad: unknown = { Entity: 'Leads', EntityId: ['301'], ButtonPosition: 'DetailView' },
) {
  const handlers: ((d: unknown) => void)[] = [];
  let wired: ((d: unknown) => void)[] = [];
  const calls: { name: string; args: unknown[] }[] = [];
  const api =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push({ name, args });
      return overrides[name]?.(...args) ?? Promise.resolve({});
    };
  const ZOHO = {
    embeddedApp: {
      on: (_: string, fn: (d: unknown) => void) => handlers.push(fn),
      init: () => {
        wired = [...handlers];
        if (pageLoad !== 'by hand') setTimeout(() => wired.forEach((h) => h(pageLoad)), 0);
        return Promise.resolve();
      },
    },
    CRM: {
      API: {
        getBluePrint: api('getBluePrint'),
        updateBluePrint: api('updateBluePrint'),
        getRecord: api('getRecord'),
        updateRecord: api('updateRecord'),
        getRelatedRecords: api('getRelatedRecords'),
        searchRecord: api('searchRecord'),
        getAllUsers: api('getAllUsers'),
        uploadFile: api('uploadFile'),
        getOrgVariable: api('getOrgVariable'),
      },
      META: { getFields: api('getFields'), getModules: api('getModules') },
      CONFIG: { getCurrentUser: api('getCurrentUser'), getOrgInfo: api('getOrgInfo') },
      CONNECTOR: { invokeAPI: api('invokeAPI') },
      UI: { Resize: api('Resize'), Popup: { close: api('Popup.close'), closeReload: api('Popup.closeReload') } },
    },
  };
  return {
    win: { ZOHO, location: { search: '' }, document: globalThis.document } as unknown as Window,
    calls,
    /** The calls' names, sorted. */
    names: () => calls.map((c) => c.name).sort(),
    /** The CRM sends PageLoad now (with `pageLoad: 'by hand'`). */
    sendPageLoad: (data: unknown) => wired.forEach((h) => h(data)),
  };
}
