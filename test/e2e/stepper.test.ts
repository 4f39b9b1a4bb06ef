import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { axeViolations } from './axe.ts';
import { openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { wholePath } from './sim-hooks.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

const sim = useSimulator();

/** What the simulated CRM received as updateBluePrint requests. */
type Update = { Entity: string; RecordID: string; BlueprintData: unknown };

describe('opening a record', () => {
  it('shows the stepper with the process states in order and the current one marked', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead });
    const path = widget.getByRole('list', { name: 'Lead Status path' });
    await path.waitFor();
    await wholePath(page);
    const steps = await path.getByRole('listitem').allTextContents();
    expect(steps[0]).toBe('Not Contacted, current stage');
    expect(steps.map((s) => s.replace(/,.*$/, ''))).toEqual([
      'Not Contacted',
      'Attempted to Contact',
      'Contact in Future',
      'Contacted',
      'Pre-Qualified',
      'Qualified',
      'Not Qualified',
      'Junk Lead',
    ]);
    expect(await widget.getByRole('heading', { name: 'Maya Lindqvist' }).isVisible()).toBe(true);
    expect(await widget.getByRole('button', { name: /establish contact.*contacted/i }).isVisible()).toBe(true);
    await page.close();
  });

  it("shows a transition whose criteria fail as disabled, with the CRM's reason", async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.criteriaFailLead });
    const qualify = widget.getByRole('button', { name: /^qualify/i });
    await qualify.waitFor();
    expect(await qualify.isDisabled()).toBe(true);
    const reasonId = await qualify.getAttribute('aria-describedby');
    expect(await widget.locator(`[id="${reasonId}"]`).textContent()).toMatch(/annual revenue/i);
    // Plain at a glance, not only grey words: a sign before its name (the name starts further in than an
    // available transition's), and a card unlike an available one's.
    const open = widget.locator('.transition__action:not(:disabled)').first();
    const nameAt = (button: typeof qualify) =>
      button.locator('.transition__name').evaluate((el) => el.getBoundingClientRect().left);
    expect((await nameAt(qualify)) - (await nameAt(open))).toBeGreaterThanOrEqual(12);
    const card = (button: typeof qualify) =>
      button.evaluate((el) => {
        const style = getComputedStyle(el.closest('li')!);
        return { background: style.backgroundImage + style.backgroundColor, border: style.borderTopStyle };
      });
    const [blocked, available] = [await card(qualify), await card(open)];
    expect(blocked.border).toBe('dashed');
    expect(available.border).toBe('solid');
    expect(blocked.background).not.toBe(available.background);
    await qualify.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-output/blocked-transition.png' });
    expect(await axeViolations(page.frame({ name: 'blueprint-stepper' })!)).toEqual([]);
    await page.close();
  });

  it("shows a state's escalation period and when an automatic transition will fire", async () => {
    const escalated = await openRecordPage(sim, { module: 'Leads', record: IDS.escalatedLead });
    await escalated.widget.getByText('Escalates after 2 days in this stage').waitFor();
    await escalated.page.close();
    const automatic = await openRecordPage(sim, { module: 'Leads', record: IDS.automaticLead });
    expect(await automatic.widget.getByText(/^Happens automatically on /).textContent()).toMatch(/\d{4}/);
    await automatic.page.close();
  });

  it('says clearly that a record is in no blueprint, whether the CRM answers with an error or with nothing', async () => {
    for (const record of [IDS.noBlueprintErrorLead, IDS.noBlueprintEmptyLead]) {
      const { page, widget } = await openRecordPage(sim, { module: 'Leads', record });
      expect(await widget.getByRole('alert').textContent()).toMatch(/is not in a blueprint/);
      expect(await widget.getByRole('button', { name: 'Check again' }).isVisible()).toBe(true);
      await page.close();
    }
  });

  it('shows a load failure with its fix, and loads on retry', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.escalatedDeal,
      fail: 'INTERNAL_ERROR',
      failOn: 'getBluePrint',
      failTimes: 1,
    });
    expect(await widget.getByRole('alert').textContent()).toMatch(/The CRM ran into a problem/);
    await widget.getByRole('button', { name: 'Try again' }).click();
    await widget.getByRole('list', { name: 'Stage path' }).waitFor();
    expect(await widget.getByRole('listitem').filter({ hasText: 'current stage' }).textContent()).toMatch(
      /^Negotiation\/Review/,
    );
    await page.close();
  });

  it('gives up on a CRM that never answers, says so, and loads on retry', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      fail: 'TIMEOUT',
      failOn: 'getBluePrint',
      failTimes: 1,
      deadline: 800,
    });
    expect(await widget.getByRole('alert').textContent()).toMatch(/Zoho CRM is not answering/);
    await widget.getByRole('button', { name: 'Try again' }).click();
    await widget.getByRole('list', { name: 'Lead Status path' }).waitFor();
    await page.close();
  });
});

