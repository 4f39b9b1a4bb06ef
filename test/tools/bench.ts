/**
 * Prints the widget's figures (`npm run bench` builds first):
 * - the gzipped size of its JS and CSS against the budget;
 * - the time from the CRM's PageLoad to the stepper on screen in the simulator at a set latency per call
 *   (default 300 ms), from the widget's own User Timing marks, over several runs;
 * - the scripting time of one keystroke in a transition of 300 fields: from the input event until the render
 *   and the draft save (a layout effect) are done, median and worst of 50.
 * - bulk mode at the same latency: the time to show the choices for 100 selected records, and to send one
 *   transition to all 100, with the most CRM calls seen in flight (the cap is 5).
 *   tsx test/tools/bench.ts [--latency 300] [--runs 7] [--fields 300] [--keys 50] [--records 100]
 */
import type { Page } from 'playwright-core';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { openListView, openRecordPage, startSimulator, type Simulator } from '../e2e/browser.ts';
import { BULK_DEAL_IDS } from '../crm-sim/seed/bulk-seed.ts';
import {
  assetsAtStart,
  BUDGET_BYTES,
  BULK_BUDGET_BYTES,
  isBulkChunk,
  measureBundle,
  TOTAL_BUDGET_BYTES,
} from './bundle-size.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    best: sorted[0] ?? NaN,
    worst: sorted[sorted.length - 1] ?? NaN,
  };
};

async function firstScreen(sim: Simulator, latency: number, runs: number): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, latency });
    await widget.getByRole('list', { name: /path/i }).waitFor();
    times.push(
      await widgetFrame(page).evaluate(() => {
        const [load] = performance.getEntriesByName('blueprint-stepper:page-load');
        const [shown] = performance.getEntriesByName('blueprint-stepper:stepper-shown');
        return load && shown ? shown.startTime - load.startTime : NaN;
      }),
    );
    await page.close();
  }
  const s = stats(times);
  console.log(`PageLoad → stepper at ${latency} ms per call, ${runs} runs:`);
  console.log(`  median ${s.median.toFixed(0)} ms, best ${s.best.toFixed(0)} ms, worst ${s.worst.toFixed(0)} ms`);
  console.log(
    `  = ${(s.median / latency).toFixed(2)} round trips of ${latency} ms (the first screen's calls all go out at once)`,
  );
}

function widgetFrame(page: Page) {
  const frame = page.frame({ name: 'blueprint-stepper' });
  if (!frame) throw new Error('no widget frame');
  return frame;
}

async function keystrokes(sim: Simulator, fieldCount: number, keys: number): Promise<void> {
  const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, open: false });
  // Grow "Establish contact" to `fieldCount` items in the simulated CRM before the widget opens.
  // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
  await page.evaluate((count) => {
    type Meta = Record<string, unknown>;
    const sim = (
      window as unknown as {
        crmSim: {
          crm: { processes: Record<string, { transitions: { name: string; fields: Meta[] }[] }> };
          openWidget(): void;
        };
      }
    ).crmSim;
    const t = sim.crm.processes.Leads!.transitions.find((x) => x.name === 'Establish contact')!;
    const text = t.fields.find((f) => f.data_type === 'text')!;
    const kinds: Meta[] = t.fields;
    for (let i = kinds.length; i < count; i++) {
      kinds.push({
        ...text,
        id: `9${String(i).padStart(18, '0')}`,
        api_name: `Bench_${i}`,
        field_label: `Bench field ${i}`,
        display_label: `Bench field ${i}`,
        mandatory: i % 3 === 0,
        transition_sequence: i + 1,
      });
    }
    sim.openWidget();
  }, fieldCount);
  await widget.getByRole('button', { name: /establish contact/i }).click();
  const form = widget.getByRole('form', { name: 'Establish contact' });
  await form.waitFor();
  const rows = await form.locator('.item').count();
  const times = await widgetFrame(page).evaluate(async (n) => {
    const input = document.querySelector<HTMLInputElement>('input[id$="-Contact_Summary"]');
    if (!input) throw new Error('no input');
    input.focus();
    const channel = new MessageChannel();
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      input.value += String.fromCharCode(97 + (i % 26));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Preact renders in a microtask; layout effects run with it. The next task starts after both.
      await new Promise<void>((resolve) => {
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 5));
    }
    return out;
  }, keys);
  const s = stats(times);
  console.log(`One keystroke in a transition of ${rows} form items, ${keys} keystrokes:`);
  console.log(`  median ${s.median.toFixed(2)} ms, worst ${s.worst.toFixed(2)} ms (a frame is 16 ms)`);
  await page.close();
}

