import { describe, expect, it } from 'vitest';
import { STAGE_HISTORY_LISTS } from '../../../src/blueprint/stage-history.ts';
import { CrmFailure } from '../../../src/crm/crm-error.ts';
import { startEarly } from '../../../src/crm/early-start.ts';
import { connectToZoho } from '../../../src/crm/zoho-crm-client.ts';
import { MAX_IN_FLIGHT } from '../../../src/bulk/capped.ts';
import { openBulk, type BulkNews } from '../../../src/flow/bulk-flow.ts';
import { SETTINGS_VARIABLE } from '../../../src/settings/settings-schema.ts';
import { fakeZohoSdk } from './fake-zoho-sdk.ts';
import { USER_LOCALE_KEY } from '../../../src/i18n/last-locale.ts';
import { SHIPPED_LOCALES, translationUrl } from '../../../src/i18n/load-messages.ts';
import blueprint from '../../fixtures/lead-blueprint.json';

/** Issue 27: the page starts the talk with the CRM before the widget's module has loaded; the module adopts it. */

/** The fake SDK, PageLoad sent when the test says the CRM sends it; answers as given. */
function fakeSdk(answers: Record<string, () => Promise<unknown>> = {}) {
  const sdk = fakeZohoSdk(answers, 'by hand');
  return { ...sdk, pageLoad: sdk.sendPageLoad };
}

const TEXTS = [USER_LOCALE_KEY, SHIPPED_LOCALES.join(' ')] as const;
const start = (win: Window, loadModule: () => unknown = () => undefined) =>
  startEarly(win, SETTINGS_VARIABLE, STAGE_HISTORY_LISTS, loadModule, ...TEXTS);
const flush = () => new Promise((r) => setTimeout(r, 0));
const deal = { Entity: 'Deals', EntityId: ['4876876000000520001'], ButtonPosition: 'DetailView' };
const lead = { Entity: 'Leads', EntityId: ['301'], ButtonPosition: 'DetailView' };

describe('the early start', () => {
  it('sends the first screen’s calls as PageLoad comes, with the arguments the module would use', async () => {
    const sdk = fakeSdk();
    start(sdk.win);
    expect(sdk.calls).toEqual([]);
    sdk.pageLoad(deal);
    await flush();
    const ref = { Entity: 'Deals', RecordID: '4876876000000520001' };
    expect(sdk.calls).toEqual(
      expect.arrayContaining([
        { name: 'getCurrentUser', args: [] },
        { name: 'getOrgInfo', args: [] },
        { name: 'getOrgVariable', args: [SETTINGS_VARIABLE] },
        { name: 'getBluePrint', args: [ref] },
        { name: 'getRecord', args: [ref] },
        { name: 'getRelatedRecords', args: [{ ...ref, RelatedList: 'Stage_History', page: 1, per_page: 200 }] },
      ]),
    );
    expect(sdk.calls).toHaveLength(6);
  });

  it('asks a list view’s first five blueprints alone (bulk mode’s cap), and nothing without an SDK', async () => {
    const sdk = fakeSdk();
    start(sdk.win);
    const ids = ['1', '2', '3', '4', '5', '6', '7'];
    sdk.pageLoad({ Entity: 'Deals', EntityId: ids, ButtonPosition: 'ListView' });
    await flush();
    expect(sdk.calls).toEqual(
      ids.slice(0, 5).map((id) => ({ name: 'getBluePrint', args: [{ Entity: 'Deals', RecordID: id }] })),
    );
    const bare = { document } as unknown as Window;
    let loaded = 0;
    start(bare, () => loaded++);
    expect((bare as unknown as { bpStepperEarly?: unknown }).bpStepperEarly).toBeUndefined();
    // Without an SDK the module runs at once, to say so.
    expect(loaded).toBe(1);
  });

  it('reads a repeated id as one record, as the module does, not as a list view’s selection', async () => {
    const sdk = fakeSdk();
    start(sdk.win);
    sdk.pageLoad({ Entity: 'Deals', EntityId: ['4876876000000520001', '4876876000000520001'] });
    await flush();
    expect(sdk.names()).toEqual([
      'getBluePrint',
      'getCurrentUser',
      'getOrgInfo',
      'getOrgVariable',
      'getRecord',
      'getRelatedRecords',
    ]);
  });

  it('asks no record’s calls for an odd selection, only what every page asks', async () => {
    const sdk = fakeSdk();
    start(sdk.win);
    sdk.pageLoad({ Entity: 'Deals', EntityId: ['12 OR 1=1'], ButtonPosition: 'DetailView' });
    await flush();
    expect(sdk.names()).toEqual(['getCurrentUser', 'getOrgInfo', 'getOrgVariable']);
  });
});

