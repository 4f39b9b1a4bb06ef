/**
 * The first talk with the CRM, started as the widget's page is parsed, not once the widget's code has loaded
 * (docs/architecture.md, "From the click"). Zoho's SDK sends REGISTER only in `init()`, and the CRM sends PageLoad
 * after it; the first screen's calls can go only after PageLoad. So the page runs this from an inline script
 * (`earlyStart` in vite.config.ts) as soon as the SDK's script has run: it registers the PageLoad handler, calls
 * `init()`, and when PageLoad comes sends the first screen's calls. Only then does it run the widget's module
 * (`loadModule`; the page has only fetched its bytes so far), apply the page's stylesheet and show its text that
 * waited (`data-later`: the skeleton's status and the hidden line of fonts): run earlier, they kept the
 * frame's one thread busy while the CRM's SET_CONTEXT and PageLoad waited to be read (docs/performance.md,
 * "From the click"). The module adopts what is under way (`connectToZoho` reads
 * `window.bpStepperEarly`): the context, the calls' promises and any answers already in, so nothing is asked
 * twice. Anything this cannot do (no SDK, an odd context) it leaves to the module, which then does it as it
 * always has; without an SDK, or with an `init()` that throws, the module runs at once, and a PageLoad that
 * does not come within `MODULE_WAIT_MS` no longer holds it back (it then waits for PageLoad under its deadline).
 * A module that never loads is the one failure the module cannot report: the page says it in its place.
 */

/** What the early start leaves on the window for the module. */
export interface EarlyStart {
  /** Resolves with PageLoad's data. */
  page: Promise<unknown>;
  /** `init()`'s promise (rejected if it threw). */
  init: Promise<unknown>;
  /** The calls sent at PageLoad, by key (`earlyKey`), each taken once by the module. */
  calls: Record<string, Promise<unknown> | undefined>;
}

/** The key of an early call: the SDK call's name and what it is about, as both sides write it. */
export function earlyKey(call: string, ...about: string[]): string {
  return [call, ...about].join(' ');
}

/**
 * Self-contained (no imports, no outside helpers): vite.config.ts inlines its source into the widget's
 * page with the settings variable's name, the modules that keep a stage history and the import of the widget's
 * module. The keys it writes are `earlyKey`'s; test/unit/crm/early-start.test.ts checks the module adopts
 * every one.
 */
export function startEarly(
  win: Window,
  settingsVariable: string,
  historyLists: Record<string, { relatedList: string }>,
  loadModule: () => unknown,
  localeKey: string,
  shippedLocales: string,
): void {
  const doc = win.document;
  // How long PageLoad may hold the module back (ms): the CRM sends it within tens of ms of `init()`.
  const MODULE_WAIT_MS = 1000;
  let loaded = false;
  // The module, once; and what the page keeps out of its first layout (widget.html): its stylesheet, preloaded
  // until now, and its hidden text (`data-later`), whose first layout looks up fonts. The module runs once the
  // stylesheet is in (or failed), as it did when the stylesheet held the page's scripts back: else a slow
  // stylesheet would let the stepper show unstyled.
  const load = () => {
    if (loaded) return;
    loaded = true;
    for (const el of doc.querySelectorAll<HTMLElement>('[data-later]')) el.hidden = false;
    const sheet = doc.querySelector<HTMLLinkElement>('[as=style]');
    if (sheet) {
      sheet.onload = sheet.onerror = run;
      sheet.rel = 'stylesheet';
    } else run();
  };
  // The module, which shows every other failure. When its bytes never come (a network that dropped them), the
  // page says so in place of the skeleton, which would otherwise stand for ever; not once the App has replaced it.
  const run = () => {
    const skeleton = doc.querySelector('main');
    new Promise((ok) => ok(loadModule())).catch(() => {
      if (!skeleton || !skeleton.isConnected) return;
      const failed = doc.createElement('p');
      failed.setAttribute('role', 'alert');
      failed.textContent = 'Blueprint Stepper could not load. Check your connection, then close it and open it again.';
      skeleton.replaceChildren(failed);
    });
  };
  const zoho = (win as unknown as { ZOHO?: Record<string, any> }).ZOHO;
  const crm = zoho && zoho.CRM;
  if (!crm) return load();
  const calls: Record<string, Promise<unknown>> = {};
  // A promise of what `call` returns, rejected if it throws; its failure is the module's to report.
  const settle = (call: () => unknown) => {
    const answer = new Promise((resolve) => resolve(call()));
    answer.catch(() => 0);
    return answer;
  };
  const page = new Promise((resolve) => zoho.embeddedApp.on('PageLoad', resolve));
  const init = settle(() => zoho.embeddedApp.init());
  (win as unknown as { bpStepperEarly: EarlyStart }).bpStepperEarly = { page, init, calls };
  init.catch(load);
  setTimeout(load, MODULE_WAIT_MS);
  // The texts the module will ask for first (main.tsx: the user's locale from the last open, else the browser's;
  // their language's file when one is shipped, i18n/load-messages.ts), asked for now (just after `init()`, which
  // goes first: a fresh frame's first storage read takes milliseconds) as a preload the module's fetch takes over:
  // on a slow network, asked for by the module they came after the CRM's answers.
  try {
    // Storage may be refused in a third-party frame (this throws): the module then asks for its texts itself.
    const language = (win.localStorage.getItem(localeKey) || win.navigator.language).split('-')[0]!;
    if (shippedLocales.split(' ').includes(language)) {
      const href = './translations/' + language + '.json';
      doc.head.append(Object.assign(doc.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '', href }));
    }
  } catch {
    // Nothing asked early: the module asks for its texts as it always has.
  }
  const sendFirstCalls = (data: any) => {
    const send = (key: string, call: () => unknown) => (calls[key] = settle(call));
    const entity = data && data.Entity;
    let ids = data && data.EntityId;
    // Without repeats, as the module reads them (decode/page-context.ts): a repeated id is one record, not bulk mode.
    ids = [...new Set(Array.isArray(ids) ? ids : [ids])];
    // Several records are bulk mode: its first five blueprints (its cap), so its first progress takes one round
    // trip; the user, the org and the settings then go as places free. Anything odd is left to the module.
    const bulk = ids.length > 1;
    if (!bulk) {
      send('getCurrentUser', () => crm.CONFIG.getCurrentUser());
      send('getOrgInfo', () => crm.CONFIG.getOrgInfo());
      send('getOrgVariable ' + settingsVariable, () => crm.API.getOrgVariable(settingsVariable));
    }
    if (typeof entity != 'string') return;
    for (const id of ids.slice(0, 5)) {
      if (!/^\d+$/.test(id)) return;
      const record = { Entity: entity, RecordID: '' + id };
      const about = entity + ' ' + id;
      send('getBluePrint ' + about, () => crm.API.getBluePrint(record));
      if (bulk) continue;
      const history = historyLists[entity];
      send('getRecord ' + about, () => crm.API.getRecord(record));
      if (history)
        send('getRelatedRecords ' + about + ' ' + history.relatedList, () =>
          crm.API.getRelatedRecords({ ...record, RelatedList: history.relatedList, page: 1, per_page: 200 }),
        );
    }
  };
  page.then(sendFirstCalls).then(load, load);
}
