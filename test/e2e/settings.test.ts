import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { openRecordPage, openSettingsPage, widgetFrame } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { wholePath } from './sim-hooks.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

const sim = useSimulator();

/** What the simulated CRM holds in the settings variable, parsed; undefined when nothing was written. */
async function storedSettings(page: Page): Promise<
  | {
      modules: Record<
        string,
        { states: { value: string; hidden: boolean; guidance: string }[]; afterTransition: string }
      >;
    }
  | undefined
> {
  const text = await page.evaluate(() =>
    (window as unknown as SimWindow).crmSim.crm.getVariable('bpstepper__settings'),
  );
  return text === undefined ? undefined : JSON.parse(text);
}

/** The names of every CRM call the host received, in order. */
async function callNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as SimWindow).crmSim.calls.map((c) => c.name));
}

/** As a rep does: the Leads tab, the first lead, the widget's button. */
async function openFirstLeadWidget(page: Page) {
  await page.getByRole('navigation', { name: 'CRM sections' }).getByRole('button', { name: 'Leads' }).click();
  await page.getByRole('button', { name: 'Blueprint Stepper', exact: true }).click();
  const widget = widgetFrame(page);
  await widget.getByRole('list', { name: 'Lead Status path' }).waitFor();
  return widget;
}

const GUIDANCE = 'Call within one working day.\nScript: https://intranet.zylker.example/call-script';

describe('an admin on the settings page', () => {
  it('shows every line of the change summary on a phone-wide page', async () => {
    const { page, settings } = await openSettingsPage(sim);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const stage of [/Junk Lead/, /Not Qualified/, /Contact in Future/])
      await settings.getByRole('group', { name: stage }).getByRole('checkbox', { name: 'Show on the path' }).uncheck();
    await settings
      .getByRole('group', { name: /^1\. Not Contacted/ })
      .getByLabel('Guidance for reps at this stage')
      .fill(GUIDANCE);
    const summary = settings.getByRole('region', { name: 'Unsaved changes (5)' });
    const list = summary.getByRole('list');
    const hidden = await list.evaluate((ul) => {
      const shown = ul.getBoundingClientRect();
      return [...ul.children]
        .filter((li) => li.getBoundingClientRect().bottom > Math.min(shown.bottom, window.innerHeight) + 0.5)
        .map((li) => li.textContent);
    });
    expect(hidden).toEqual([]);
    await page.screenshot({ path: 'test-output/settings-changes-360.png' });
    await page.close();
  });

  it('hides a stage and adds guidance, saves, and a rep then sees the new path with the guidance beside the current stage', async () => {
    const { page, settings } = await openSettingsPage(sim);
    await settings
      .getByRole('group', { name: /Junk Lead/ })
      .getByRole('checkbox', { name: 'Show on the path' })
      .uncheck();
    await settings
      .getByRole('group', { name: /^1\. Not Contacted/ })
      .getByLabel('Guidance for reps at this stage')
      .fill(GUIDANCE);
    const summary = settings.getByRole('region', { name: /Unsaved changes/ });
    expect(await summary.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['Leads: “Junk Lead” hidden from the path', 'Leads: guidance added for “Not Contacted”']),
    );
    expect(await storedSettings(page)).toBeUndefined();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Saved. The settings were read back from the CRM and are now in use.').waitFor();
    expect(await settings.getByRole('heading', { name: 'No unsaved changes' }).isVisible()).toBe(true);
    const stored = await storedSettings(page);
    expect(stored?.modules.Leads?.states.find((s) => s.value === 'Junk Lead')?.hidden).toBe(true);
    // Written, then read back to show it took.
    expect((await callNames(page)).filter((n) => n === 'invokeAPI' || n === 'getOrgVariable')).toEqual([
      'getOrgVariable',
      'invokeAPI',
      'getOrgVariable',
    ]);

    const widget = await openFirstLeadWidget(page);
    await wholePath(page);
    const steps = (
      await widget.getByRole('list', { name: 'Lead Status path' }).getByRole('listitem').allTextContents()
    ).map((s) => s.replace(/,.*$/, ''));
    expect(steps).toEqual([
      'Not Contacted',
      'Attempted to Contact',
      'Contact in Future',
      'Contacted',
      'Pre-Qualified',
      'Qualified',
      'Not Qualified',
    ]);
    const guidance = widget.getByRole('complementary', { name: 'Guidance for “Not Contacted”' });
    expect(await guidance.textContent()).toContain('Call within one working day.');
    const link = guidance.getByRole('link', { name: 'https://intranet.zylker.example/call-script' });
    expect(await link.getAttribute('href')).toBe('https://intranet.zylker.example/call-script');
    await page.close();
  });

  it('keeps the edits when the CRM fails the write, says why, and saves on retry', async () => {
    const { page, settings } = await openSettingsPage(sim, {
      fail: 'INTERNAL_ERROR',
      failOn: 'invokeAPI',
      failTimes: 1,
    });
    const guidance = settings
      .getByRole('group', { name: /^4\. Contacted/ })
      .getByLabel('Guidance for reps at this stage');
    await guidance.fill('Ask about budget and timeline.');
    await settings
      .getByRole('group', { name: /Junk Lead/ })
      .getByRole('checkbox', { name: 'Show on the path' })
      .uncheck();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    expect(await settings.getByRole('alert').textContent()).toMatch(
      /The settings were not saved\. The CRM ran into a problem\..*Your changes are still here\./,
    );
    expect(await guidance.inputValue()).toBe('Ask about budget and timeline.');
    expect(
      await settings
        .getByRole('group', { name: /Junk Lead/ })
        .getByRole('checkbox', { name: 'Show on the path' })
        .isChecked(),
    ).toBe(false);
    expect(await storedSettings(page)).toBeUndefined();

    await settings.getByRole('button', { name: 'Try again' }).click();
    await settings.getByText(/^Saved\./).waitFor();
    const stored = await storedSettings(page);
    expect(stored?.modules.Leads?.states.find((s) => s.value === 'Contacted')?.guidance).toBe(
      'Ask about budget and timeline.',
    );
    expect(await settings.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('chooses "close and reload", and completing a transition then closes the popup and reloads the record page', async () => {
    const { page, settings } = await openSettingsPage(sim);
    await settings.getByRole('radio', { name: 'Close the popup and reload the record page' }).check();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText(/^Saved\./).waitFor();
    expect((await storedSettings(page))?.modules.Leads?.afterTransition).toBe('close-reload');

    const widget = await openFirstLeadWidget(page);
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByLabel(/Contact Method/).selectOption({ label: 'Phone call' });
    await form.getByLabel(/First Contact Date/).fill('2026-11-25');
    await form.getByRole('button', { name: /complete/i }).click();
    await page.locator('iframe[name="blueprint-stepper"]').waitFor({ state: 'detached' });
    expect(await callNames(page)).toContain('Popup.closeReload');
    expect(await page.getByTestId('process-state').textContent()).toBe('Contacted');
    await page.close();
  });
});

describe('the settings page by keyboard', () => {
  it('moves a stage with the up button, focus following the stage, and saves with Enter', async () => {
    const { page, settings } = await openSettingsPage(sim);
    const up = settings.getByRole('button', { name: 'Move “Contacted” up' });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await settings.getByText('“Contacted” moved to position 2 of 8.').waitFor();
    expect(await up.evaluate((el) => el === document.activeElement)).toBe(true);
    const names = await settings
      .getByRole('group', { name: /^\d+\./ })
      .evaluateAll((groups) => groups.map((g) => g.querySelector('legend')?.textContent));
    expect(names.slice(0, 3)).toEqual(['1. Not Contacted', '2. Contacted', '3. Attempted to Contact']);
    await settings.getByRole('button', { name: 'Save settings' }).focus();
    await page.keyboard.press('Enter');
    await settings.getByText(/^Saved\./).waitFor();
    expect((await storedSettings(page))?.modules.Leads?.states.map((s) => s.value).slice(0, 2)).toEqual([
      'Not Contacted',
      'Contacted',
    ]);
    await page.close();
  });
});

describe('settings the widget cannot use', () => {
  it('fall back to the defaults with a note for the admin, and the widget still works', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, settings: 'broken' });
    const note = widget.getByRole('note').filter({ hasText: 'For administrators' });
    expect(await note.textContent()).toMatch(/The saved settings are not valid JSON, so the widget uses its defaults/);
    await wholePath(page);
    expect(await widget.getByRole('list', { name: 'Lead Status path' }).getByRole('listitem').count()).toBe(8);
    await widget.getByRole('button', { name: /establish contact/i }).click();
    expect(await widget.getByRole('form', { name: 'Establish contact' }).isVisible()).toBe(true);
    await page.close();
  });

  it('are named on the settings page too, which can replace them', async () => {
    const { page, settings } = await openSettingsPage(sim, { settings: 'broken' });
    expect(await settings.getByRole('note').textContent()).toMatch(/not valid JSON.*Saving here replaces them\./);
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText(/^Saved\./).waitFor();
    expect(await storedSettings(page)).toEqual({ version: 1, modules: {} });
    expect(await settings.getByRole('note').count()).toBe(0);
    await page.close();
  });
});

