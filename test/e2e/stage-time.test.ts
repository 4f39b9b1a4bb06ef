/**
 * The time in the current stage (issue 23 §1, issue 25 "A time limit per stage"): Zoho's escalation period for the
 * state, the admin's expected days, and how far into them the stage history says the record is.
 */
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { HISTORY_IDS } from '../crm-sim/seed/stage-history.ts';
import { axeViolations } from './axe.ts';
import { openRecordPage, openSettingsPage } from './browser.ts';
import { frameOf } from './sim-hooks.ts';
import { useSimulator } from './use-simulator.ts';

const sim = useSimulator();

/** The current stage of the path: its classes, its words, and the mark drawn before its name. */
async function currentStage(page: Parameters<typeof frameOf>[0]) {
  return frameOf(page).evaluate(() => {
    const li = document.querySelector<HTMLElement>('.path [aria-current="step"]')!;
    return {
      late: li.classList.contains('path__step--late'),
      text: li.textContent,
      mark: getComputedStyle(li, '::before').content,
    };
  });
}

describe('the time in the current stage', () => {
  it('says only the escalation period where the module keeps no stage history', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.escalatedLead });
    await widget.getByText('Escalates after 2 days in this stage').waitFor();
    expect(await currentStage(page)).toMatchObject({ late: false, mark: 'none' });
    await page.close();
  });

  it('counts the days left inside the escalation period', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Deals', record: HISTORY_IDS.skippedDeal });
    await widget.getByText('12 days in this stage · 2 days left').waitFor();
    expect(await currentStage(page)).toMatchObject({ late: false, mark: 'none' });
    await page.close();
  });

  it('says how far past the escalation period the deal is and marks its stage overdue, not by colour alone', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Deals', record: IDS.escalatedDeal });
    await page.setViewportSize({ width: 360, height: 740 });
    const line = widget.getByText('9 days in this stage · 2 over its 7');
    await line.waitFor();
    const stage = await currentStage(page);
    expect(stage.late).toBe(true);
    expect(stage.mark).toMatch(/"!"/);
    expect(stage.text).toBe('Negotiation/Review, current stage, 9 days in this stage, past its time limit');
    // The warning colour: the line is not in the header's muted grey.
    const colour = await line.evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(138, 90, 0)');
    const frame = frameOf(page);
    const fits = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(fits.client).toBeLessThanOrEqual(360);
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);
    expect(await axeViolations(frame)).toEqual([]);
    await page.screenshot({ path: 'test-output/overdue-stage-360.png' });
    await page.close();
  });

  it("marks a deal past its stage's expected days, which the admin set", async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.needsAnalysisDeal,
      settings: 'expectedDays',
    });
    await widget.getByText('3 days in this stage · 1 over its 2').waitFor();
    expect(await currentStage(page)).toMatchObject({ late: true });
    await page.setViewportSize({ width: 900, height: 600 });
    await page.screenshot({ path: 'test-output/overdue-stage-expected-days.png' });
    await page.close();
  });
});

describe("an admin setting a stage's expected days", () => {
  it("checks them as typed, refuses to save days out of range in words, then saves them in the stage's entry", async () => {
    const { page, settings } = await openSettingsPage(sim);
    await settings
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('button', { name: /^Deals/ })
      .click();
    const days = settings.getByRole('group', { name: /Needs Analysis/ }).getByLabel('Expected days in this stage');
    // Text the browser reads as no number is flagged, not dropped as if the box were empty.
    await days.pressSequentially('1e');
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    await days.fill('0');
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    expect(await settings.getByText('Enter whole days from 1 to 3650.').isVisible()).toBe(true);
    await settings.getByRole('button', { name: 'Save settings' }).click();
    expect(await settings.getByRole('alert').textContent()).toContain(
      'Deals: the expected days for “Needs Analysis” must be a whole number from 1 to 3650',
    );
    await days.fill('2');
    expect(await days.getAttribute('aria-invalid')).toBe('false');
    expect(
      await settings
        .getByRole('region', { name: /Unsaved changes/ })
        .getByRole('listitem')
        .allTextContents(),
    ).toContain('Deals: expected days for “Needs Analysis”: 2');
    await page.setViewportSize({ width: 360, height: 740 });
    await days.scrollIntoViewIfNeeded();
    const frame = page.frame({ name: 'bpstepper-settings' })!;
    expect(await axeViolations(frame)).toEqual([]);
    expect(
      await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await page.screenshot({ path: 'test-output/settings-expected-days-360.png' });
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText(/^Saved\./).waitFor();
    const stored = await page.evaluate(() =>
      (window as unknown as { crmSim: { crm: { getVariable(n: string): string | undefined } } }).crmSim.crm.getVariable(
        'bpstepper__settings',
      ),
    );
    expect(
      JSON.parse(stored!).modules.Deals.states.find((s: { value: string }) => s.value === 'Needs Analysis'),
    ).toMatchObject({ expectedDays: 2 });
    await page.close();
  });
});
