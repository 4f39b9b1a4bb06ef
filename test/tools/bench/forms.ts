/**
 * Goals 3 and 4 of issue 13: opening a big transition's form, and typing in it.
 * - `slowForm`: a 300-field transition with the widget's renderer slowed 4× (CDP `Emulation.setCPUThrottlingRate`
 *   on the widget's out-of-process frame only): click → form painted, then 30 real keystrokes (page.keyboard,
 *   so the browser's own input path and Event Timing see them), key → paint from Event Timing entries.
 * - `bigForms`: 300, 1,000 and 2,000 fields at normal speed: click → form painted and → every row rendered.
 * "Form painted" is Element Timing's render time of the first item label (`bs-form-item`) after the click's own
 * timestamp; "every row rendered" the end of the frame after the last change of the form's row count.
 * The CRM answers at once (latency 0): opening a form asks the CRM nothing, so this is the widget's own time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { IDS } from '../../crm-sim/seed/crm-data.ts';
import { openRecordPage, type Simulator } from '../../e2e/browser.ts';
import { growTransition, reopenWidget } from '../../e2e/sim-hooks.ts';
import { firstPaint, frameRecord, frameSession, keyToPaint, recordFrames } from './frame-timing.ts';
import { ms, stats, verdict } from './report.ts';
import type { SimWindow } from '../../crm-sim/host/sim-window.ts';

const TRANSITION = 'Establish contact';

interface Opened {
  page: Page;
  frame: Frame;
  /** Click → first item label painted. */
  painted: number;
  /** Click → the frame after the last row was added, and how many rows there were. */
  rendered: number;
  rows: number;
  /** Each change of the row count after the click: [rows, ms after the click they were in the DOM]. */
  steps: [number, number][];
  /** CRM calls the widget made while the form opened. */
  calls: string[];
}

const callNames = (page: Page) => page.evaluate(() => (window as unknown as SimWindow).crmSim.calls.map((c) => c.name));

/**
 * The first lead with "Establish contact" grown to `fields` items; the stepper shown and settled, the
 * renderer slowed `cpu` times, then the transition clicked. Resolves once the row count has been still for 1 s.
 */
async function openForm(sim: Simulator, fields: number, cpu: number, profile: string | null = null): Promise<Opened> {
  const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, open: false });
  await recordFrames(page);
  await growTransition(page, 'Leads', TRANSITION, fields);
  await reopenWidget(page);
  const button = widget.getByRole('button', { name: new RegExp(TRANSITION, 'i') });
  await button.waitFor();
  // Let the first screen settle: the form's code is fetched right after it.
  await page.waitForTimeout(1000);
  const frame = page.frame({ name: 'blueprint-stepper' })!;
  const session = cpu !== 1 || profile ? await frameSession(page, frame) : null;
  if (session && cpu !== 1) await session.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (session && profile) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
  }
  const callsBefore = (await callNames(page)).length;
  await button.click();
  await widget.getByRole('form', { name: TRANSITION }).waitFor({ timeout: 60_000 });
  let last = '';
  for (let still = 0; still < 4;) {
    await page.waitForTimeout(250);
    const rows = JSON.stringify((await frameRecord(frame)).rows);
    still = rows === last ? still + 1 : 0;
    last = rows;
  }
  if (session && profile) writeProfile(profile, (await session.send('Profiler.stop')).profile);
  const record = await frameRecord(frame);
  const click = record.clicks[record.clicks.length - 1] ?? NaN;
  const paint = firstPaint(record, 'bs-form-item', click);
  const done = record.rows.filter(([, t]) => t >= click).pop();
  return {
    page,
    frame,
    painted: paint === null ? NaN : paint - click,
    rendered: done ? done[2] - click : NaN,
    rows: done ? done[0] : 0,
    steps: record.rows.filter(([n, t]) => t >= click && n > 0).map(([n, t]) => [n, t - click]),
    calls: (await callNames(page)).slice(callsBefore),
  };
}

