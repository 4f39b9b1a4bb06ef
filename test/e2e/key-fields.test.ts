import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { axeViolations } from './axe.ts';
import { openRecordPage } from './browser.ts';
import { answerLate, frameOf, reopenWidget, storedValue, wholePath } from './sim-hooks.ts';
import { useSimulator } from './use-simulator.ts';

/*
 * Issue 25: the current stage's key fields, shown with the path and edited in place. The simulator's `key-fields`
 * settings give Deals' Qualification stage Amount and Next Step (editable), Pain Points (a transition of the
 * stage asks for it: the simulated CRM refuses its update with RECORD_IN_BLUEPRINT) and Deal Number (read-only).
 */
const sim = useSimulator();

/** Every updateRecord the simulated CRM received: its module and the record's data as the SDK sent them. */
function recordUpdates(page: Page): Promise<unknown[]> {
  return page.evaluate(() =>
    (
      window as unknown as { crmSim: { calls: { name: string; data: { Entity: unknown; APIData: unknown } }[] } }
    ).crmSim.calls
      .filter((c) => c.name === 'updateRecord')
      .map((c) => ({ Entity: c.data.Entity, APIData: c.data.APIData })),
  );
}

async function openDeal(width?: number) {
  const opened = await openRecordPage(sim, { module: 'Deals', record: IDS.qualificationDeal, settings: 'key-fields' });
  if (width) await opened.page.setViewportSize({ width, height: 800 });
  const panel = opened.widget.getByRole('region', { name: 'Key fields' });
  await panel.getByText('Book the discovery call').waitFor();
  return { ...opened, panel };
}