/** The page's stylesheet as the build leaves it: a preload (attributes, as the page's HTML gives them). */
function preloadedStylesheet(): HTMLLinkElement {
  const link = document.createElement('link');
  link.setAttribute('rel', 'preload');
  link.setAttribute('as', 'style');
  return link;
}

describe('when the widget’s module runs', () => {
  it('only once PageLoad’s calls are out and the page’s stylesheet is in, once, its waiting text shown', async () => {
    const sdk = fakeSdk();
    const warm = document.createElement('div');
    warm.hidden = true;
    warm.setAttribute('data-later', '');
    const style = preloadedStylesheet();
    document.body.append(warm, style);
    const seen: string[][] = [];
    start(sdk.win, () => seen.push(sdk.names().sort()));
    await flush();
    expect(seen).toEqual([]);
    expect(warm.hidden).toBe(true);
    expect(style.rel).toBe('preload');
    sdk.pageLoad(lead);
    await flush();
    // The calls are out: the stylesheet is applied and the text shown, but the module waits for the stylesheet,
    // or a slow one would let the stepper show unstyled.
    expect(style.rel).toBe('stylesheet');
    expect(warm.hidden).toBe(false);
    expect(seen).toEqual([]);
    style.dispatchEvent(new Event('load'));
    // Every call was sent before the module ran.
    expect(seen).toEqual([['getBluePrint', 'getCurrentUser', 'getOrgInfo', 'getOrgVariable', 'getRecord']]);
    await new Promise((r) => setTimeout(r, 1100));
    expect(seen).toHaveLength(1);
    warm.remove();
    style.remove();
  });

  it('runs the module when the stylesheet fails too', async () => {
    const sdk = fakeSdk();
    const style = preloadedStylesheet();
    document.body.append(style);
    let loaded = 0;
    start(sdk.win, () => loaded++);
    sdk.pageLoad(lead);
    await flush();
    expect(loaded).toBe(0);
    style.dispatchEvent(new Event('error'));
    expect(loaded).toBe(1);
    style.remove();
  });

  it('after an odd context too, and at once when init() throws', async () => {
    const odd = fakeSdk();
    let loaded = 0;
    start(odd.win, () => loaded++);
    odd.pageLoad({ Entity: 42, EntityId: null });
    await flush();
    expect(loaded).toBe(1);
    const broken = fakeSdk();
    const zoho = (broken.win as unknown as { ZOHO: { embeddedApp: { init: () => unknown } } }).ZOHO;
    zoho.embeddedApp.init = () => {
      throw new Error('no CRM');
    };
    let ran = 0;
    start(broken.win, () => ran++);
    await flush();
    expect(ran).toBe(1);
  });

  it('says the widget could not load, in place of the skeleton, when the module’s bytes never come', async () => {
    const main = document.createElement('main');
    main.append(Object.assign(document.createElement('div'), { className: 'skeleton' }));
    document.body.append(main);
    start({ document } as unknown as Window, () => Promise.reject(new TypeError('Failed to fetch module')));
    await flush();
    expect(main.querySelector('.skeleton')).toBeNull();
    expect(main.querySelector('[role=alert]')?.textContent).toBe(
      'Blueprint Stepper could not load. Check your connection, then close it and open it again.',
    );
    main.remove();
  });

  it('leaves the App alone when the module fails after it has replaced the skeleton', async () => {
    const root = document.createElement('div');
    const main = document.createElement('main');
    root.append(main);
    document.body.append(root);
    start({ document } as unknown as Window, () => {
      root.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'the stepper' }));
      return Promise.reject(new Error('a later statement threw'));
    });
    await flush();
    expect(root.textContent).toBe('the stepper');
    expect(document.querySelector('[role=alert]')).toBeNull();
    root.remove();
  });

  it('without PageLoad, after a second: the module then waits for it under its own deadline', async () => {
    const sdk = fakeSdk();
    let loaded = 0;
    start(sdk.win, () => loaded++);
    await new Promise((r) => setTimeout(r, 900));
    expect(loaded).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(loaded).toBe(1);
    expect(sdk.calls).toEqual([]);
  });
});

