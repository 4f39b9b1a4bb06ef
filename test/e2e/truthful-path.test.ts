import { describe, expect, it, vi } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { HISTORY_IDS } from '../crm-sim/seed/stage-history.ts';
import { axeViolations } from './axe.ts';
import { openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { reopenWidget, frameOf, inGerman, SAVED_DEFAULTS, wholePath } from './sim-hooks.ts';

// Each test opens a page and runs axe: slow on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

const sim = useSimulator();

const saved = SAVED_DEFAULTS;
const DATE = String.raw`\d{2}/\d{2}/\d{4}`;

describe('the path tells what really happened', () => {
  it('marks the stages a deal visited with their dates, the ones it skipped as not visited, and its days in this stage', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: HISTORY_IDS.skippedDeal,
      settings: saved,
    });
    const path = widget.getByRole('list', { name: 'Stage path' });
    await path.getByText('12 days in this stage').waitFor({ state: 'attached' });
    await wholePath(page);
    const steps = await path.getByRole('listitem').allTextContents();
    expect(steps[0]).toMatch(new RegExp(`^✓Qualification, reached on ${DATE}$`));
    expect(steps[1]).toMatch(new RegExp(`^✓Needs Analysis, reached on ${DATE}$`));
    expect(steps.slice(2)).toEqual([
      'Value Proposition, not visited',
      'Id. Decision Makers, not visited',
      'Proposal/Price Quote, current stage, 12 days in this stage',
      'Negotiation/Review, not reached',
    ]);
    // Skipped Deal sits in Proposal/Price Quote, inside its escalation period of 14 days (the simulator's seed).
    // It comes with the form's code, after the first screen.
    await widget.getByText('12 days in this stage · 2 days left').waitFor();
    // The date shows on hover and on focus, not only to a screen reader: in the stage's tooltip.
    const needs = path.getByRole('listitem').nth(1);
    const tip = widget.locator('.path__tip');
    const reached = new RegExp(`^Needs Analysis, reached on ${DATE}$`);
    expect(await tip.count()).toBe(0);
    await needs.hover();
    expect(await tip.textContent()).toMatch(reached);
    // The pointer moves elsewhere in the widget. (Playwright's mouse moved out of the widget onto the CRM's page
    // does not end the hover in headless Chromium: the widget's frame is on another site, in a process of its
    // own, as in Zoho, and is not told.)
    await widget.getByRole('heading', { name: 'Next steps' }).hover();
    expect(await tip.count()).toBe(0);
    await needs.focus();
    expect(await tip.textContent()).toMatch(reached);
    expect(await axeViolations(frameOf(page))).toEqual([]);
    await page.close();
  });

  it('in German too, with a deal that went back: the stage it left is visited, after the current one', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: HISTORY_IDS.wentBackDeal,
      settings: saved,
      open: false,
    });
    await inGerman(page);
    const path = widget.getByRole('list', { name: 'Verlauf von Stage' });
    await path.getByText('4 Tage in dieser Phase').waitFor({ state: 'attached' });
    await wholePath(page);
    const steps = await path.getByRole('listitem').allTextContents();
    expect(steps[0]).toMatch(/^✓Qualification, erreicht am \d{2}\.\d{2}\.\d{4}$/);
    expect(steps[1]).toBe('Needs Analysis, aktuelle Phase, 4 Tage in dieser Phase');
    expect(steps[2]).toMatch(/^✓Value Proposition, erreicht am \d{2}\.\d{2}\.\d{4}$/);
    expect(steps[3]).toMatch(/^✓Id\. Decision Makers, erreicht am/);
    expect(steps.slice(4)).toEqual([
      'Proposal/Price Quote, noch nicht erreicht',
      'Negotiation/Review, noch nicht erreicht',
    ]);
    expect(await axeViolations(frameOf(page))).toEqual([]);
    await page.close();
  });

  it('claims nothing for a lead, which keeps no stage history: earlier stages are earlier in the process', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.qualifiableLead,
      settings: saved,
    });
    const path = widget.getByRole('list', { name: 'Lead Status path' });
    await path.waitFor();
    await wholePath(page);
    const steps = await path.getByRole('listitem').allTextContents();
    expect(steps.slice(0, 3)).toEqual([
      'Not Contacted, earlier in the process',
      'Attempted to Contact, earlier in the process',
      'Contact in Future, earlier in the process',
    ]);
    expect(steps.join()).not.toContain('✓');
    expect(await axeViolations(frameOf(page))).toEqual([]);
    await page.close();
  });

  it('in German, a lead\'s earlier stages are "früher im Prozess"', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.qualifiableLead,
      settings: saved,
      open: false,
    });
    await inGerman(page);
    const path = widget.getByRole('list', { name: 'Verlauf von Lead Status' });
    await path.waitFor();
    await wholePath(page);
    expect((await path.getByRole('listitem').allTextContents())[0]).toBe('Not Contacted, früher im Prozess');
    await page.close();
  });

  it("takes a deal's closing stages from the CRM when the admin set none, and shows a reached one as reached", async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Deals', record: IDS.wonDeal, settings: saved });
    const closing = widget.getByRole('list', { name: 'Closing stages' });
    await closing.waitFor();
    await wholePath(page);
    const steps = await closing.getByRole('listitem').allTextContents();
    expect(steps[0]).toMatch(new RegExp(`^Closed Won, closing stage \\(won\\), reached on ${DATE}$`));
    expect(steps[1]).toBe('Closed Lost, closing stage (lost), not reached');
    // The won deal skipped two stages on its way.
    const path = await widget.getByRole('list', { name: 'Stage path' }).getByRole('listitem').allTextContents();
    expect(path.filter((s) => s.endsWith('not visited'))).toEqual([
      'Value Proposition, not visited',
      'Id. Decision Makers, not visited',
    ]);
    expect(await axeViolations(frameOf(page))).toEqual([]);
    await page.close();
  });
});

