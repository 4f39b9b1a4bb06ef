import { describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { openSettingsPage, widgetFrame } from './browser.ts';
import { axeViolations } from './axe.ts';
import { useSimulator } from './use-simulator.ts';
import { closeWidget } from './sim-hooks.ts';

const sim = useSimulator();

/** The settings the simulated CRM holds, parsed. */
async function stored(page: Page): Promise<{ modules: Record<string, Record<string, unknown>> }> {
  const text = await page.evaluate(() =>
    (window as unknown as { crmSim: { crm: { getVariable(n: string): string | undefined } } }).crmSim.crm.getVariable(
      'bpstepper__settings',
    ),
  );
  return JSON.parse(text ?? '{}');
}

/** The names of every CRM call the host received, in order. */
async function callNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { crmSim: { calls: { name: string }[] } }).crmSim.calls.map((c) => c.name),
  );
}

/** As an admin does: reads the blueprints through the connection, then saves. */
async function readAndSave(settings: FrameLocator): Promise<void> {
  await settings.getByRole('button', { name: 'Read the blueprints' }).click();
  await settings.getByText('Blueprints read: 3. Save to keep them.').waitFor();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await settings.getByText(/^Saved\./).waitFor();
  // Saved: the panel no longer asks to save them.
  expect(await settings.getByText('Blueprints read: 3. Save to keep them.').count()).toBe(0);
}

/** As a rep does: the Leads tab, a lead by name, the widget's button; the path's stages and its closing ones. */
async function openLead(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'CRM sections' }).getByRole('button', { name: 'Leads' }).click();
  await page
    .getByRole('list', { name: 'Leads list' })
    .getByRole('button', { name: new RegExp(name) })
    .click();
  await page.getByRole('button', { name: 'Blueprint Stepper', exact: true }).click();
  const widget = widgetFrame(page);
  await widget.getByRole('list', { name: 'Lead Status path' }).waitFor();
  return widget;
}

const labels = (widget: FrameLocator, name: string) =>
  widget.getByRole('list', { name }).locator('.path__label').allTextContents();