describe('key fields', () => {
  it('show the current stage’s fields with their values before any transition is chosen, axe clean', async () => {
    const { page, panel, widget } = await openDeal();
    const rows = await panel.getByRole('listitem').allInnerTexts();
    expect(rows.map((r) => r.split('\n')[0])).toEqual(['Amount', 'Next Step', 'Pain Points', 'Deal Number']);
    expect(rows[0]).toContain('42,000.00');
    // No transition form is open: the fields come with the path.
    expect(await widget.getByRole('form').count()).toBe(0);
    expect(await axeViolations(frameOf(page))).toEqual([]);
    await page.close();
  });

  it('save the one field the rep edited: the CRM receives that field and the record’s id, nothing else', async () => {
    const { page, panel } = await openDeal();
    await panel.getByRole('button', { name: 'Edit Next Step' }).press('Enter');
    const input = panel.getByRole('textbox', { name: 'Next Step' });
    // The focus goes from the Edit button, now gone, to the editor.
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('Send the proposal on Friday');
    expect(await axeViolations(frameOf(page))).toEqual([]);
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await recordUpdates(page)).toEqual([
      { Entity: 'Deals', APIData: { Next_Step: 'Send the proposal on Friday', id: IDS.qualificationDeal } },
    ]);
    expect(await storedValue(page, 'Deals', IDS.qualificationDeal, 'Next_Step')).toBe('Send the proposal on Friday');
    await panel.getByText('Send the proposal on Friday').waitFor();
    // The focus goes back to the field's Edit button (once the row has rendered it).
    const edit = panel.getByRole('button', { name: 'Edit Next Step' });
    await expect.poll(() => edit.evaluate((b) => b === document.activeElement), { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('give a field the blueprint owns at this stage the CRM’s refusal in plain words, the code under Details, what was typed kept', async () => {
    const { page, panel } = await openDeal();
    await panel.getByRole('button', { name: 'Edit Pain Points' }).click();
    const input = panel.getByRole('textbox', { name: 'Pain Points' });
    await input.fill('Reports take a day to build');
    await panel.getByRole('button', { name: 'Save' }).click();
    const alert = panel.getByRole('alert');
    await alert
      .getByText('At this stage, the blueprint lets “Pain Points” change only through a transition.')
      .waitFor();
    await alert.getByText('What you typed is kept.').waitFor();
    expect(await alert.locator('details').getAttribute('open')).toBeNull();
    await alert.getByText('Details').click();
    expect(await alert.locator('details').innerText()).toContain('RECORD_IN_BLUEPRINT');
    expect(await input.inputValue()).toBe('Reports take a day to build');
    expect(await storedValue(page, 'Deals', IDS.qualificationDeal, 'Pain_Points')).toBeUndefined();
    expect(await axeViolations(frameOf(page))).toEqual([]);
    // A popup opened again brings back what was typed.
    await page.reload();
    const again = page
      .frameLocator('iframe[name="blueprint-stepper"]')
      .getByRole('region', { name: 'Key fields' })
      .getByRole('textbox', { name: 'Pain Points' });
    await again.waitFor();
    expect(await again.inputValue()).toBe('Reports take a day to build');
    await page.close();
  });

  it('show a read-only field as such, with no way to edit it', async () => {
    const { page, panel } = await openDeal();
    const row = panel.getByRole('listitem').filter({ hasText: 'Deal Number' });
    expect(await row.innerText()).toContain('Read-only');
    expect(await row.getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('fit a 360 px popup while one is edited', async () => {
    const { page, panel } = await openDeal(360);
    await panel.getByRole('button', { name: 'Edit Amount' }).click();
    await panel.getByRole('textbox', { name: 'Amount' }).waitFor();
    const measured = await frameOf(page).evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(measured.client).toBeLessThanOrEqual(360);
    expect(measured.scroll).toBeLessThanOrEqual(measured.client);
    await page.close();
  });

  it('save a lead’s picklist with its actual value, and show its auto-number read-only', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      settings: 'key-fields',
    });
    const panel = widget.getByRole('region', { name: 'Key fields' });
    await panel.getByText('+1 555 0100').waitFor();
    await panel.getByRole('button', { name: 'Edit Lead Source' }).click();
    await panel.getByRole('combobox', { name: 'Lead Source' }).selectOption({ label: 'Cold Call' });
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await storedValue(page, 'Leads', IDS.firstLead, 'Lead_Source')).toBe('Cold Call');
    expect((await recordUpdates(page)).at(-1)).toEqual({
      Entity: 'Leads',
      APIData: { Lead_Source: 'Cold Call', id: IDS.firstLead },
    });
    // Lead Number is an auto-number: read-only.
    expect(await panel.getByRole('listitem').filter({ hasText: 'Lead Number' }).getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('are not shown for a stage without any', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.criteriaFailLead,
      settings: 'key-fields',
    });
    // Once the field list is in and the form's code (which brings the panel) has loaded: a form opens.
    await wholePath(page);
    await widget.locator('.transition__action:not(:disabled)').first().click();
    await widget.getByRole('form').waitFor();
    expect(await widget.getByRole('region', { name: 'Key fields' }).count()).toBe(0);
    await page.close();
  });

  it('past the deadline, say Zoho CRM has not answered, send nothing more, and settle by the late answer', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.qualificationDeal,
      settings: 'key-fields',
      deadline: 400,
    });
    const panel = widget.getByRole('region', { name: 'Key fields' });
    await panel.getByText('Book the discovery call').waitFor();
    await answerLate(page, 'updateRecord', 1500);
    await panel.getByRole('button', { name: 'Edit Next Step' }).click();
    await panel.getByRole('textbox', { name: 'Next Step' }).fill('Call on Monday');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('alert').getByText('Zoho CRM has not answered yet').waitFor();
    expect(await panel.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await recordUpdates(page)).toHaveLength(1);
    expect(await storedValue(page, 'Deals', IDS.qualificationDeal, 'Next_Step')).toBe('Call on Monday');
    await page.close();
  });

  it('opened again while a save had no answer, bring back what was typed and say the CRM may have saved it', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.qualificationDeal,
      settings: 'key-fields',
      deadline: 300,
    });
    const panel = widget.getByRole('region', { name: 'Key fields' });
    await panel.getByText('Book the discovery call').waitFor();
    await answerLate(page, 'updateRecord', 2500);
    await panel.getByRole('button', { name: 'Edit Next Step' }).click();
    await panel.getByRole('textbox', { name: 'Next Step' }).fill('Call on Monday');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('alert').getByText('Zoho CRM has not answered yet').waitFor();
    await reopenWidget(page);
    await panel.getByText(/had not answered its save when the window closed/).waitFor();
    expect(await panel.getByRole('textbox', { name: 'Next Step' }).inputValue()).toBe('Call on Monday');
    expect(await recordUpdates(page)).toHaveLength(1);
    await page.close();
  });
});
