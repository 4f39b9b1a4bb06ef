/**
 * The widget as Zoho serves it: its frame on another site than the CRM's page (the host page on 127.0.0.1, the
 * widget on localhost), under each third-party storage policy a rep's browser may have (browser.ts,
 * `ThirdPartyStorage`).
 */
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { openRecordPage, type ThirdPartyStorage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { receivedUpdates, reopenWidget } from './sim-hooks.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

/** What the widget's frame may keep: `kept` when session storage can be written and read back there. */
function frameStorage(page: Page): Promise<string> {
  return page.frame({ name: 'blueprint-stepper' })!.evaluate(() => {
    try {
      window.sessionStorage.setItem('cross-site-probe', '1');
      return window.sessionStorage.getItem('cross-site-probe') === '1' ? 'kept' : 'lost';
    } catch (error) {
      return `refused: ${(error as Error).name}`;
    }
  });
}

/** Opens the first lead's "Establish contact" and types a note and a method; returns the form. */
async function startEstablishingContact(widget: FrameLocator, note: string) {
  await widget.getByRole('button', { name: /establish contact/i }).click();
  const form = widget.getByRole('form', { name: 'Establish contact' });
  await form.getByLabel(/Contact Method/).selectOption({ label: 'Email' });
  await form.getByLabel(/First Contact Date/).fill('11/24/2026');
  await form.getByLabel(/Contact Summary/).fill(note);
  return form;
}

/** One simulator per policy; every page's uncaught errors (the widget's frame too) are collected. */
function simulatorWith(policy: ThirdPartyStorage) {
  const sim = useSimulator({ thirdPartyStorage: policy });
  return async (record: string, extra: { fail?: string; failTimes?: number } = {}) => {
    const opened = await openRecordPage(sim, { module: 'Leads', record, ...extra });
    const errors: string[] = [];
    opened.page.on('pageerror', (e) => errors.push(e.message));
    return { ...opened, errors, sim };
  };
}

describe('the widget on another site than the CRM page, third-party storage partitioned', () => {
  const open = simulatorWith('partitioned');

  it('loads from its own site, talks to the CRM across origins, and keeps its own storage', async () => {
    const { page, widget, errors, sim } = await open(IDS.firstLead);
    await widget.getByRole('button', { name: /establish contact/i }).waitFor();
    const hostOrigin = await page.evaluate(() => location.origin);
    const frame = page.frame({ name: 'blueprint-stepper' })!;
    expect(hostOrigin).toBe(sim.url);
    expect(new URL(frame.url()).origin).toBe(sim.widgetOrigin);
    expect(new URL(sim.widgetOrigin).hostname).not.toBe(new URL(hostOrigin).hostname);
    // The CRM named its own origin to the widget, and answered the widget's calls.
    expect(new URL(frame.url()).searchParams.get('serviceOrigin')).toBe(hostOrigin);
    const calls = await page.evaluate(() => (window as unknown as SimWindow).crmSim.calls.map((c) => c.name));
    expect(calls).toContain('getBluePrint');
    expect(await frameStorage(page)).toBe('kept');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('brings back what the rep typed when the popup opens again', async () => {
    const { page, widget } = await open(IDS.firstLead);
    await startEstablishingContact(widget, 'Asked for a call back on Monday');
    await reopenWidget(page);
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.waitFor();
    expect(await form.getByLabel(/Contact Summary/).inputValue()).toBe('Asked for a call back on Monday');
    await page.close();
  });
});

describe('the widget on another site than the CRM page, third-party storage refused', () => {
  const open = simulatorWith('refused');

  it('still works, and keeps a typed note through a failed send', async () => {
    const { page, widget, errors } = await open(IDS.firstLead, { fail: 'RECORD_LOCKED', failTimes: 1 });
    const form = await startEstablishingContact(widget, 'Wants the proposal in German');
    expect(await frameStorage(page)).toMatch(/^refused: SecurityError/);
    await form.getByRole('button', { name: /complete/i }).click();
    expect(await form.getByRole('alert').textContent()).toMatch(/This record is locked right now/);
    expect(await form.getByLabel(/Contact Summary/).inputValue()).toBe('Wants the proposal in German');
    await form.getByRole('button', { name: 'Try again' }).click();
    await widget.getByText('Done: moved to Contacted.').waitFor();
    const updates = await receivedUpdates(page);
    expect(updates).toHaveLength(2);
    expect(JSON.stringify(updates[1]!.BlueprintData)).toContain('Wants the proposal in German');
    expect(errors).toEqual([]);
    await page.close();
  });
});