async function bulk(sim: Simulator, latency: number, count: number): Promise<void> {
  const { page, widget } = await openListView(sim, { module: 'Deals', latency });
  // `count` Deals in Qualification, copies of a bulk Deal with fresh ids, added to the simulated CRM.
  const ids = await page.evaluate(
    ([template, n]) => {
      type Rec = {
        module: string;
        values: Record<string, unknown> & { id: string };
        flags: object;
        stateSince: Date;
        partial: object;
      };
      const crm = (window as unknown as { crmSim: { crm: { records: Map<string, Map<string, Rec>> } } }).crmSim.crm;
      const deals = crm.records.get('Deals')!;
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
  const t0 = Date.now();
  await page.evaluate(
    (list) =>
      (window as unknown as { crmSim: { openBulk(m: string, ids: string[]): void } }).crmSim.openBulk('Deals', list),
    ids,
  );
  await widget
    .getByRole('button', { name: new RegExp(`^Close lost · ${count} of ${count}$`) })
    .click({ timeout: 120_000, trial: true });
  const shown = Date.now() - t0;
  const loadMax = await page.evaluate(
    () => (window as unknown as { crmSim: { maxInFlight: number } }).crmSim.maxInFlight,
  );
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
  const max = await page.evaluate(() => (window as unknown as { crmSim: { maxInFlight: number } }).crmSim.maxInFlight);
  console.log(`Bulk mode at ${latency} ms per call, ${count} records (at most 5 calls in flight):`);
  console.log(
    `  choices shown after ${(shown / 1000).toFixed(1)} s (${count} blueprints and names, most in flight ${loadMax})`,
  );
  console.log(
    `  one transition sent to ${count} records in ${(sent / 1000).toFixed(1)} s; most calls in flight in all: ${max}${max > 5 ? '  OVER THE CAP' : ''}`,
  );
  await page.close();
}

const assets = measureBundle();
const start = new Set(assetsAtStart('widget.html'));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sum = (list: typeof assets) => list.reduce((s, a) => s + a.gzipBytes, 0);
console.log('Widget bundle (gzip -9):');
for (const a of assets)
  console.log(
    `  ${a.file.padEnd(34)} ${kb(a.bytes).padStart(6)} KB raw  ${kb(a.gzipBytes).padStart(6)} KB gzip  ${start.has(a.file) ? 'at start' : isBulkChunk(a.file) ? 'later (bulk mode only)' : 'later (transition form)'}`,
  );
console.log(
  `  at start ${kb(sum(assets.filter((a) => start.has(a.file))))} KB of the ${kb(BUDGET_BYTES)} KB budget; in all for one record ${kb(sum(assets.filter((a) => !isBulkChunk(a.file))))} KB of ${kb(TOTAL_BUDGET_BYTES)} KB; bulk mode in all ${kb(sum(assets))} KB of ${kb(BULK_BUDGET_BYTES)} KB`,
);

const sim = await startSimulator();
try {
  await firstScreen(sim, arg('latency', 300), arg('runs', 7));
  await keystrokes(sim, arg('fields', 300), arg('keys', 50));
  await bulk(sim, arg('latency', 300), arg('records', 100));
} finally {
  await sim.close();
}
