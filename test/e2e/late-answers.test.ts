import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BULK_DEAL_IDS } from '../crm-sim/seed/bulk-seed.ts';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { openListView, openRecordPage } from './browser.ts';
import { answerLate, mostCallsWaiting, receivedUpdates } from './sim-hooks.ts';
import { useSimulator } from './use-simulator.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

/**
 * Issue 21 §2: a call past the widget's deadline is still in flight at the CRM and may still succeed. The
 * simulated CRM carries the calls out on time and answers them late; nothing is sent twice, nothing is called
 * refused that the CRM did, and never more than 5 calls wait on it in bulk mode.
 */

const sim = useSimulator();

/** Eight Deals that "Close lost" applies to (the seed's faulty ones left out). */
const EIGHT = [0, 1, 2, 4, 5, 6, 8, 9].map((i) => BULK_DEAL_IDS[i]!);

/** Opens bulk mode on `ids`, chooses Close lost, gives a reason, and confirms the send. */
async function closeLost(page: Page, widget: FrameLocator, ids: string[]): Promise<void> {
  await page.evaluate((selected) => (window as unknown as SimWindow).crmSim.openBulk('Deals', selected), ids);
  await widget.getByRole('button', { name: new RegExp(`^Close lost · ${ids.length} of ${ids.length}$`) }).click();
  const form = widget.getByRole('form', { name: 'Close lost' });
  await form.getByLabel(/Loss Reason/).selectOption({ label: 'Price' });
  await form.getByRole('button', { name: /close lost/i }).click();
  await widget.getByRole('button', { name: `Close lost for ${ids.length} records` }).click();
}

describe('bulk mode when the CRM answers after the deadline', () => {
  it('waits with 5 calls at most, calls nothing refused, sends each record once, and offers no retry', async () => {
    const { page, widget } = await openListView(sim, { module: 'Deals', latency: 40, deadline: 500 });
    await answerLate(page, 'updateBluePrint', 1800);
    await closeLost(page, widget, EIGHT);
    const status = widget.getByRole('status').filter({ hasText: /^Moved/ });
    await widget.getByText(/Zoho CRM has not answered 5 requests yet/).waitFor();
    expect(await status.textContent()).toMatch(/awaiting an answer 5/);
    await widget.getByRole('heading', { name: '“Close lost”: finished' }).waitFor({ timeout: 15_000 });
    expect(await status.textContent()).toBe('Moved 8 · failed 0');
    expect(await widget.getByRole('button', { name: /Retry/ }).count()).toBe(0);
    const updates = await receivedUpdates(page);
    expect(updates.map((u) => u.RecordID).sort()).toEqual([...EIGHT].sort());
    expect(await mostCallsWaiting(page)).toBeLessThanOrEqual(5);
    await page.close();
  }, 30_000);

  it('Stop while answers are late: “result unknown”, not “not applicable”; a late answer still counts', async () => {
    const { page, widget } = await openListView(sim, { module: 'Deals', latency: 40, deadline: 500 });
    await answerLate(page, 'updateBluePrint', 3000);
    await closeLost(page, widget, EIGHT);
    await widget.getByText(/Zoho CRM has not answered 5 requests yet/).waitFor();
    await widget.getByRole('button', { name: 'Stop' }).click();
    const status = widget.getByRole('status').filter({ hasText: /^Moved/ });
    await widget.getByRole('heading', { name: '“Close lost”: finished' }).waitFor();
    expect(await status.textContent()).toBe('Moved 0 · failed 0 · not sent 3 · result unknown 5');
    expect(
      await widget
        .getByRole('listitem')
        .filter({ hasText: /Sent, result unknown/ })
        .count(),
    ).toBe(5);
    expect(await widget.getByRole('button', { name: /Retry/ }).count()).toBe(0);
    // The CRM did move them: its late answers still count when they come.
    await widget.getByText('Moved 5 · failed 0 · not sent 3').waitFor({ timeout: 10_000 });
    expect((await receivedUpdates(page)).length).toBe(5);
    await page.close();
  }, 30_000);
});

describe('one record when the CRM answers after the deadline', () => {
  /** The first lead's page, with a deadline of 600 ms, and its Establish contact form filled in. */
  async function openEstablishContact() {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      latency: 40,
      deadline: 600,
    });
    return { page, widget, form: await establishContact(widget) };
  }

  async function establishContact(widget: FrameLocator) {
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByLabel(/Contact Method/).selectOption({ label: 'Phone call' });
    await form.getByLabel(/First Contact Date/).fill('2026-11-25');
    await form.getByLabel(/Contact Summary/).fill('Spoke with Maya.');
    return form;
  }

  it('says the result is not known yet, sends nothing more, and moves on when the late success comes', async () => {
    const { page, widget, form } = await openEstablishContact();
    // The CRM carries the update out only as it answers: the blueprint read after the deadline shows no move.
    await answerLate(page, 'updateBluePrint', 2500, true);
    await form.getByRole('button', { name: /complete/i }).click();
    await form.getByText('Zoho CRM has not answered yet').waitFor();
    // Try again while the first send waits: there is none, and the button cannot send.
    expect(await form.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await form
      .getByRole('button', { name: /saving|complete/i })
      .click({ force: true, timeout: 1000 })
      .catch(() => undefined);
    expect(await form.getByLabel(/Contact Summary/).inputValue()).toBe('Spoke with Maya.');
    await widget.getByText(/went through after all: moved to Contacted/).waitFor({ timeout: 10_000 });
    expect((await receivedUpdates(page)).length).toBe(1);
    const current = widget.getByRole('listitem').filter({ hasText: 'current stage' });
    expect(await current.textContent()).toMatch(/^Contacted/);
    await page.close();
  }, 30_000);

  it('ends on the moved record, not on “not answering”, when every answer after the update is late too', async () => {
    const { page, widget, form } = await openEstablishContact();
    await answerLate(page, 'any', 1500);
    await form.getByRole('button', { name: /complete/i }).click();
    await widget.getByText(/moved to Contacted/).waitFor({ timeout: 15_000 });
    expect(await widget.getByText(/not answering/i).count()).toBe(0);
    const current = widget.getByRole('listitem').filter({ hasText: 'current stage' });
    expect(await current.textContent()).toMatch(/^Contacted/);
    expect((await receivedUpdates(page)).length).toBe(1);
    await page.close();
  }, 30_000);
});