describe('performing a transition', () => {
  it('sends the encoded fields once, however often the button is clicked, and moves the path on', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, latency: 150 });
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByLabel(/Contact Method/).selectOption({ label: 'Phone call' });
    await form.getByLabel(/First Contact Date/).fill('2026-11-25');
    await form.getByLabel(/Contact Summary/).fill('Spoke with Maya; wants pricing for 12 seats.');
    await form.getByRole('button', { name: /complete/i }).dblclick();
    await widget.getByText('Done: moved to Contacted.').waitFor();

    const updates = (await page.evaluate(() => (window as unknown as SimWindow).crmSim.updates)) as Update[];
    expect(updates).toHaveLength(1);
    expect(updates[0]).toEqual({
      Entity: 'Leads',
      RecordID: IDS.firstLead,
      BlueprintData: {
        blueprint: [
          {
            transition_id: '4876876000000342606',
            data: {
              Contact_Method: expect.any(String),
              First_Contact_Date: '2026-11-25',
              Contact_Summary: 'Spoke with Maya; wants pricing for 12 seats.',
            },
          },
        ],
      },
    });
    const current = widget.getByRole('listitem').filter({ hasText: 'current stage' });
    expect(await current.textContent()).toMatch(/^Contacted/);
    // A lead keeps no stage history: the stage it left is earlier in the process, not claimed as passed.
    expect(await widget.getByRole('listitem').filter({ hasText: 'Not Contacted' }).textContent()).toMatch(
      /earlier in the process/,
    );
    // The CRM behind the popup moved too.
    const stored = await page.evaluate(
      (id) => (window as unknown as SimWindow).crmSim.crm.record('Leads', id)!.values.Lead_Status,
      IDS.firstLead,
    );
    expect(stored).toBe('Contacted');
    await page.close();
  });

  it('keeps what the rep typed when the record is locked, and sends it again on retry', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      fail: 'RECORD_LOCKED',
      failOn: 'updateBluePrint',
      failTimes: 1,
    });
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByLabel(/Contact Method/).selectOption({ label: 'Email' });
    await form.getByLabel(/First Contact Date/).fill('2026-11-24');
    await form.getByRole('button', { name: /complete/i }).click();
    expect(await form.getByRole('alert').textContent()).toMatch(/This record is locked right now.*Wait a moment/);
    expect(await form.getByLabel(/First Contact Date/).inputValue()).toBe('2026-11-24');
    await form.getByRole('button', { name: 'Try again' }).click();
    await widget.getByText('Done: moved to Contacted.').waitFor();
    const updates = (await page.evaluate(() => (window as unknown as SimWindow).crmSim.updates)) as Update[];
    expect(updates).toHaveLength(2);
    expect(updates[1]!.BlueprintData).toEqual(updates[0]!.BlueprintData);
    await page.close();
  });

  it('does not send a transition with a required field missing, and says which', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead });
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByLabel(/First Contact Date/).fill('2026-11-24');
    await form.getByRole('button', { name: /complete/i }).click();
    expect(await form.getByText('Contact Method is required.').isVisible()).toBe(true);
    expect(await form.getByLabel(/Contact Method/).evaluate((el) => el === document.activeElement)).toBe(true);
    const updates = (await page.evaluate(() => (window as unknown as SimWindow).crmSim.updates)) as Update[];
    expect(updates).toHaveLength(0);
    await page.close();
  });
});
