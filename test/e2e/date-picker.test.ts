import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { axeViolations } from './axe.ts';
import { openRecordPage, type RecordPageOptions } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { receivedUpdates } from './sim-hooks.ts';

const sim = useSimulator();

/** The record page with the clock fixed at Friday 27 November 2026, 10:00 in New York (the simulated user's zone). */
async function openOnFixedDay(opts: RecordPageOptions) {
  const { page, widget } = await openRecordPage(sim, { ...opts, open: false });
  await page.clock.setFixedTime(new Date('2026-11-27T15:00:00Z'));
  // The widget's frame is made on opening, so it starts with the fixed clock.
  await page.getByRole('button', { name: 'Blueprint Stepper' }).click();
  return { page, widget };
}

function widgetFrame(page: Page) {
  const frame = page.frame({ name: 'blueprint-stepper' });
  if (!frame) throw new Error('no widget frame');
  return frame;
}

/** The accessible name of what has the focus in the widget. */
const focused = (page: Page) =>
  widgetFrame(page).evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? null,
  );

describe('the date picker', () => {
  // The first page warms the simulator up, and axe and a send follow: more than the default 30 s on a loaded machine.
  it(
    "picks a date from the keyboard alone, writes it in the user's format, and the CRM gets it",
    { timeout: 60_000 },
    async () => {
      const { page, widget } = await openOnFixedDay({ module: 'Leads', record: IDS.firstLead });
      await widget.getByRole('button', { name: /establish contact/i }).click();
      const form = widget.getByRole('form', { name: 'Establish contact' });
      await form.getByLabel(/Contact Method/).selectOption({ label: 'Meeting' });
      await form.getByLabel(/First Contact Date/).focus();
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Open calendar');
      await page.keyboard.press('Enter');
      const calendar = form.getByRole('dialog', { name: 'Calendar' });
      await calendar.getByRole('grid', { name: 'November 2026' }).waitFor();
      // Today, in the user's zone, has the focus and is marked as today.
      expect(await focused(page)).toBe('Friday, November 27, 2026');
      expect(
        await calendar.getByRole('button', { name: 'Friday, November 27, 2026' }).getAttribute('aria-current'),
      ).toBe('date');

      expect(await axeViolations(widgetFrame(page))).toEqual([]);
      mkdirSync('test-output', { recursive: true });
      await page.screenshot({ path: 'test-output/date-picker-open.png' });

      await page.keyboard.press('ArrowRight'); // Sat 28 Nov
      await page.keyboard.press('ArrowDown'); // Sat 5 Dec
      await calendar.getByRole('grid', { name: 'December 2026' }).waitFor();
      await page.keyboard.press('PageUp'); // Thu 5 Nov
      await page.keyboard.press('Home'); // Sun 1 Nov: weeks start on Sunday in en-US
      expect(await focused(page)).toBe('Sunday, November 1, 2026');
      await page.keyboard.press('Enter');
      await calendar.waitFor({ state: 'detached' });
      expect(await form.getByLabel(/First Contact Date/).inputValue()).toBe('11/01/2026');
      expect(await focused(page)).toBe('Open calendar');

      await form.getByRole('button', { name: /complete/i }).click();
      await widget.getByText('Done: moved to Contacted.').waitFor();
      const [update] = await receivedUpdates(page);
      expect(update!.BlueprintData.blueprint[0]!.data).toMatchObject({ First_Contact_Date: '2026-11-01' });
      await page.close();
    },
  );

  it('closes on Escape with the typed date kept, and sets only the date of a date and time', async () => {
    const { page, widget } = await openOnFixedDay({ module: 'Leads', record: IDS.escalatedLead });
    await widget.getByRole('button', { name: /^reached/i }).click();
    const form = widget.getByRole('form', { name: 'Reached' });
    const input = form.getByLabel(/Call Time/);
    await input.fill('11/25/2026 04:15 PM');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const calendar = form.getByRole('dialog', { name: 'Calendar' });
    await calendar.waitFor();
    expect(await focused(page)).toBe('Wednesday, November 25, 2026');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Open calendar');
    expect(await input.inputValue()).toBe('11/25/2026 04:15 PM');

    await page.keyboard.press('Enter');
    await calendar.waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(' ');
    await calendar.waitFor({ state: 'detached' });
    expect(await input.inputValue()).toBe('11/24/2026 04:15 PM');
    await page.close();
  });
});

describe('the date picker in a 360 px popup', () => {
  it('opens whole inside the popup: both month buttons and every weekday in view', async () => {
    const { page, widget } = await openOnFixedDay({ module: 'Leads', record: IDS.firstLead });
    await page.setViewportSize({ width: 360, height: 740 });
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByRole('button', { name: 'Open calendar' }).click();
    const calendar = form.getByRole('dialog', { name: 'Calendar' });
    await calendar.getByRole('grid', { name: 'November 2026' }).waitFor();
    const parts = [
      calendar,
      calendar.getByRole('button', { name: 'Previous month' }),
      calendar.getByRole('button', { name: 'Next month' }),
      calendar.getByRole('columnheader').first(),
      calendar.getByRole('columnheader').last(),
      calendar.getByRole('button', { name: 'Saturday, November 28, 2026' }),
    ];
    const view = await widgetFrame(page).evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    }));
    for (const part of parts) {
      const box = await part.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      // Half a pixel either way: boxes sit on fractions of a pixel, scrolling on whole ones.
      expect(box.left).toBeGreaterThanOrEqual(-0.5);
      expect(box.right).toBeLessThanOrEqual(view.width + 0.5);
      expect(box.top).toBeGreaterThanOrEqual(-0.5);
      expect(box.bottom).toBeLessThanOrEqual(view.height + 0.5);
      // And drawn there, not clipped by a box around the field: what a click at its corners reaches is the part.
      const shown = await part.evaluate((el) => {
        const b = el.getBoundingClientRect();
        return [
          [b.left + 2, b.top + 2],
          [b.right - 2, b.bottom - 2],
        ].every(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
      });
      expect(shown, await part.evaluate((el) => el.outerHTML.slice(0, 80))).toBe(true);
    }
    expect(await axeViolations(widgetFrame(page))).toEqual([]);
    await page.screenshot({ path: 'test-output/date-picker-360.png' });
    await page.close();
  }, 60_000);
});
