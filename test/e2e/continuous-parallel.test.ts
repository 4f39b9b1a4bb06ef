import type { FrameLocator } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { axeViolations } from './axe.ts';
import { openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { frameOf, grownToFit, inGerman, SAVED_DEFAULTS } from './sim-hooks.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

// Each test sends transitions and runs axe: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const sim = useSimulator();

const saved = SAVED_DEFAULTS;

/** Whether the focused element of the widget's document sits inside `form`. */
const focusInside = (widget: FrameLocator, name: string) =>
  widget.getByRole('form', { name }).evaluate((form) => form.contains(document.activeElement));

describe('a continuous process', () => {
  it('opens the one manual transition that follows a completed one, and shows the list where more follow', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.continuousDeal,
      settings: saved,
    });
    await widget.getByRole('button', { name: /^Discovery call done/ }).click();
    const discovery = widget.getByRole('form', { name: 'Discovery call done' });
    await discovery.getByLabel(/Pain Points/).fill('Trucks report positions once an hour.');
    await discovery.getByLabel(/Discovery Call Date/).fill('2026-11-25');
    await discovery.getByRole('button', { name: 'Complete “Discovery call done”' }).click();

    const present = widget.getByRole('form', { name: 'Present value' });
    await present.waitFor();
    expect(
      await widget.getByText('Done: moved to Needs Analysis. Next step opened: “Present value”.').isVisible(),
    ).toBe(true);
    await expect.poll(() => focusInside(widget, 'Present value')).toBe(true);
    expect(await axeViolations(frameOf(page))).toEqual([]);

    // Amount and Closing Date are filled already: Complete moves the deal to Value Proposition, where three
    // manual transitions wait (Map stakeholders and the parallel group's steps): the list shows, nothing opens.
    await present.getByRole('button', { name: 'Complete “Present value”' }).click();
    await widget.getByText('Done: moved to Value Proposition.').waitFor();
    expect(await widget.getByRole('form').count()).toBe(0);
    expect(await widget.getByRole('button', { name: /^Map stakeholders/ }).isVisible()).toBe(true);
    await page.close();
  });

  it('in German too', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.continuousDeal,
      settings: saved,
      open: false,
    });
    await inGerman(page);
    await widget.getByRole('button', { name: /^Discovery call done/ }).click();
    const discovery = widget.getByRole('form', { name: 'Discovery call done' });
    await discovery.getByLabel(/Pain Points/).fill('Die Fahrzeuge melden ihre Position nur stündlich.');
    await discovery.getByLabel(/Discovery Call Date/).fill('2026-11-25');
    await discovery.getByRole('button', { name: '„Discovery call done“ abschließen' }).click();
    await widget.getByRole('form', { name: 'Present value' }).waitFor();
    expect(
      await widget
        .getByText('Erledigt: nach Needs Analysis verschoben. Nächster Schritt geöffnet: „Present value“.')
        .isVisible(),
    ).toBe(true);
    await expect.poll(() => focusInside(widget, 'Present value')).toBe(true);
    expect(await axeViolations(frameOf(page))).toEqual([]);
    await page.close();
  });
});

describe('a parallel group', () => {
  it('shows its steps, the done one and the count, and keeps the rep on the group until the last step moves the deal', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Deals', record: IDS.parallelDeal, settings: saved });
    const group = widget.getByRole('list', { name: /Technical and commercial review/ });
    await group.waitFor();
    expect(await widget.getByText(/1 of 2 done/).isVisible()).toBe(true);
    expect(await group.getByRole('listitem').allTextContents()).toEqual([
      '✓ Security review · done',
      expect.stringMatching(/^Pricing sign-off→ moves to Id\. Decision Makers/),
    ]);
    expect(await group.getByRole('button').count()).toBe(1);
    expect(await axeViolations(frameOf(page))).toEqual([]);

    await group.getByRole('button', { name: /^Pricing sign-off/ }).click();
    const pricing = widget.getByRole('form', { name: 'Pricing sign-off' });
    await pricing.waitFor();
    // Its Complete button sits below the frame's bottom until the CRM has grown the frame to fit the form.
    await grownToFit(page);
    await pricing.getByRole('button', { name: 'Complete “Pricing sign-off”' }).click();
    // The last step done: the group completes and the deal moves on.
    await widget.getByText('Done: moved to Id. Decision Makers.').waitFor();
    expect(await widget.getByRole('list', { name: /Technical and commercial review/ }).count()).toBe(0);
    await page.close();
  });

  it('in German, one step done of two: the rep stays on the group, told how many are left', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.parallelDeal,
      settings: saved,
      open: false,
    });
    // Start the group afresh: neither step done.
    await page.evaluate((id) => {
      const sim = (window as unknown as SimWindow).crmSim;
      sim.crm.record('Deals', id)!.parallelDone = [];
    }, IDS.parallelDeal);
    await inGerman(page);
    const group = widget.getByRole('list', { name: /Technical and commercial review/ });
    await group.waitFor();
    expect(await widget.getByText(/0 von 2 erledigt/).isVisible()).toBe(true);
    await group.getByRole('button', { name: /^Security review/ }).click();
    const review = widget.getByRole('form', { name: 'Security review' });
    await review.waitFor();
    await grownToFit(page);
    await review.getByRole('button', { name: '„Security review“ abschließen' }).click();
    await widget.getByText('Erledigt: Security review. 1 Schritt dieser Gruppe ist noch offen.').waitFor();
    expect(await widget.getByText(/1 von 2 erledigt/).isVisible()).toBe(true);
    expect(await group.getByRole('listitem').first().textContent()).toBe('✓ Security review · erledigt');
    await expect
      .poll(() => widget.locator('#group-4876876000000352629').evaluate((el) => el === document.activeElement))
      .toBe(true);
    expect(await axeViolations(frameOf(page))).toEqual([]);
    await page.close();
  });
});
