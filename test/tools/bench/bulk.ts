/**
 * Bulk mode at the set latency: the time from PageLoad to the choices for `count` selected records, against
 * the floor of ⌈count/5⌉ + 1 round trips (the shared first calls, then one blueprint per record, 5 at a time),
 * and to send one transition to all of them, with the most CRM calls seen in flight (the cap is 5).
 */
import type { Page } from 'playwright-core';
import { BULK_DEAL_IDS } from '../../crm-sim/seed/bulk-seed.ts';
import { openListView, type Simulator } from '../../e2e/browser.ts';
import { FLOOR_BULK_PAGE } from './floor-build.ts';
import { recordFrames, firstPaint, waitForPaints } from './frame-timing.ts';
import { ms, stats, verdict } from './report.ts';
import type { SimWindow } from '../../crm-sim/host/sim-window.ts';

/** `count` Deals in Qualification, copies of a bulk Deal with fresh ids, added to the simulated CRM. */
function addDeals(page: Page, count: number): Promise<string[]> {
  return page.evaluate(
    ([template, n]) => {
      const crm = (window as unknown as SimWindow).crmSim.crm;
      const deals = crm['records'].get('Deals')!;
      const base = deals.get(template!)!;
      const out: string[] = [];
      for (let i = 0; i < Number(n); i++) {
        const id = `48768760000009${String(i).padStart(5, '0')}`;
        deals.set(id, {
          ...base,
          values: { ...base.values, id, Deal_Name: `Bench deal ${i + 1}`, Stage: 'Qualification' },
          flags: {},
          partial: {},
        });
        out.push(id);
      }
      return out;
    },
    [BULK_DEAL_IDS[0], String(count)] as const,
  );
}

/** Selects the records and clicks the list view's button. */
function openBulk(page: Page, ids: string[]): Promise<void> {
  return page.evaluate((list) => (window as unknown as SimWindow).crmSim.openBulk('Deals', list), ids);
}

/**
 * Issue 27: the click → bulk mode's first progress ("Loading 5 of 100") painted, ours against a floor that asks
 * its first five blueprints (floor-widget.ts, `bulk`), by turns, each the session's first open (a new browser
 * context), from the frame's navigation start (Element Timing: `bs-bulk-progress`, `floor-progress`).
 */
export async function bulkFirstProgress(sim: Simulator, latency: number, count: number, pairs: number): Promise<void> {
  const runs = {
    ours: [] as number[],
    floor: [] as number[],
    oursPageLoad: [] as number[],
    floorPageLoad: [] as number[],
  };
  for (let i = 0; i < pairs; i++) {
    for (const which of i % 2 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const)) {
      const { page } = await openListView(sim, {
        module: 'Deals',
        latency,
        ...(which === 'floor' ? { widgetPage: FLOOR_BULK_PAGE } : {}),
      });
      try {
        await recordFrames(page);
        await openBulk(page, await addDeals(page, count));
        const id = which === 'floor' ? 'floor-progress' : 'bs-bulk-progress';
        const seen = await waitForPaints(page, [id]);
        if ('error' in seen) {
          console.log(`  (a run of ${which} left out: ${seen.error})`);
          continue;
        }
        const paint = firstPaint(seen.record, id)!;
        runs[which].push(paint);
        if (seen.record.pageLoad !== null) runs[`${which}PageLoad`].push(paint - seen.record.pageLoad);
      } finally {
        await page.context().close();
      }
    }
  }
  const ours = stats(runs.ours).median;
  const floor = stats(runs.floor).median;
  console.log(
    `\n5. Bulk mode's first progress ("Loading 5 of ${count}"), ${latency} ms per call, ${pairs} rounds by turns:`,
  );
  console.log(
    `  floor asking its first five blueprints: from the click ${ms(floor)}; from PageLoad ${ms(stats(runs.floorPageLoad).median)}`,
  );
  console.log(`  ours: from the click ${ms(ours)}; from PageLoad ${ms(stats(runs.oursPageLoad).median)}`);
  console.log(`  from the click: ours / floor = ${(ours / floor).toFixed(2)}× ${verdict(ours / floor, 1.05, '×')}`);
}

export async function bulk(sim: Simulator, latency: number, count: number): Promise<void> {
  const { page, widget } = await openListView(sim, { module: 'Deals', latency });
  const ids = await addDeals(page, count);
  const t0 = Date.now();
  await openBulk(page, ids);
  await widget
    .getByRole('button', { name: new RegExp(`^Close lost · ${count} of ${count}$`) })
    .click({ timeout: 120_000, trial: true });
  const shown = Date.now() - t0;
  // From PageLoad (the stand-in's mark in the widget's frame) to the choices found on screen.
  const frame = page.frame({ name: 'blueprint-stepper' })!;
  const fromPageLoad = await frame.evaluate(
    () => performance.now() - (performance.getEntriesByName('crm-sim:page-load')[0]?.startTime ?? 0),
  );
  // The floor: the shared first calls (one round trip), then one call per record, 5 at a time.
  const floor = (Math.ceil(count / 5) + 1) * latency;
  const loadMax = await page.evaluate(() => (window as unknown as SimWindow).crmSim.maxInFlight);
  await widget.getByRole('button', { name: /^Close lost · / }).click();
  await widget
    .getByRole('form', { name: 'Close lost' })
    .getByLabel(/Loss Reason/)
    .selectOption('Price');
  await widget
    .getByRole('form', { name: 'Close lost' })
    .getByRole('button', { name: /close lost/i })
    .click();
  const send = widget.getByRole('button', { name: `Close lost for ${count} records` });
  await send.waitFor();
  const t1 = Date.now();
  await send.click();
  await widget.getByRole('heading', { name: '“Close lost”: finished' }).waitFor({ timeout: 120_000 });
  const sent = Date.now() - t1;
  const max = await page.evaluate(() => (window as unknown as SimWindow).crmSim.maxInFlight);
  console.log(`\n5. Bulk mode at ${latency} ms per call, ${count} records (at most 5 calls in flight):`);
  console.log(
    `  choices shown ${(fromPageLoad / 1000).toFixed(2)} s from PageLoad (${(shown / 1000).toFixed(1)} s from the click), most in flight ${loadMax}`,
  );
  console.log(
    `  floor: ⌈${count}/5⌉ + 1 = ${Math.ceil(count / 5) + 1} round trips = ${(floor / 1000).toFixed(2)} s; PageLoad → choices ${(fromPageLoad / floor).toFixed(2)}× (goal ≤ 1.2×: ${fromPageLoad <= 1.2 * floor ? 'met' : 'NOT MET'})`,
  );
  console.log(
    `  one transition sent to ${count} records in ${(sent / 1000).toFixed(1)} s; most calls in flight in all: ${max}${max > 5 ? '  OVER THE CAP' : ''}`,
  );
  await page.close();
}
