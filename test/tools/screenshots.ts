/**
 * Takes the README's screenshots from the simulator, so they show what the widget does today:
 *   npm run screenshots   (builds first; writes test/screenshots/*.png)
 */
import { mkdirSync } from 'node:fs';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { openListView, openRecordPage, openSettingsPage, startSimulator } from '../e2e/browser.ts';
import { BULK_DEAL_IDS } from '../crm-sim/seed/bulk-seed.ts';
import { HISTORY_IDS } from '../crm-sim/seed/stage-history.ts';

const OUT = 'test/screenshots';
mkdirSync(OUT, { recursive: true });
const sim = await startSimulator();
try {
  for (const width of [1280, 360]) {
    // An org whose admin has saved settings (the defaults): the simulated user is an admin, who would otherwise see a note.
    const settings = JSON.stringify({ version: 1, modules: {} });
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, settings });
    // The heights leave the simulator's dock its strip below the CRM's page and still show the whole form.
    await page.setViewportSize({ width, height: width > 800 ? 870 : 960 });
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByLabel(/First Contact Date/).fill('11/25/2026');
    await form.getByRole('button', { name: /complete/i }).click();
    await form
      .getByText(/is required/)
      .first()
      .waitFor();
    await page.waitForTimeout(300);
    const name = width > 800 ? 'stepper-desktop.png' : 'stepper-phone.png';
    await page.screenshot({ path: `${OUT}/${name}` });
    console.log(`${OUT}/${name}`);
    await page.close();
  }
  // A deal with a stage history: visited stages with their dates, two skipped ones, 12 days in its stage.
  for (const width of [1280, 360]) {
    const settings = JSON.stringify({ version: 1, modules: {} });
    const { page, widget } = await openRecordPage(sim, { module: 'Deals', record: HISTORY_IDS.skippedDeal, settings });
    await page.setViewportSize({ width, height: width > 800 ? 820 : 640 });
    await widget.getByText('12 days in this stage').first().waitFor({ state: 'attached' });
    if (width > 800) await widget.getByRole('list', { name: 'Stage path' }).getByRole('listitem').nth(1).hover();
    await page.waitForTimeout(300);
    const name = width > 800 ? 'deal-path-desktop.png' : 'deal-path-phone.png';
    await page.screenshot({ path: `${OUT}/${name}` });
    console.log(`${OUT}/${name}`);
    await page.close();
  }
  // A deal past its stage's escalation period: the time line in the warning colour, the stage marked overdue.
  for (const width of [1280, 360]) {
    const settings = JSON.stringify({ version: 1, modules: {} });
    const { page, widget } = await openRecordPage(sim, { module: 'Deals', record: IDS.escalatedDeal, settings });
    await page.setViewportSize({ width, height: width > 800 ? 700 : 640 });
    await widget.getByText('9 days in this stage · 2 over its 7').waitFor();
    await page.waitForTimeout(300);
    const name = width > 800 ? 'deal-overdue-desktop.png' : 'deal-overdue-phone.png';
    await page.screenshot({ path: `${OUT}/${name}` });
    console.log(`${OUT}/${name}`);
    await page.close();
  }
  // A deal's key fields (issue 25): shown with the path at 1280 px; at 360 px, one edited and refused by the CRM.
  for (const width of [1280, 360]) {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.qualificationDeal,
      settings: 'key-fields',
    });
    await page.setViewportSize({ width, height: width > 800 ? 820 : 900 });
    const panel = widget.getByRole('region', { name: 'Key fields' });
    await panel.getByText('Book the discovery call').waitFor();
    if (width < 800) {
      await panel.getByRole('button', { name: 'Edit Pain Points' }).click();
      await panel.getByRole('textbox', { name: 'Pain Points' }).fill('Reports take a day to build');
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByRole('alert').waitFor();
    }
    await page.waitForTimeout(300);
    const name = width > 800 ? 'key-fields-desktop.png' : 'key-fields-phone.png';
    await page.screenshot({ path: `${OUT}/${name}` });
    console.log(`${OUT}/${name}`);
    await page.close();
  }
  // The settings page mid-edit: a stage hidden, guidance typed, a transition hidden, the change summary showing.
  for (const width of [1280, 360]) {
    const { page, settings } = await openSettingsPage(sim);
    await page.setViewportSize({ width, height: width > 800 ? 900 : 1100 });
    const junk = settings.getByRole('group', { name: /Junk Lead/ });
    await junk.getByRole('checkbox', { name: 'Show on the path' }).uncheck();
    await junk.getByRole('combobox', { name: 'Closing stage' }).selectOption('lost');
    const first = settings.getByRole('group', { name: /Not Contacted/ });
    await first
      .getByLabel('Guidance for reps at this stage')
      .fill('Call within one working day.\nScript: https://intranet.zylker.example/call-script');
    await settings.getByLabel('Transition name').fill('Mark as junk');
    await settings.getByRole('button', { name: 'Hide', exact: true }).click();
    await settings.getByRole('heading', { name: /Unsaved changes/ }).waitFor();
    // Back to the top, where the page starts: the module list and the first stages, with the summary below.
    await page.frame({ name: 'bpstepper-settings' })?.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const name = width > 800 ? 'settings-desktop.png' : 'settings-phone.png';
    await page.screenshot({ path: `${OUT}/${name}` });
    console.log(`${OUT}/${name}`);
    await page.close();
  }
  // In Arabic, right to left: the path from the right, a form with its checks, the calendar open at 1280 px.
  for (const width of [1280, 360]) {
    const settings = JSON.stringify({ version: 1, modules: {} });
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      settings,
      locale: 'ar_EG',
    });
    await page.setViewportSize({ width, height: width > 800 ? 870 : 960 });
    await widget.locator('.transition__action:not(:disabled)').first().click();
    const form = widget.locator('form');
    await form.locator('button[type="submit"]').click();
    await widget.locator('[aria-invalid="true"]').first().waitFor();
    if (width > 800) await form.getByRole('button', { name: 'فتح التقويم' }).first().click();
    await page.waitForTimeout(300);
    const name = width > 800 ? 'stepper-arabic-desktop.png' : 'stepper-arabic-phone.png';
    await page.screenshot({ path: `${OUT}/${name}` });
    console.log(`${OUT}/${name}`);
    await page.close();
  }
  // Bulk mode: 40 Deals selected in the list view, the choices with their counts.
  {
    const { page, widget } = await openListView(sim, {
      module: 'Deals',
      settings: JSON.stringify({ version: 1, modules: {} }),
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const id of BULK_DEAL_IDS) await page.locator(`input[data-id="${id}"]`).check();
    await page.getByRole('button', { name: 'Blueprint Stepper' }).click();
    await widget.getByRole('button', { name: /^Close lost · / }).waitFor();
    await widget.getByText('Records by current stage').first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/bulk-desktop.png` });
    console.log(`${OUT}/bulk-desktop.png`);
    await page.close();
  }
} finally {
  await sim.close();
}
