import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { BULK_DEAL_IDS } from '../crm-sim/seed/bulk-seed.ts';
import { openListView, openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

/**
 * Issue 27: the widget's page starts talking to the CRM as it is parsed. The test server holds the widget's
 * module back; PageLoad and the first screen's calls must still go out, and the module, once it arrives, adopts
 * them and asks nothing twice.
 */

const sim = useSimulator();

/** The CRM calls the simulated CRM has received so far, by name. */
const received = (page: Page) => page.evaluate(() => (window as unknown as SimWindow).crmSim.calls.map((c) => c.name));

/** Holds every request for the widget's first chunk until `release` is called. */
async function holdTheModule(page: Page): Promise<{ held: () => boolean; release: () => void }> {
  const waiting: Route[] = [];
  let released = false;
  await page.route(/\/app\/assets\/widget-[^/]+\.js$/, (route) => {
    if (released) return route.continue();
    waiting.push(route);
  });
  return {
    held: () => waiting.length > 0,
    release: () => {
      released = true;
      for (const route of waiting.splice(0)) void route.continue();
    },
  };
}

/** The first lead's record page, answers in 50 ms, the widget not yet opened (each test opens it itself). */
const firstLeadClosed = () => openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, latency: 50, open: false });

describe('the first talk with the CRM', () => {
  it('sends PageLoad’s first calls while the widget’s module is still held back, and asks nothing twice', async () => {
    const { page, widget } = await firstLeadClosed();
    const hold = await holdTheModule(page);
    await page.evaluate(() => (window as unknown as SimWindow).crmSim.openWidget());
    // The module is asked for and held: the first screen's calls have gone out and been answered all the same.
    await expect.poll(() => hold.held(), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(async () => (await received(page)).sort(), { timeout: 10_000 })
      .toEqual(['getBluePrint', 'getCurrentUser', 'getOrgInfo', 'getOrgVariable', 'getRecord']);
    expect(await widget.getByRole('list', { name: 'Lead Status path' }).count()).toBe(0);
    hold.release();
    await widget.getByRole('list', { name: 'Lead Status path' }).waitFor();
    await widget.getByRole('button', { name: /establish contact/i }).waitFor();
    const calls = await received(page);
    for (const name of ['getBluePrint', 'getRecord', 'getCurrentUser', 'getOrgInfo', 'getOrgVariable'])
      expect(
        calls.filter((c) => c === name),
        name,
      ).toHaveLength(1);
    await page.close();
  });

  it('runs the widget’s module only once the first calls are out, so it cannot hold back PageLoad', async () => {
    const { page, widget } = await firstLeadClosed();
    // In every frame, before its scripts: when the blueprint was asked for, and when the page first fetched
    // anything itself (the module's first act is to fetch its texts; the SDK talks by messages).
    await page.addInitScript(() => {
      const seen: Record<string, number> = {};
      Object.assign(window, { orderSeen: seen });
      const fetched = window.fetch;
      window.fetch = (...args) => ((seen.fetch ??= performance.now()), fetched(...args));
      let zoho: { CRM: { API: { getBluePrint: (...a: unknown[]) => unknown } } } | undefined;
      Object.defineProperty(window, 'ZOHO', {
        configurable: true,
        get: () => zoho,
        set(value: typeof zoho) {
          zoho = value;
          const ask = value!.CRM.API.getBluePrint;
          value!.CRM.API.getBluePrint = (...a) => ((seen.getBluePrint ??= performance.now()), ask(...a));
        },
      });
    });
    await page.evaluate(() => (window as unknown as SimWindow).crmSim.openWidget());
    await widget.getByRole('button', { name: /establish contact/i }).waitFor();
    const frame = page.frame({ name: 'blueprint-stepper' })!;
    const seen = await frame.evaluate(() => (window as unknown as { orderSeen: Record<string, number> }).orderSeen);
    expect(Object.keys(seen).sort()).toEqual(['fetch', 'getBluePrint']);
    expect(seen.getBluePrint).toBeLessThanOrEqual(seen.fetch!);
    // The texts were asked for by the page as it was parsed (a preload), and the module's fetch took that answer
    // over: one request, started by the link, before the blueprint was asked for.
    const texts = await frame.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/translations\/en\.json$/.test(e.name))
        .map((e) => ({ by: (e as PerformanceResourceTiming).initiatorType, at: e.startTime })),
    );
    expect(texts.map((t) => t.by)).toEqual(['link']);
    expect(texts[0]!.at).toBeLessThan(seen.getBluePrint!);
    await page.close();
  });

  it('shows the stepper styled when its stylesheet comes after the CRM’s answers', async () => {
    const { page, widget } = await firstLeadClosed();
    // The stylesheet comes a second late; the answers in 50 ms.
    await page.route(/\/app\/assets\/widget-[^/]+\.css$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    // In the frame: whether the stylesheet was in when the stepper's first list (its path) reached the page.
    await page.addInitScript(`(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#root ol, #root ul')) return;
        const sheet = document.querySelector('link[rel="stylesheet"]');
        window.styledAtFirstList = Boolean(sheet && sheet.sheet);
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    })()`);
    await page.evaluate(() => (window as unknown as SimWindow).crmSim.openWidget());
    await widget.getByRole('button', { name: /establish contact/i }).waitFor();
    const frame = page.frame({ name: 'blueprint-stepper' })!;
    expect(await frame.evaluate(() => (window as unknown as { styledAtFirstList?: boolean }).styledAtFirstList)).toBe(
      true,
    );
    await page.close();
  });

  it('says the widget could not load when its module’s bytes never come, in place of an endless skeleton', async () => {
    const { page, widget } = await firstLeadClosed();
    await page.route(/\/app\/assets\/widget-[^/]+\.js$/, (route) => route.abort('connectionreset'));
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.evaluate(() => (window as unknown as SimWindow).crmSim.openWidget());
    await expect(widget.getByRole('alert').textContent({ timeout: 10_000 })).resolves.toBe(
      'Blueprint Stepper could not load. Check your connection, then close it and open it again.',
    );
    await expect(widget.locator('.skeleton').count()).resolves.toBe(0);
    // The failed import is handled: no uncaught rejection, only the browser's own line about the request.
    expect(errors.filter((e) => /dynamically imported module|Uncaught/.test(e))).toEqual([]);
    await page.close();
  });

  it('reads a list view’s first five blueprints while the module is held back, then the rest within the cap', async () => {
    const { page, widget } = await openListView(sim, { module: 'Deals', latency: 50 });
    const hold = await holdTheModule(page);
    const ids = BULK_DEAL_IDS.slice(0, 12);
    await page.evaluate((list) => (window as unknown as SimWindow).crmSim.openBulk('Deals', list), ids);
    await expect.poll(() => hold.held(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => received(page), { timeout: 10_000 }).toEqual(Array(5).fill('getBluePrint'));
    hold.release();
    await widget.getByRole('heading', { name: 'What to do with the selection' }).waitFor();
    const calls = await received(page);
    // Each record read once; the shared calls once each, after the first five.
    expect(calls.filter((c) => c === 'getBluePrint')).toHaveLength(12);
    for (const name of ['getCurrentUser', 'getOrgInfo', 'getOrgVariable'])
      expect(calls.indexOf(name), name).toBeGreaterThanOrEqual(5);
    expect(await page.evaluate(() => (window as unknown as SimWindow).crmSim.maxInFlight)).toBeLessThanOrEqual(5);
    await page.close();
  });
});
