import type { FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BULK_DEAL_IDS, BULK_FAULTS, BULK_LEAD_IDS } from '../crm-sim/seed/bulk-seed.ts';
import { axeViolations } from './axe.ts';
import { openListView } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { receivedUpdates, storedValue } from './sim-hooks.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

const sim = useSimulator();

const maxInFlight = (page: Page) => page.evaluate(() => (window as unknown as SimWindow).crmSim.maxInFlight);

/** Presses Tab (in the page, or the widget's frame once focus is inside it) until `target` has the focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((node) => node === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

/** Ticks records in the list view with the keyboard (Space on each checkbox), then opens the widget with Enter. */
async function selectAndOpen(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.locator(`input[data-id="${id}"]`).focus();
    await page.keyboard.press('Space');
  }
  await page
    .getByRole('status')
    .filter({ hasText: `${ids.length} selected` })
    .waitFor();
  await page.getByRole('button', { name: 'Blueprint Stepper' }).focus();
  await page.keyboard.press('Enter');
}

async function frameOf(page: Page) {
  await page.waitForSelector('iframe[name="blueprint-stepper"]');
  const frame = page.frame({ name: 'blueprint-stepper' });
  if (!frame) throw new Error('no widget frame');
  return frame;
}

const dealName = (i: number) =>
  `${['Alpine Gear', 'Borealis Labs', 'Cobalt Freight', 'Delta Bakery', 'Ember Studio'][i % 5]} — Order ${String(i + 1).padStart(2, '0')}`;

/** Chooses "Close lost" for the selection, sets the reason and confirms, all with the keyboard. */
async function closeLost(page: Page, widget: FrameLocator): Promise<void> {
  const choice = widget.getByRole('button', { name: /^Close lost · 35 of 40$/ });
  await choice.waitFor();
  await choice.focus();
  await page.keyboard.press('Enter');
  const form = widget.getByRole('form', { name: 'Close lost' });
  const reason = form.getByLabel(/Loss Reason/);
  await tabTo(page, reason);
  await page.keyboard.type('Price');
  await tabTo(page, form.getByRole('button', { name: /close lost/i }));
  await page.keyboard.press('Enter');
  const send = widget.getByRole('button', { name: 'Close lost for 35 records' });
  await tabTo(page, send);
  await page.keyboard.press('Enter');
}

