/**
 * The path's layout, measured in the browser (issue 24): one row of chevrons at every width, long names cut short
 * with the whole name in a tooltip, the current stage whole, a row that scrolls (with its buttons, the current
 * stage in view) when the stages cannot fit; a tooltip that moves nothing.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { HISTORY_IDS } from '../crm-sim/seed/stage-history.ts';
import { axeViolations } from './axe.ts';
import { firstScreenSettled, openRecordPage } from './browser.ts';
import { frameOf, SAVED_DEFAULTS, wholePath } from './sim-hooks.ts';
import { useSimulator } from './use-simulator.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

vi.setConfig({ testTimeout: 90_000 });

const sim = useSimulator();

/** The boxes of the main path's shown stages (not the closing ones), the row's own, and what shows of each label. */
function measurePath(frame: Frame) {
  return frame.evaluate(() => {
    const row = document.querySelector('.path-row > .path')!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, width: r.width };
    };
    const steps = [...row.querySelectorAll('.path__step')]
      .filter((el) => (el as HTMLElement).offsetWidth > 0)
      .map((el) => {
        const label = el.querySelector('.path__label')!;
        return {
          ...box(el),
          current: el.hasAttribute('aria-current'),
          name: label.textContent,
          whole: label.scrollWidth <= label.clientWidth,
        };
      });
    return {
      row: box(row),
      scrolls: row.scrollWidth > row.clientWidth + 1,
      steps,
      buttons: [...document.querySelectorAll('.path__scroll')].filter((b) => (b as HTMLElement).offsetWidth > 0).length,
    };
  });
}

/** Renames a stage (its picklist value's display value) in the simulated CRM, then opens the widget. */
async function renameStage(page: Page, module: string, from: string, to: string) {
  await page.evaluate(
    ([module, from, to]) => {
      const sim = (window as unknown as SimWindow).crmSim;
      sim.crm.processes[module!]!.field.pick_list_values!.find((v) => v.display_value === from)!.display_value = to!;
      sim.openWidget();
    },
    [module, from, to],
  );
  await firstScreenSettled(page);
}

