import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { openListView, openRecordPage, openSettingsPage } from './browser.ts';
import { frameOf, openWidget } from './sim-hooks.ts';
import { useSimulator } from './use-simulator.ts';

const sim = useSimulator();

/** Whether two boxes on the page share any pixel. */
async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) throw new Error('a box is not on the page');
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

const popup = (page: Page) => page.getByRole('dialog', { name: 'Blueprint Stepper' });
const dock = (page: Page) => page.getByRole('region', { name: 'Simulator controls' });

describe("the simulator's own controls", () => {
  it('lay the record page out in one column on a phone: the Blueprint Stepper button in view, nothing cut off', async () => {
    const { page } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, open: false });
    await page.setViewportSize({ width: 360, height: 740 });
    const button = page.getByRole('button', { name: 'Blueprint Stepper' });
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    const wide = await page.evaluate(() => {
      const stage = document.querySelector('.crm-page')!;
      return { scroll: stage.scrollWidth, client: stage.clientWidth };
    });
    expect(wide.scroll).toBeLessThanOrEqual(wide.client);
    await page.screenshot({ path: 'test-output/sim-record-360.png' });
    await button.click();
    await page.frameLocator('iframe[name="blueprint-stepper"]').getByRole('heading', { name: 'Next steps' }).waitFor();
    await page.close();
  });

  it('never cover the widget on a phone, with the Simulator panel and the CRM log open', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead });
    await page.setViewportSize({ width: 360, height: 740 });
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const complete = widget.getByRole('button', { name: /complete/i });
    await complete.scrollIntoViewIfNeeded();
    expect(await overlap(dock(page), popup(page))).toBe(false);

    await page.getByText('Simulator', { exact: true }).click();
    await page.getByText('CRM log', { exact: true }).click();
    await expect.poll(() => overlap(dock(page), popup(page))).toBe(false);
    // Playwright clicks only what is on top at the button's spot: nothing of the dock lies over it.
    await complete.scrollIntoViewIfNeeded();
    await complete.click({ timeout: 5_000 });
    await widget
      .getByText(/is required/)
      .first()
      .waitFor();
    await page.close();
  });

  it("resize the popup as the widget asks, without waiting out the CRM's latency (a UI call is the CRM page's own)", async () => {
    // Every CRM call takes 20 s here: the skeleton's UI.Resize must still take effect at once.
    const { page } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      open: false,
      latency: 20_000,
    });
    await openWidget(page);
    const frame = page.locator('iframe[name="blueprint-stepper"]');
    const loading = page.frameLocator('iframe[name="blueprint-stepper"]').getByText('Loading the blueprint…');
    await loading.waitFor();
    const content = () =>
      frameOf(page).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // The popup opens at its own size (560 px), far taller than the skeleton, then takes the skeleton's height.
    await expect
      .poll(async () => Math.round((await frame.boundingBox())?.height ?? 0), { timeout: 10_000 })
      .toBe(await content());
    // The blueprint itself is still on its way: the widget still says it is loading.
    await loading.waitFor({ timeout: 1_000 });
    await page.close();
  });

  it('say in a sentence what the injected failure will do', async () => {
    const { page } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      open: false,
      fail: 'RECORD_LOCKED',
      failTimes: 2,
    });
    await page.getByText('Simulator', { exact: true }).click();
    await page.getByText('The next 2 updateBluePrint calls fail with RECORD_LOCKED.').waitFor();
    await page.getByLabel('Every time').check();
    await page.getByText('Every updateBluePrint call fails with RECORD_LOCKED.').waitFor();
    await page.close();
  });
});

describe('the pages as `npm start` serves them, from src/', () => {
  // The build splits the texts into a file per page (vite.config.ts); the dev server answers the pages' fetches
  // with the same files, or the settings page and bulk mode showed text keys.
  it('speak words, not text keys: the stepper, bulk mode and the settings page', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, pages: 'src' });
    await widget.getByRole('heading', { name: 'Next steps' }).waitFor({ timeout: 30_000 });
    await page.close();

    const list = await openListView(sim, { module: 'Deals', pages: 'src' });
    const boxes = list.page.locator('input[data-id]');
    for (let i = 0; i < 2; i++) {
      await boxes.nth(i).focus();
      await list.page.keyboard.press('Space');
    }
    await list.page.getByRole('button', { name: 'Blueprint Stepper' }).click();
    await list.widget.getByRole('heading', { name: '2 Deals records selected' }).waitFor({ timeout: 30_000 });
    await list.widget.getByText('What to do with the selection').waitFor();
    await list.page.close();

    const { page: admin, settings } = await openSettingsPage(sim, { pages: 'src' });
    await settings.getByRole('heading', { name: 'Blueprint Stepper settings' }).waitFor({ timeout: 30_000 });
    await settings.getByRole('button', { name: 'Save settings' }).waitFor();
    await admin.close();
  });
});