describe('what comes next', () => {
  it("names what follows each transition's target stage, in English and German", async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.qualificationDeal,
      settings: saved,
    });
    const discovery = widget.getByRole('button', { name: /discovery call done/i });
    await discovery.waitFor();
    const described = await discovery.getAttribute('aria-describedby');
    expect(await widget.locator(`[id="${described}"]`).textContent()).toBe('Then: Present value');
    await page.close();
    const de = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.qualificationDeal,
      settings: saved,
      open: false,
    });
    await inGerman(de.page);
    await de.widget.getByText('Danach: Present value').waitFor();
    await de.page.close();
  });

  it('marks an automatic transition that follows as automatic', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.escalatedLead, settings: saved });
    await widget.getByRole('heading', { name: 'Next steps' }).waitFor();
    expect(await widget.getByText(/^Then: .*\(automatic\)/).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a phone-wide popup', () => {
  for (const [lang, more, all] of [
    ['en', /^Show all stages \(\d+ more\)$/, 'Stage path'],
    ['de', /^Alle Phasen zeigen \(\d+ weitere\)$/, 'Verlauf von Stage'],
  ] as const) {
    it(`shows the current stage and its neighbours, the first transition without scrolling, and the rest one tap away (${lang})`, async () => {
      const { page, widget } = await openRecordPage(sim, {
        module: 'Deals',
        record: HISTORY_IDS.skippedDeal,
        settings: saved,
        open: lang === 'en',
      });
      await page.setViewportSize({ width: 360, height: 640 });
      if (lang === 'de') await inGerman(page);
      const path = widget.getByRole('list', { name: all });
      await path.waitFor();
      const visible = async () => (await path.getByRole('listitem').all()).length;
      // The stage behind the current one comes with the stage history, which may land just after the first paint
      // (the path then refines: docs/architecture.md, "The first screen").
      await expect.poll(visible).toBe(3);
      const first = widget.getByRole('button', { name: /^negotiate/i });
      expect(await first.isVisible()).toBe(true);
      const box = await first.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(640);
      const button = widget.getByRole('button', { name: more });
      await button.click();
      await expect.poll(visible).toBe(6);
      expect(await axeViolations(frameOf(page))).toEqual([]);
      await page.close();
    });
  }
});

describe('the note for administrators', () => {
  it('can be dismissed, and stays away on the next open while the settings stay broken', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, settings: 'broken' });
    const note = widget.getByRole('note').filter({ hasText: 'For administrators' });
    await note.waitFor();
    expect(await axeViolations(frameOf(page))).toEqual([]);
    await note.getByRole('button', { name: 'Dismiss this note' }).click();
    expect(await note.count()).toBe(0);
    await reopenWidget(page);
    await widget.getByRole('list', { name: 'Lead Status path' }).waitFor();
    expect(await widget.getByRole('note').filter({ hasText: 'For administrators' }).count()).toBe(0);
    await frameOf(page).evaluate(() => localStorage.removeItem('blueprint-stepper:admin-note-dismissed'));
    await page.close();
  });
});