/** The part of a CDP CPU profile read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Saves a CPU profile (open it in Chrome's DevTools) and prints where the time went, by function. */
function writeProfile(file: string, profile: CpuProfile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(profile));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const name = `${f.functionName || '(anonymous)'} ${path.basename(f.url) || ''}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  console.log(`  CPU profile saved to ${file}; most self time:`);
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`    ${t.toFixed(0).padStart(6)} ms  ${name}`);
}

/** Goal 3: the 300-field form with the CPU slowed, then `keys` keystrokes in its Contact Summary. */
export async function slowForm(sim: Simulator, opts: { fields: number; keys: number; cpu: number }): Promise<void> {
  let opened: Opened;
  try {
    opened = await openForm(sim, opts.fields, opts.cpu);
  } catch (error) {
    console.log(`\n3. ${opts.fields}-field transition, CPU ${opts.cpu}× slower: not measured (${String(error)})`);
    return;
  }
  const { page, frame } = opened;
  // A real click focuses the field, as a rep would; then keys about every 150 ms (a brisk typist).
  await page.frameLocator('iframe[name="blueprint-stepper"]').locator('input[id$="-Contact_Summary"]').click();
  await page.waitForTimeout(500);
  const from = await frame.evaluate(() => performance.now());
  for (let i = 0; i < opts.keys; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(1000);
  const record = await frameRecord(frame);
  const keys = keyToPaint(record, from);
  const slow = keys.filter((k): k is number => k !== null);
  const all = stats(keys.map((k) => k ?? 0));
  const worst = slow.length ? Math.max(...slow) : NaN;
  const median = all.median < 16 ? '< 16 ms' : ms(all.median);
  console.log(
    `\n3. A ${opts.fields}-field transition (${opened.rows} rows) with the widget's CPU ${opts.cpu}× slower (its own renderer, CDP throttling):`,
  );
  console.log(
    `  click → form painted ${ms(opened.painted)} ${verdict(opened.painted, 1000, 'ms')}; every row rendered ${ms(opened.rendered)}${opened.calls.length ? ` (CRM calls on the way: ${opened.calls.join(', ')})` : ''}`,
  );
  console.log(
    `  ${keys.length} keystrokes, key → paint (Event Timing, entries of 16 ms or more): median ${median}, worst ${slow.length ? ms(worst) : '< 16 ms'} ${verdict(slow.length ? worst : 0, 50, 'ms')}; ${slow.length} of ${keys.length} took 16 ms or more`,
  );
  if (keys.length !== opts.keys)
    console.log(`  (the frame saw ${keys.length} keydowns of the ${opts.keys} typed: the typing went elsewhere?)`);
  await page.context().close();
}

/** Goal 4: opening 300 / 1,000 / 2,000-field transitions at normal speed; the cost per field. */
export async function bigForms(sim: Simulator, sizes: number[], profile: boolean): Promise<void> {
  console.log('\n4. Opening a big transition at normal speed (click → form painted / every row rendered):');
  const perField: number[] = [];
  for (const size of sizes) {
    let opened: Opened;
    try {
      const last = size === sizes[sizes.length - 1];
      opened = await openForm(sim, size, 1, profile && last ? `test-output/bench-open-${size}.cpuprofile` : null);
    } catch (error) {
      console.log(`  ${String(size).padStart(5)} fields: not measured (${String(error)})`);
      perField.push(NaN);
      continue;
    }
    await opened.page.context().close();
    perField.push(opened.rendered / opened.rows);
    const goal = (x: number) => (size >= 2000 ? ` ${verdict(x, 2000, 'ms')}` : '');
    console.log(
      `  ${String(size).padStart(5)} fields: painted ${ms(opened.painted).padStart(7)}${goal(opened.painted)}, ${opened.rows} rows rendered ${ms(opened.rendered).padStart(7)}${goal(opened.rendered)} = ${(opened.rendered / opened.rows).toFixed(2)} ms per row`,
    );
    if (opened.steps.length > 1)
      console.log(`         rows in the DOM by slices: ${opened.steps.map(([n, t]) => `${n} at ${ms(t)}`).join(', ')}`);
  }
  const first = perField[0] ?? NaN;
  const lastCost = perField[perField.length - 1] ?? NaN;
  console.log(
    `  per-row cost ${sizes[sizes.length - 1]} / ${sizes[0]} = ${(lastCost / first).toFixed(2)} (1.00 is linear; above it, a longer form costs more per row)`,
  );
}