describe('the blueprints’ definitions', () => {
  it('are read by an admin through the connection and saved; a rep then sees the process’s own stages, exits apart', async () => {
    const { page, settings } = await openSettingsPage(sim);
    await readAndSave(settings);
    const leads = (await stored(page)).modules.Leads as { processes: Record<string, { name: string; def?: unknown }> };
    expect(Object.values(leads.processes).map((p) => [p.name, p.def !== undefined])).toEqual([
      ['Lead nurturing process', true],
      ['Partner lead process', true],
    ]);
    // The settings page alone used the connection.
    const settingsCalls = await callNames(page);
    expect(settingsCalls.filter((c) => c === 'CONNECTION.invoke')).toHaveLength(4);

    const widget = await openLead(page, 'Aiko Tanaka');
    await widget.getByRole('list', { name: 'Closing stages' }).waitFor();
    expect(await labels(widget, 'Lead Status path')).toEqual(['Not Contacted', 'Contacted', 'Qualified']);
    expect(await labels(widget, 'Closing stages')).toEqual(['Junk Lead']);
    // The rep's widget never called the connection.
    expect((await callNames(page)).filter((c) => c === 'CONNECTION.invoke')).toHaveLength(4);
    await page.screenshot({ path: 'test-output/definition-path-desktop.png' });
    await page.close();
  });

  it('give each blueprint of one module its own settings', async () => {
    const { page, settings } = await openSettingsPage(sim);
    await settings.getByRole('button', { name: 'Read the blueprints' }).click();
    await settings.getByText('Blueprints read: 3. Save to keep them.').waitFor();
    const scope = settings.getByLabel('Settings for');
    await scope.selectOption({ label: 'Partner lead process' });
    // The partner blueprint's own states, in its order: Qualified hidden for it alone.
    await settings
      .getByRole('group', { name: /^3\. Qualified/ })
      .getByRole('checkbox', { name: 'Show on the path' })
      .uncheck();
    await settings
      .getByRole('group', { name: "Transitions to hide, from the blueprint's definition" })
      .getByRole('checkbox', { name: /Drop partner/ })
      .check();
    const summary = settings.getByRole('region', { name: /Unsaved changes/ });
    expect(await summary.getByRole('listitem').allTextContents()).toContain(
      'Leads: the settings of the blueprint “Partner lead process” changed',
    );
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText(/^Saved\./).waitFor();

    // The partner lead: its blueprint's own settings.
    let widget = await openLead(page, 'Aiko Tanaka');
    await widget.getByRole('list', { name: 'Closing stages' }).waitFor();
    expect(await labels(widget, 'Lead Status path')).toEqual(['Not Contacted', 'Contacted']);
    expect(await widget.getByRole('button', { name: /Drop partner/ }).count()).toBe(0);
    expect(await widget.getByRole('button', { name: /Approve partner/ }).count()).toBe(1);
    // The other blueprint on Leads keeps the module's settings: all its stages, its transitions.
    await closeWidget(page);
    widget = await openLead(page, 'Ravi Shah');
    await widget.getByRole('list', { name: 'Closing stages' }).waitFor();
    expect(await labels(widget, 'Lead Status path')).toEqual([
      'Not Contacted',
      'Attempted to Contact',
      'Contact in Future',
      'Contacted',
      'Pre-Qualified',
      'Qualified',
    ]);
    expect(await labels(widget, 'Closing stages')).toEqual(['Not Qualified', 'Junk Lead']);
    expect(await widget.getByRole('button', { name: /Disqualify/ }).count()).toBe(1);
    await page.close();
  });

  it('list a transition from the current stage the CRM does not offer the rep, with who does it', async () => {
    const { page, settings } = await openSettingsPage(sim);
    await readAndSave(settings);
    const widget = await openLead(page, 'Emma Novak');
    const note = widget.getByText(/^Not available to you:/);
    await note.waitFor();
    expect(await note.textContent()).toBe('Not available to you: Send contract · done by Finance team');
    expect(await widget.getByRole('button', { name: /Send contract/ }).count()).toBe(0);
    await page.screenshot({ path: 'test-output/definition-unavailable-desktop.png' });
    await page.close();
  });

  it('show a state the record is in that the definition lacks, marked and said', async () => {
    const { page, settings } = await openSettingsPage(sim);
    await readAndSave(settings);
    const widget = await openLead(page, 'Omar Haddad');
    await widget
      .getByText('“Contact in Future” is not a stage of this blueprint as last read on the settings page.')
      .waitFor();
    const marked = widget.getByRole('list', { name: 'Lead Status path' }).locator('.path__step--hidden');
    expect(await marked.locator('.path__label').allTextContents()).toEqual(['Contact in Future']);
    // Outside the blueprint's order, no stage of it is said to be behind the record.
    const path = widget.getByRole('list', { name: 'Lead Status path' });
    await expect.poll(() => path.textContent()).toContain('not reached');
    expect(await path.textContent()).not.toContain('earlier in the process');
    await page.close();
  });

  it('without the connection: the page says what reading would add and how to create it, and nothing else changes', async () => {
    const { page, settings } = await openSettingsPage(sim, { connection: 'none' });
    await settings.getByText(/Reading your blueprints through a CRM connection lets the widget/).waitFor();
    await settings.getByText('How to create the connection').click();
    expect(await settings.getByText('bpstepperblueprints', { exact: true }).isVisible()).toBe(true);
    expect(await settings.getByText('ZohoCRM.settings.blueprint.READ', { exact: true }).isVisible()).toBe(true);
    await settings.getByRole('button', { name: 'Read the blueprints' }).click();
    const alert = settings.getByRole('alert');
    await alert.getByText('The blueprints could not be read through the connection “bpstepperblueprints”.').waitFor();
    expect(await alert.textContent()).toContain('Everything keeps working as it does now.');
    // Nothing to save: the settings are as they were.
    expect(await settings.getByRole('region', { name: /Unsaved changes/ }).count()).toBe(0);
    expect(await axeViolations(page.frames().find((f) => f.name() === 'bpstepper-settings')!)).toEqual([]);
    await page.close();
  });

  it('pass axe on the settings page with the definitions read', async () => {
    const { page, settings } = await openSettingsPage(sim);
    await settings.getByRole('button', { name: 'Read the blueprints' }).click();
    await settings.getByText('Blueprints read: 3. Save to keep them.').waitFor();
    await settings.getByLabel('Settings for').selectOption({ label: 'Lead nurturing process' });
    await settings.getByText('How to create the connection').click();
    // The module's editor, one blueprint's own settings: its states, its transitions to tick.
    await settings
      .getByRole('group', { name: "Transitions to hide, from the blueprint's definition" })
      .scrollIntoViewIfNeeded();
    await settings.getByLabel('Settings for').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-output/settings-definitions-desktop.png' });
    expect(await axeViolations(page.frames().find((f) => f.name() === 'bpstepper-settings')!)).toEqual([]);
    await page.close();
  });
});