describe('bulk mode on a list view', () => {
  it('moves 40 Deals by keyboard alone: counts per choice, one form, a confirmation, ≤ 5 calls in flight, every fault named', async () => {
    const { page, widget } = await openListView(sim, { module: 'Deals', latency: 40 });
    await selectAndOpen(page, BULK_DEAL_IDS);
    await widget.getByRole('heading', { name: '40 Deals records selected' }).waitFor();

    // The choices: grouped by transition with counts; the record in no blueprint listed apart.
    await widget.getByRole('button', { name: /^Close lost · 35 of 40$/ }).waitFor();
    expect(await widget.getByRole('button', { name: /^Negotiate · / }).textContent()).toContain('12 of 40');
    const apart = widget.getByRole('region', { name: '1 record not included' });
    // Names come after the choices, as background work: wait for this one's.
    await apart.getByText(`${dealName(BULK_FAULTS.noBlueprint)} is in no blueprint.`).waitFor();
    expect(await maxInFlight(page)).toBeGreaterThan(1);
    expect(await maxInFlight(page)).toBeLessThanOrEqual(5);
    expect(await axeViolations(await frameOf(page))).toEqual([]);
    // The choices look like buttons (filled, with an arrow), and the step's heading, which takes the focus so a
    // screen reader starts there, shows no ring as an input would.
    const look = await widget.getByRole('button', { name: /^Close lost · 35 of 40$/ }).evaluate((el) => ({
      background: getComputedStyle(el).backgroundColor,
      arrow: el.querySelector('.bulk-choice__go')?.getBoundingClientRect().width ?? 0,
    }));
    expect(look.background).not.toMatch(/^rgba?\(255, 255, 255|^rgba\(0, 0, 0, 0\)$/);
    expect(look.arrow).toBeGreaterThan(4);
    const heading = widget.getByRole('heading', { name: 'What to do with the selection' });
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(
      await heading.evaluate((el) => [getComputedStyle(el).boxShadow, getComputedStyle(el).outlineStyle].join(' ')),
    ).toBe('none none');
    await page.screenshot({ path: 'test-output/bulk-choices.png' });

    // One form for all: the loss reason differs between the records, so it starts empty and says so.
    await widget.getByRole('button', { name: /^Close lost · 35 of 40$/ }).focus();
    await page.keyboard.press('Enter');
    const form = widget.getByRole('form', { name: 'Close lost' });
    await form.waitFor();
    const reason = form.getByLabel(/Loss Reason/);
    expect(await reason.inputValue()).toBe('');
    const describedBy = (await reason.getAttribute('aria-describedby')) ?? '';
    expect(await widget.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toBe('Values differ: left empty');
    // Once a value is chosen, it no longer differs: the note goes.
    await reason.selectOption('Price');
    expect(await form.getByText('Values differ: left empty').count()).toBe(0);
    expect(await reason.getAttribute('aria-describedby')).toBeNull();
    await page.keyboard.press('Escape');
    await tabTo(page, form.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');

    await closeLost(page, widget);
    await widget.getByRole('heading', { name: '“Close lost”: finished' }).waitFor({ timeout: 60_000 });
    await widget
      .getByRole('status')
      .filter({ hasText: 'Moved 32 · failed 3 · not applicable 5' })
      .waitFor({ timeout: 20_000 });

    // Each failure in plain words.
    const results = widget.getByRole('list', { name: 'Records' });
    const row = (i: number) => results.getByRole('listitem').filter({ hasText: dealName(i) });
    expect(await row(BULK_FAULTS.locked).textContent()).toContain('Not moved: the record is locked.');
    expect(await row(BULK_FAULTS.noPermission).textContent()).toContain(
      'Not moved: you don’t have permission to change it.',
    );
    expect(await row(BULK_FAULTS.stale).textContent()).toContain(
      'Not moved: the transition is no longer available for it',
    );
    expect(await row(0).textContent()).toContain('Moved');
    // Failed records first; those a retry leaves out say why.
    const first = await results
      .getByRole('listitem')
      .evaluateAll((items) => items.slice(0, 4).map((li) => /Not moved/.test(li.textContent ?? '')));
    expect(first).toEqual([true, true, true, false]);
    const notRetried = 'Not retried: trying again would fail the same way.';
    expect(await row(BULK_FAULTS.noPermission).textContent()).toContain(notRetried);
    expect(await row(BULK_FAULTS.stale).textContent()).toContain(notRetried);
    expect(await row(BULK_FAULTS.locked).textContent()).not.toContain(notRetried);
    await page.screenshot({ path: 'test-output/bulk-results.png' });
    expect(await storedValue(page, 'Deals', BULK_DEAL_IDS[0]!, 'Stage')).toBe('Closed Lost');
    expect(await storedValue(page, 'Deals', BULK_DEAL_IDS[0]!, 'Loss_Reason')).toBe('Price');
    expect(await storedValue(page, 'Deals', BULK_DEAL_IDS[36]!, 'Stage')).toBe('Needs Analysis');

    // Sent once per record, at most 5 calls in flight.
    const updates = await receivedUpdates(page);
    expect(updates).toHaveLength(35);
    expect(new Set(updates.map((u) => u.RecordID)).size).toBe(35);
    expect(await maxInFlight(page)).toBeLessThanOrEqual(5);
    expect(await axeViolations(await frameOf(page))).toEqual([]);

    // Retry sends only the failed record still at the transition (the locked one), not the others.
    const retry = widget.getByRole('button', { name: 'Retry the failed record (1)' });
    await tabTo(page, retry);
    await page.keyboard.press('Enter');
    await widget.getByRole('status').filter({ hasText: 'Moved 32 · failed 3 · not applicable 5' }).waitFor();
    const again = (await receivedUpdates(page)).slice(35);
    expect(again.map((u) => u.RecordID)).toEqual([BULK_DEAL_IDS[BULK_FAULTS.locked]]);

    // Close and reload the list view.
    await tabTo(page, widget.getByRole('button', { name: 'Close and reload the list' }));
    await page.keyboard.press('Enter');
    await page.locator('iframe[name="blueprint-stepper"]').waitFor({ state: 'detached' });
    expect(
      await page
        .getByRole('row')
        .filter({ hasText: dealName(0) })
        .textContent(),
    ).toContain('Closed Lost');
    await page.close();
  }, 180_000);

  it('Stop halts what has not been sent and says which records were and were not moved', async () => {
    const { page, widget } = await openListView(sim, { module: 'Deals', latency: 150 });
    await selectAndOpen(page, BULK_DEAL_IDS);
    await closeLost(page, widget);
    const stop = widget.getByRole('button', { name: 'Stop' });
    await stop.waitFor();
    await stop.focus();
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: '“Close lost”: finished' }).waitFor({ timeout: 20_000 });
    const updates = await receivedUpdates(page);
    expect(updates.length).toBeLessThan(35);
    expect(new Set(updates.map((u) => u.RecordID)).size).toBe(updates.length);
    const notSent = await widget.getByRole('listitem').filter({ hasText: 'Not sent: stopped before its turn' }).count();
    expect(notSent).toBe(35 - updates.length);
    await widget.getByRole('button', { name: `Send the records not sent (${notSent})` }).waitFor();
    expect(await maxInFlight(page)).toBeLessThanOrEqual(5);
    await page.close();
  }, 120_000);

  it('fits a 360 px popup, axe clean, with Leads blocked by criteria counted', async () => {
    const { page, widget } = await openListView(sim, { module: 'Leads', latency: 0 });
    await page.setViewportSize({ width: 360, height: 800 });
    await selectAndOpen(page, BULK_LEAD_IDS);
    const qualify = widget.getByRole('button', { name: /^Qualify · / });
    await qualify.waitFor();
    const describedBy = (await qualify.getAttribute('aria-describedby')) ?? '';
    expect(await widget.locator(`[id="${describedBy}"]`).textContent()).toMatch(
      /Blocked on \d+ records: Annual Revenue must be filled before qualifying/,
    );
    const frame = await frameOf(page);
    expect(
      await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  }, 60_000);

  it('a failed load is listed apart and can be retried alone', async () => {
    const { page, widget } = await openListView(sim, {
      module: 'Deals',
      latency: 0,
      fail: 'INTERNAL_ERROR',
      failOn: 'getBluePrint',
      failTimes: 1,
    });
    await selectAndOpen(page, BULK_DEAL_IDS.slice(0, 5));
    const retry = widget.getByRole('button', { name: `Load ${dealName(0)} again` });
    await retry.waitFor();
    expect(await widget.getByRole('button', { name: /^Close lost · 4 of 5$/ }).isVisible()).toBe(true);
    await retry.focus();
    await page.keyboard.press('Enter');
    await widget.getByRole('button', { name: /^Close lost · 5 of 5$/ }).waitFor();
    await page.close();
  }, 60_000);

  it('names the limit for more than 200 records, and says so on a module an admin turned off', async () => {
    const { page, widget } = await openListView(sim, { module: 'Deals', latency: 0 });
    await page.evaluate(() =>
      (window as unknown as SimWindow).crmSim.openBulk(
        'Deals',
        Array.from({ length: 201 }, (_, i) => `90000000000000${String(i).padStart(5, '0')}`),
      ),
    );
    expect(await widget.getByRole('alert').textContent()).toContain(
      '201 records are selected: bulk mode takes up to 200 at once.',
    );
    await page.close();
    const off = await openListView(sim, {
      module: 'Deals',
      latency: 0,
      settings: JSON.stringify({ version: 1, modules: { Deals: { enabled: false } } }),
    });
    await selectAndOpen(off.page, BULK_DEAL_IDS.slice(0, 3));
    expect(await off.widget.getByRole('status').filter({ hasText: 'not enabled' }).first().textContent()).toContain(
      'The Blueprint Stepper is not enabled for Deals.',
    );
    await off.page.close();
  }, 90_000);
});