describe('the path is one row', () => {
  for (const [module, record, width] of [
    ['Deals', HISTORY_IDS.skippedDeal, 1280],
    ['Deals', HISTORY_IDS.skippedDeal, 900],
    ['Leads', IDS.firstLead, 1280],
    ['Leads', IDS.firstLead, 900],
  ] as const) {
    it(`of chevrons sharing it, none stretched, the current stage whole: ${module} at ${width} px`, async () => {
      const { page, widget } = await openRecordPage(sim, { module, record, settings: SAVED_DEFAULTS });
      await page.setViewportSize({ width, height: 800 });
      await widget.locator('.path__step--current').first().waitFor();
      await wholePath(page);
      const { steps } = await measurePath(await frameOf(page));
      expect(steps.length).toBeGreaterThan(5);
      expect(new Set(steps.map((s) => Math.round(s.top))).size).toBe(1);
      // Side by side, in order, each a chevron of its own: none takes a row's width as a wrapped chip did (415 to 720 px).
      for (const [i, s] of steps.entries()) {
        expect(s.width, s.name!).toBeLessThan(240);
        if (i > 0) expect(s.left).toBeGreaterThan(steps[i - 1]!.right - 1);
      }
      expect(steps.find((s) => s.current)!.whole).toBe(true);
      await page.close();
    });
  }

  it('cuts a long name short, whole in its tooltip and in its accessible name, and stays one row', async () => {
    const long = 'Negotiation/Review with procurement, legal and the steering committee';
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: HISTORY_IDS.skippedDeal,
      settings: SAVED_DEFAULTS,
      open: false,
    });
    await renameStage(page, 'Deals', 'Negotiation/Review', long);
    const path = widget.getByRole('list', { name: 'Stage path' });
    await path.getByText(long).waitFor();
    await wholePath(page);
    const frame = await frameOf(page);
    const { steps, scrolls } = await measurePath(frame);
    expect(new Set(steps.map((s) => Math.round(s.top))).size).toBe(1);
    expect(scrolls).toBe(false);
    const step = steps.find((s) => s.name === long)!;
    expect(step.whole).toBe(false);
    expect(step.width).toBeLessThan(240);
    await path.getByRole('listitem').filter({ hasText: long }).hover();
    expect(await widget.locator('.path__tip').textContent()).toBe(`${long}, not reached`);
    expect(await path.getByRole('listitem').last().textContent()).toBe(`${long}, not reached`);
    await page.close();
  });

  for (const locale of ['en', 'ar_EG']) {
    it(`scrolls when its stages cannot fit, the current stage in view, a button at each end (${locale})`, async () => {
      const { page, widget } = await openRecordPage(sim, {
        module: 'Leads',
        record: IDS.preQualifiedLead,
        settings: SAVED_DEFAULTS,
        locale: locale === 'en' ? undefined : locale,
      });
      await page.setViewportSize({ width: 560, height: 800 });
      await widget.locator('.path__scroll').first().waitFor();
      await wholePath(page);
      const frame = await frameOf(page);
      const before = await measurePath(frame);
      expect(before.scrolls).toBe(true);
      expect(before.buttons).toBe(2);
      expect(new Set(before.steps.map((s) => Math.round(s.top))).size).toBe(1);
      const current = before.steps.find((s) => s.current)!;
      expect(current.whole).toBe(true);
      expect(current.left).toBeGreaterThanOrEqual(before.row.left - 0.5);
      expect(current.right).toBeLessThanOrEqual(before.row.right + 0.5);
      // Nothing wider than the popup: the row scrolls inside it.
      expect(
        await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);
      // The button at the end shows the stages after: the last stage moves towards the start of the row.
      const last = () => measurePath(frame).then((m) => m.steps.at(-1)!);
      const end = locale === 'en' ? 'end' : 'start';
      const from = await last();
      await widget.locator('.path__scroll--end').click();
      await expect.poll(async () => (await last()).left - from.left, { timeout: 3000 }).not.toBe(0);
      const to = await last();
      if (end === 'end') expect(to.left).toBeLessThan(from.left);
      else expect(to.left).toBeGreaterThan(from.left);
      expect(await axeViolations(frame)).toEqual([]);
      await page.close();
    });
  }
});

describe("a stage's details", () => {
  it('show in a tooltip on hover and focus that moves nothing, and stay in its accessible name', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: HISTORY_IDS.skippedDeal,
      settings: SAVED_DEFAULTS,
    });
    const path = widget.getByRole('list', { name: 'Stage path' });
    await path.getByText('12 days in this stage').waitFor({ state: 'attached' });
    await wholePath(page);
    const frame = await frameOf(page);
    const tip = widget.locator('.path__tip');
    const before = await measurePath(frame);
    const value = path.getByRole('listitem').nth(2);
    await value.hover();
    expect(await tip.textContent()).toBe('Value Proposition, not visited');
    expect(await measurePath(frame)).toEqual(before);
    // Under its stage, not over it.
    const [stageBox, tipBox] = [await value.boundingBox(), await tip.boundingBox()];
    expect(tipBox!.y).toBeGreaterThanOrEqual(stageBox!.y + stageBox!.height);
    expect(tipBox!.x).toBeLessThan(stageBox!.x + stageBox!.width);
    expect(tipBox!.x + tipBox!.width).toBeGreaterThan(stageBox!.x);
    // The tooltip is not struck through as a stage not visited is.
    expect(await tip.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
    expect(await value.textContent()).toBe('Value Proposition, not visited');
    await widget.getByRole('heading', { name: 'Next steps' }).hover();
    expect(await tip.count()).toBe(0);
    // From the keyboard: the current stage is the path's stop for Tab, the arrow keys go from stage to stage.
    await path.locator('[aria-current]').focus();
    expect(await tip.textContent()).toBe('Proposal/Price Quote, current stage, 12 days in this stage');
    await page.keyboard.press('ArrowLeft');
    expect(await tip.textContent()).toBe('Id. Decision Makers, not visited');
    await page.keyboard.press('Home');
    expect(await tip.textContent()).toMatch(/^Qualification, reached on \d{2}\/\d{2}\/\d{4}$/);
    expect(await measurePath(frame)).toEqual(before);
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  });
});
