/**
 * Visual regression (issue 24, item 12): screenshots of the widget's key states, compared with the committed
 * baselines in test/visual/baselines/ by pixelmatch, within a small tolerance, so a layout regression fails
 * `npm test`. A failed comparison saves the screenshot and an image of the differences in test/visual/diffs/
 * (git-ignored). Baselines change only through `npm run visual:update` (VISUAL_UPDATE=1), after looking at them.
 *
 * What would change between machines or days is held still: the clock (the simulator's dates, "12 days in this
 * stage"), the fonts (every element in Liberation Sans, with DejaVu Sans for what it lacks, both installed by
 * .ci/run), animations and the text caret.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import { BULK_DEAL_IDS } from '../crm-sim/seed/bulk-seed.ts';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { HISTORY_IDS } from '../crm-sim/seed/stage-history.ts';
import { openListView, openRecordPage, openSettingsPage } from './browser.ts';
import { SAVED_DEFAULTS, wholePath } from './sim-hooks.ts';
import { useSimulator } from './use-simulator.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

vi.setConfig({ testTimeout: 60_000 });

const sim = useSimulator();

const BASELINES = 'test/visual/baselines';
const DIFFS = 'test/visual/diffs';
const UPDATE = process.env.VISUAL_UPDATE === '1';
/** pixelmatch's per-pixel colour threshold (0 to 1; its default is 0.1), then the share of pixels that may differ. */
const THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.002;

/** The simulator's "now" for every screenshot: a Friday morning in the CRM's time zone. */
const NOW = new Date('2026-11-20T09:30:00Z');
const FONTS = `*, *::before, *::after { font-family: 'Liberation Sans', 'DejaVu Sans' !important; }`;

/** Holds the page's clock and fonts still (in every frame, the widget's too), then loads it again with them. */
async function steady(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.clock.setFixedTime(NOW);
  await page.addInitScript((css) => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    });
  }, FONTS);
  await page.reload();
}

/** The screenshot of `target`, compared with its baseline (or written as the baseline with VISUAL_UPDATE=1). */
async function matchesBaseline(target: Locator, name: string): Promise<void> {
  // The pointer out of the way (a button that comes up under the last click is drawn hovered, or not, by timing),
  // fonts loaded, and a frame drawn after the last change. It rests in the frame's own corner, on its padding:
  // moved out onto the CRM's page, the frame kept a hover it had, or never got it, by timing.
  await target.hover({ position: { x: 2, y: 2 } });
  await target.page().waitForTimeout(300);
  const shot = await target.screenshot({ animations: 'disabled', caret: 'hide' });
  const baseline = join(BASELINES, `${name}.png`);
  if (UPDATE) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baseline, shot);
    return;
  }
  expect(existsSync(baseline), `no baseline ${baseline}: run npm run visual:update, look at it, commit it`).toBe(true);
  const expected = PNG.sync.read(readFileSync(baseline));
  const actual = PNG.sync.read(shot);
  const diffFiles = [join(DIFFS, `${name}.actual.png`), join(DIFFS, `${name}.diff.png`)];
  for (const file of diffFiles) rmSync(file, { force: true });
  const save = (diff?: PNG) => {
    mkdirSync(DIFFS, { recursive: true });
    writeFileSync(diffFiles[0]!, shot);
    if (diff) writeFileSync(diffFiles[1]!, PNG.sync.write(diff));
  };
  if (actual.width !== expected.width || actual.height !== expected.height) {
    save();
    expect.fail(
      `${name}: ${actual.width}×${actual.height} px, the baseline ${expected.width}×${expected.height} (saved ${diffFiles[0]})`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: THRESHOLD,
  });
  const ratio = differing / (actual.width * actual.height);
  if (ratio > MAX_DIFF_RATIO) save(diff);
  expect(
    ratio,
    `${name}: ${differing} pixels differ (${(ratio * 100).toFixed(2)} %; see ${diffFiles[1]})`,
  ).toBeLessThanOrEqual(MAX_DIFF_RATIO);
}

const popup = (page: Page) => page.locator('iframe[name="blueprint-stepper"]');

describe('the widget looks as it did', () => {
  for (const width of [1280, 360]) {
    for (const [kind, module, record] of [
      ['history', 'Deals', HISTORY_IDS.skippedDeal],
      ['no-history', 'Leads', IDS.preQualifiedLead],
    ] as const) {
      it(`the path at ${width} px, ${kind === 'history' ? 'with' : 'without'} a stage history`, async () => {
        const { page, widget } = await openRecordPage(sim, { module, record, settings: SAVED_DEFAULTS });
        await steady(page, width, width > 800 ? 800 : 740);
        await widget.getByRole('heading', { name: /next steps/i }).waitFor();
        await widget.locator('.path__step--current').first().waitFor();
        await wholePath(page);
        await matchesBaseline(popup(page), `path-${kind}-${width}`);
        await page.close();
      });
    }
  }

  it('a transition form with an error, and its date picker open', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      settings: SAVED_DEFAULTS,
    });
    await steady(page, 1280, 870);
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByRole('button', { name: /complete/i }).click();
    await form
      .getByText(/is required/)
      .first()
      .waitFor();
    await matchesBaseline(popup(page), 'form-error-1280');
    await form.getByRole('button', { name: 'Open calendar' }).first().click();
    await widget.getByRole('dialog').waitFor();
    await matchesBaseline(popup(page), 'date-picker-1280');
    await page.close();
  });

  it("bulk mode's choices and results", async () => {
    const { page, widget } = await openListView(sim, { module: 'Deals', settings: SAVED_DEFAULTS });
    await steady(page, 1280, 900);
    await page.evaluate(
      (ids) => (window as unknown as SimWindow).crmSim.openBulk('Deals', ids),
      BULK_DEAL_IDS.slice(0, 6),
    );
    const choice = widget.getByRole('button', { name: /^Close lost · / });
    await choice.waitFor();
    await matchesBaseline(popup(page), 'bulk-choices-1280');
    await choice.click();
    const form = widget.getByRole('form', { name: 'Close lost' });
    await form.getByLabel(/Loss Reason/).selectOption({ label: 'Price' });
    await form.getByRole('button', { name: /close lost/i }).click();
    await widget.getByRole('button', { name: /^Close lost for \d+ records$/ }).click();
    await widget.getByRole('heading', { name: '“Close lost”: finished' }).waitFor({ timeout: 30_000 });
    await matchesBaseline(popup(page), 'bulk-results-1280');
    await page.close();
  });

  it('the settings page', async () => {
    const { page, settings } = await openSettingsPage(sim);
    await steady(page, 1280, 900);
    await settings.getByRole('group', { name: /Junk Lead/ }).waitFor();
    await matchesBaseline(page.locator('iframe[name="bpstepper-settings"]'), 'settings-1280');
    await page.close();
  });
});