describe('the texts asked for early', () => {
  /** The preloads the early start put in <head>, as absolute URLs; removed after. */
  const preloaded = (stored: string | null, browser: string) => {
    const storage = { getItem: (key: string) => (key === USER_LOCALE_KEY ? stored : null) };
    const win = Object.assign(fakeSdk().win, { localStorage: storage, navigator: { language: browser } });
    startEarly(win, SETTINGS_VARIABLE, STAGE_HISTORY_LISTS, () => undefined, ...TEXTS);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];
    for (const l of links) l.remove();
    // A fetch's preload, in the mode of the module's fetch (Chromium's use of it: test/e2e/early-start.test.ts).
    expect(links.every((l) => l.as === 'fetch' && l.getAttribute('crossorigin') === '')).toBe(true);
    return links.map((l) => l.href);
  };
  const url = (locale: string) => new URL(translationUrl(locale), document.baseURI).href;

  it('are the file the module fetches first: the user’s last locale, else the browser’s, by language', () => {
    expect(preloaded('de', 'en-US')).toEqual([url('de')]);
    expect(preloaded(null, 'pt-BR')).toEqual([url('pt')]);
    expect(preloaded(null, 'en-GB')).toEqual([url('en')]);
  });

  it('are none for a language the widget has no texts for, or a storage the browser refuses', () => {
    expect(preloaded(null, 'sv-SE')).toEqual([]);
    const refusing = Object.defineProperties(fakeSdk().win, {
      localStorage: {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      },
      navigator: { value: { language: 'fr-FR' } },
    });
    startEarly(refusing, SETTINGS_VARIABLE, STAGE_HISTORY_LISTS, () => undefined, ...TEXTS);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];
    for (const l of links) l.remove();
    // Refused storage leaves it to the module, which asks for the browser's texts as it always has.
    expect(links).toEqual([]);
  });
});