describe('a module the admin turned off', () => {
  it('tells the rep politely that the widget is not enabled there', async () => {
    const seed = JSON.stringify({ version: 1, modules: { Deals: { enabled: false } } });
    const { page, widget } = await openRecordPage(sim, {
      module: 'Deals',
      record: IDS.qualificationDeal,
      settings: seed,
    });
    await widget.getByText('The Blueprint Stepper is not enabled for Deals.').waitFor();
    expect(await widget.getByRole('list', { name: 'Stage path' }).count()).toBe(0);
    await page.close();
  });
});

describe('key fields on the settings page', () => {
  it('adds a stage’s key fields by searching their labels, saves them, and a rep then sees them with the path', async () => {
    const { page, settings } = await openSettingsPage(sim);
    const stage = settings.getByRole('group', { name: /^1\. Not Contacted/ });
    const search = stage.getByRole('searchbox', { name: 'Add a key field' });
    await search.fill('phon');
    await stage.getByRole('button', { name: /Phone \(Phone\)/ }).click();
    await search.fill('source');
    await stage.getByRole('button', { name: /Lead Source/ }).click();
    expect(await stage.getByRole('list', { name: 'Key fields' }).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('Phone'),
      expect.stringContaining('Lead Source'),
    ]);
    const summary = settings.getByRole('region', { name: /Unsaved changes/ });
    await summary.getByText('Leads: key fields for “Not Contacted”: Phone, Lead_Source').waitFor();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Saved. The settings were read back from the CRM and are now in use.').waitFor();
    const stored = (await storedSettings(page)) as unknown as {
      modules: Record<string, { states: { value: string; keyFields?: string[] }[] }>;
    };
    expect(stored.modules.Leads?.states.find((s) => s.value === 'Not Contacted')?.keyFields).toEqual([
      'Phone',
      'Lead_Source',
    ]);
    const widget = await openFirstLeadWidget(page);
    const panel = widget.getByRole('region', { name: 'Key fields' });
    await panel.getByText('+1 555 0100').waitFor();
    expect((await panel.getByRole('listitem').allInnerTexts()).map((r) => r.split('\n')[0])).toEqual([
      'Phone',
      'Lead Source',
    ]);
    await page.close();
  });
});
