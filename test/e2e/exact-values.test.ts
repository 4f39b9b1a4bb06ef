import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { receivedUpdates } from './sim-hooks.ts';

const sim = useSimulator();

/*
 * Issue 21 section 3, end to end in the simulator: a value the CRM would receive as another value is refused with
 * words the rep reads, nothing reaches the CRM, what was typed stays, and the corrected value is sent exactly.
 */
describe('a value the widget cannot send as typed', () => {
  it('a time the clocks skip is refused, saying it does not exist in the time zone, never sent as 01:30', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.escalatedLead });
    await widget.getByRole('button', { name: /^reached/i }).click();
    const form = widget.getByRole('form', { name: 'Reached' });
    // The simulated user is in America/New_York, where 02:00 to 03:00 on 8 March 2026 does not happen.
    await form.getByLabel(/Call Time/).fill('03/08/2026 02:30 AM');
    await form.getByRole('button', { name: /complete/i }).click();
    await widget
      .getByText('Call Time: 03/08/2026 02:30 AM does not exist in your time zone. Choose another time.')
      .first()
      .waitFor();
    expect(await receivedUpdates(page)).toEqual([]);
    expect(await form.getByLabel(/Call Time/).inputValue()).toBe('03/08/2026 02:30 AM');
    await form.getByLabel(/Call Time/).fill('03/08/2026 03:30 AM');
    await form.getByRole('button', { name: /complete/i }).click();
    await widget.getByText('Done: moved to Contacted.').waitFor();
    const [update] = await receivedUpdates(page);
    expect(update!.BlueprintData.blueprint[0]!.data).toEqual({ Call_Time: '2026-03-08T03:30:00-04:00' });
    await page.close();
  });

  it('an amount a JavaScript number cannot hold is refused naming the limit, never rounded', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Deals', record: IDS.partialSaveDeal });
    await widget.getByRole('button', { name: /send proposal/i }).click();
    const form = widget.getByRole('form', { name: 'Send proposal' });
    await form.getByLabel(/Amount/).fill('9007199254740993');
    await form.getByRole('checkbox', { name: 'Pricing approved' }).check();
    // Shown once the rep leaves the field; nothing may be saved with it (no Save progress is offered).
    await widget
      .getByText(
        'Amount cannot be sent exactly: use at most 15 digits and none closer to zero than 0.000001, or enter it in the CRM.',
      )
      .first()
      .waitFor();
    expect(await form.getByRole('button', { name: 'Save progress' }).count()).toBe(0);
    expect(await receivedUpdates(page)).toEqual([]);
    expect(await form.getByLabel(/Amount/).inputValue()).toBe('9007199254740993');
    await form.getByLabel(/Amount/).fill('96,000.75');
    await form.getByLabel(/Amount/).press('Tab');
    await form.getByRole('button', { name: 'Save progress' }).click();
    await widget.getByText(/^Saved \(\d+% of “Send proposal”\)/).waitFor();
    const [update] = await receivedUpdates(page);
    expect(update!.BlueprintData.blueprint[0]!.data).toMatchObject({ Amount: 96000.75 });
    await page.close();
  });
});