describe('the module adopting the early start', () => {
  it('sends nothing twice: every first call is the early one, answers that came before it included', async () => {
    const sdk = fakeSdk({ getBluePrint: async () => structuredClone(blueprint) });
    start(sdk.win);
    sdk.pageLoad(lead);
    await flush();
    // The module arrives after the answers.
    const { client, page } = connectToZoho(sdk.win, 1000);
    await expect(page).resolves.toMatchObject({ record: { entity: 'Leads', recordId: '301' } });
    const ref = { entity: 'Leads', recordId: '301' };
    const bp = await client.getBlueprint(ref);
    expect(bp?.process.currentState).toBe(blueprint.blueprint.process_info.field_value);
    await Promise.allSettled([
      client.getRecord(ref),
      client.getCurrentUser(),
      client.getOrgInfo(),
      client.getSettings(),
    ]);
    expect(sdk.names()).toEqual(['getBluePrint', 'getCurrentUser', 'getOrgInfo', 'getOrgVariable', 'getRecord']);
    // A second ask is a new call.
    await client.getBlueprint(ref);
    expect(sdk.names().filter((n) => n === 'getBluePrint')).toHaveLength(2);
  });

  it('still gives up on a CRM that never sends PageLoad, as before', async () => {
    const sdk = fakeSdk();
    start(sdk.win);
    const { page } = connectToZoho(sdk.win, 30);
    const failure = await page.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(failure).toBeInstanceOf(CrmFailure);
    expect((failure as CrmFailure).error).toMatchObject({ kind: 'timeout', call: 'PageLoad' });
  });

  it('reports a failed early call as the module’s own, under its deadline', async () => {
    const sdk = fakeSdk({ getBluePrint: () => new Promise(() => undefined) });
    start(sdk.win);
    sdk.pageLoad(lead);
    const { client, page } = connectToZoho(sdk.win, 30);
    await page;
    const failure = await client.getBlueprint({ entity: 'Leads', recordId: '301' }).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect((failure as CrmFailure).error).toMatchObject({ kind: 'timeout', call: 'getBluePrint' });
    expect(sdk.names().filter((n) => n === 'getBluePrint')).toHaveLength(1);
  });
});

describe('bulk mode adopting the early start', () => {
  it('reads the first five blueprints before anything else, never with more than five calls in flight', async () => {
    // The CRM answers each call when the test says so; what is sent and not answered is in flight.
    const waiting: { name: string; answer: () => void }[] = [];
    let inFlight = 0;
    let most = 0;
    const held = (name: string, value: () => unknown) => () =>
      new Promise((resolve) => {
        most = Math.max(most, ++inFlight);
        waiting.push({ name, answer: () => (inFlight--, resolve(value())) });
      });
    const sdk = fakeSdk({
      getBluePrint: held('getBluePrint', () => structuredClone(blueprint)),
      getCurrentUser: held('getCurrentUser', () => ({ users: [] })),
      getOrgInfo: held('getOrgInfo', () => ({})),
      getOrgVariable: held('getOrgVariable', () => ({})),
      getRecord: held('getRecord', () => ({ data: [] })),
    });
    const ids = ['1', '2', '3', '4', '5', '6', '7'];
    start(sdk.win);
    sdk.pageLoad({ Entity: 'Leads', EntityId: ids, ButtonPosition: 'ListView' });
    await flush();
    // Before the module: the first five blueprints, nothing else.
    expect(waiting.map((w) => w.name)).toEqual(Array(5).fill('getBluePrint'));
    const { client, page, inFlight: places } = connectToZoho(sdk.win, 60_000);
    await page;
    places.limit = MAX_IN_FLIGHT;
    const news: BulkNews['type'][] = [];
    const opened = openBulk(
      client,
      'Leads',
      ids,
      (n) => news.push(n.type),
      () => undefined,
      new AbortController().signal,
    );
    await flush();
    // Adopted, not asked again; the shared calls wait for a place.
    expect(sdk.calls.map((c) => c.name)).toEqual(Array(5).fill('getBluePrint'));
    // One round trip: the five answers are the first progress.
    for (const w of waiting.splice(0, 5)) w.answer();
    // A place is freed a task after its answer; the next calls go a task later.
    for (let i = 0; i < 5; i++) await flush();
    expect(news.filter((n) => n === 'read')).toHaveLength(5);
    expect(news).not.toContain('shared');
    // Then the shared calls, and the last two records.
    expect(sdk.calls.slice(5).map((c) => c.name)).toEqual([
      'getCurrentUser',
      'getOrgInfo',
      'getOrgVariable',
      'getBluePrint',
      'getBluePrint',
    ]);
    while (waiting.length) {
      for (const w of waiting.splice(0)) w.answer();
      for (let i = 0; i < 5; i++) await flush();
    }
    await opened;
    expect(news.filter((n) => n === 'loaded')).toHaveLength(7);
    expect(most).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    expect(sdk.calls.filter((c) => c.name === 'getBluePrint')).toHaveLength(7);
  });
});
