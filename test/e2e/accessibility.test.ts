import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { axeViolations } from './axe.ts';
import { openRecordPage, openSettingsPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { receivedUpdates } from './sim-hooks.ts';

const sim = useSimulator();

function widgetFrame(page: Page) {
  const frame = page.frame({ name: 'blueprint-stepper' });
  if (!frame) throw new Error('no widget frame');
  return frame;
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds nothing to fix on the stepper', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.escalatedLead });
    await widget.getByRole('list', { name: 'Lead Status path' }).waitFor();
    expect(await axeViolations(widgetFrame(page))).toEqual([]);
    await page.close();
  });

  it('finds nothing to fix on an open transition form showing errors', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.preQualifiedLead });
    await widget.getByRole('button', { name: /confirm qualification/i }).click();
    const form = widget.getByRole('form', { name: 'Confirm qualification' });
    await form.getByLabel(/Fit Score/).fill('eleven');
    await form.getByRole('button', { name: /complete/i }).click();
    await form.getByText('Sales Engineer is required.').waitFor();
    expect(await axeViolations(widgetFrame(page))).toEqual([]);
    await page.close();
  });

  it('finds nothing to fix on the key fields, shown, then one edited and refused by the CRM (issue 25)', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      settings: 'key-fields',
    });
    const panel = widget.getByRole('region', { name: 'Key fields' });
    await panel.getByText('+1 555 0100').waitFor();
    expect(await axeViolations(widgetFrame(page))).toEqual([]);
    await panel.getByRole('button', { name: 'Edit Next Steps' }).click();
    await panel.getByRole('textbox', { name: 'Next Steps' }).fill('Call on Monday');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('alert').waitFor();
    expect(await axeViolations(widgetFrame(page))).toEqual([]);
    await page.close();
  });

  it('finds nothing to fix on a load error', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      fail: 'NO_PERMISSION',
      failOn: 'getBluePrint',
    });
    await widget.getByRole('alert').waitFor();
    expect(await axeViolations(widgetFrame(page))).toEqual([]);
    await page.close();
  });
});

describe('accessibility of the settings page', () => {
  it('finds nothing to fix on the settings page, mid-edit with its change summary', async () => {
    const { page, settings } = await openSettingsPage(sim);
    const junk = settings.getByRole('group', { name: /Junk Lead/ });
    await junk.getByRole('checkbox', { name: 'Show on the path' }).uncheck();
    await settings.getByRole('heading', { name: /Unsaved changes/ }).waitFor();
    const frame = page.frame({ name: 'bpstepper-settings' });
    if (!frame) throw new Error('no settings frame');
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  });
});

describe('the keyboard alone', () => {
  it('performs a transition: tab to it, open it, fill every field, complete it', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead });
    const action = widget.getByRole('button', { name: /establish contact/i });
    await action.waitFor();
    // From the widget's frame in the host page, Tab walks into the widget and reaches the first transition.
    await page.locator('iframe[name="blueprint-stepper"]').focus();
    let presses = 0;
    while (!(await action.evaluate((el) => el === document.activeElement)) && presses++ < 15)
      await page.keyboard.press('Tab');
    expect(await action.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.waitFor();
    await page.keyboard.press('Tab');
    expect(await form.getByLabel(/Contact Method/).evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByLabel(/Contact Method/).selectOption({ label: 'Meeting' }); // a select opens a native list; choosing by value is what arrow keys do
    await page.keyboard.press('Tab');
    await page.keyboard.type('11/23/2026');
    // The date field's calendar button is the next stop, then the next field.
    await page.keyboard.press('Tab');
    expect(
      await form.getByRole('button', { name: 'Open calendar' }).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Met at the trade show.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Send the brochure.');
    await page.keyboard.press('Tab');
    expect(await form.getByRole('button', { name: /complete/i }).evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await widget.getByText('Done: moved to Contacted.').waitFor();
    const [update] = await receivedUpdates(page);
    expect(update!.BlueprintData.blueprint[0]!.data).toEqual({
      Contact_Method: 'Meeting',
      First_Contact_Date: '2026-11-23',
      Contact_Summary: 'Met at the trade show.',
      Next_Steps: 'Send the brochure.',
    });
    await page.close();
  });
});
