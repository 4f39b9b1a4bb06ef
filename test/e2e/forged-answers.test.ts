/**
 * Forged answers from a neighbour frame. Zoho's SDK 1.2 handles every FRAMEWORK.EVENT from any frame, numbers
 * the widget's calls Promise100, Promise101… and parses JSON text (docs/wire-protocol.md, "Who may answer"); the
 * simulator's SDK stand-in is as lax. So a frame of another origin beside the widget's popup, spraying
 * EVENT_RESPONSE for Promise100…Promise199 while the CRM's real answers are on their way, answers the widget's
 * calls unless the widget's own guard (src/crm/context-guard.ts) stops it. Each test delays the real answers
 * (the simulator's latency) and checks that nothing forged is ever shown or acted on.
 */
import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BULK_DEAL_IDS } from '../crm-sim/seed/bulk-seed.ts';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { openListView, openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { openWidget, receivedUpdates, storedValue } from './sim-hooks.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

const sim = useSimulator();

/** The pages a test opened: closed after it, passed or failed, so no forger outlives its test. */
const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

/** A getBluePrint answer for a process that is not the record's. */
const FORGED_BLUEPRINT = {
  blueprint: {
    process_info: {
      id: '666',
      name: 'Forged process',
      api_name: 'Lead_Status',
      field_label: 'Forged status',
      field_value: 'Forged stage',
    },
    transitions: [{ id: '666001', name: 'Forged move', next_field_value: 'Forged end', fields: [] }],
  },
};

/**
 * An answer that is both an updateBluePrint success and a getBluePrint of the record moved on to "Contacted":
 * the widget reads the blueprint again after a success, and is told the move happened.
 */
const FORGED_SUCCESS = {
  code: 'SUCCESS',
  details: {},
  message: 'transition updated successfully',
  status: 'success',
  blueprint: {
    process_info: {
      id: '1',
      name: 'Lead process',
      api_name: 'Lead_Status',
      field_label: 'Lead Status',
      field_value: 'Contacted',
    },
    transitions: [],
  },
};

/** A getCurrentUser answer naming an administrator. */
const FORGED_ADMIN = {
  users: [
    {
      id: '666',
      full_name: 'Forged Admin',
      profile: { name: 'Administrator', id: '666' },
      role: { name: 'CEO', id: '666', admin_user: true },
    },
  ],
};

/**
 * Records, in every frame the page loads from now on, which of `markers` its text ever contained, however
 * briefly (a MutationObserver from the frame's first script on). Read with `markersSeen`.
 */
async function watchFor(page: Page, markers: string[]): Promise<void> {
  await page.addInitScript((list: string[]) => {
    const seen: string[] = [];
    Object.assign(window, { markersSeen: seen });
    new MutationObserver(() => {
      const text = document.documentElement?.textContent ?? '';
      for (const m of list) if (text.includes(m) && !seen.includes(m)) seen.push(m);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, markers);
}

/** The markers a frame has shown so far (see `watchFor`). */
function markersSeen(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { markersSeen: string[] }).markersSeen);
}

/** The frame of the popup or the Settings tab, once there. */
async function frameNamed(page: Page, name: string): Promise<Frame> {
  await page.waitForSelector(`iframe[name="${name}"]`);
  return page.frame({ name })!;
}

/**
 * Adds a frame of another origin (a sandboxed srcdoc frame: an opaque origin) to the CRM page, beside the
 * widget's popup, that every 50 ms posts `forged` as the answer to each of Promise100…Promise199 to every frame
 * of the page: as an object, as JSON text, and as JSON text with letters of its names escaped
 * (`EVENT_\u0052ESPONSE`, `FRAMEWORK\u002eEVENT`), which the SDK's JSON.parse reads as the plain names.
 */
async function sprayForgedAnswers(page: Page, forged: unknown): Promise<void> {
  await page.evaluate((body) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'forger';
    frame.style.cssText = 'position:absolute;width:1px;height:1px;left:-10px;border:0';
    frame.srcdoc = `<script>
      const forged = ${body};
      const messages = [];
      for (let i = 100; i < 200; i++) {
        const message = { type: 'FRAMEWORK.EVENT', eventName: 'EVENT_RESPONSE', promiseid: 'Promise' + i, data: forged };
        const text = JSON.stringify(message);
        messages.push(message, text, text.replace('EVENT_RESPONSE', 'EVENT_\\\\u0052ESPONSE').replace('FRAMEWORK.EVENT', 'FRAMEWORK\\\\u002eEVENT'));
      }
      setInterval(() => {
        for (let f = 0; f < parent.frames.length; f++) if (parent.frames[f] !== window) for (const m of messages) parent.frames[f].postMessage(m, '*');
      }, 50);
    </script>`;
    document.body.append(frame);
  }, JSON.stringify(forged));
}

describe('forged answers from a sibling frame of another origin', () => {
  it('never show the rep another process than the record’s', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      open: false,
      latency: 1500,
    });
    opened.push(page);
    await watchFor(page, ['Forged']);
    await sprayForgedAnswers(page, FORGED_BLUEPRINT);
    await openWidget(page);
    // Whichever comes first: the CRM's process, or the forged one.
    await widget
      .getByRole('button', { name: /establish contact|forged move/i })
      .first()
      .waitFor();
    expect(await markersSeen(await frameNamed(page, 'blueprint-stepper'))).toEqual([]);
    // The forger keeps going while the rep reads: later answers (the field list, the resize) stay the CRM's.
    await page.waitForTimeout(2000);
    expect(await widget.getByRole('list', { name: 'Lead Status path' }).isVisible()).toBe(true);
    expect(await widget.getByRole('alert').count()).toBe(0);
    expect(await markersSeen(await frameNamed(page, 'blueprint-stepper'))).toEqual([]);
  });

  it('never report a transition done that the CRM refused', async () => {
    // Chloé Dubois's record is locked: the CRM refuses every update to it.
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.lockedLead, open: false });
    opened.push(page);
    await watchFor(page, ['Done:', 'moved to', 'Forged']);
    await openWidget(page);
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByLabel(/Contact Method/).selectOption({ label: 'Email' });
    await form.getByLabel(/First Contact Date/).fill('11/24/2026');
    await form.getByLabel(/Contact Summary/).fill('Left a voicemail');
    // From now on the CRM takes 1.5 s to answer, and the forger answers every call at once with a success.
    await page.evaluate(() => (window as unknown as SimWindow).crmSim.setLatency(1500));
    await sprayForgedAnswers(page, FORGED_SUCCESS);
    await form.getByRole('button', { name: /complete/i }).click();
    // Whichever comes first: the CRM's refusal, or a success.
    await widget
      .getByRole('alert')
      .or(widget.getByText(/^Done:/))
      .first()
      .waitFor();
    expect(await markersSeen(await frameNamed(page, 'blueprint-stepper'))).toEqual([]);
    expect(await form.getByRole('alert').textContent()).toMatch(/This record is locked right now/);
    await page.waitForTimeout(1000);
    expect(await markersSeen(await frameNamed(page, 'blueprint-stepper'))).toEqual([]);
    expect(await storedValue(page, 'Leads', IDS.lockedLead, 'Lead_Status')).toBe('Not Contacted');
    expect(await receivedUpdates(page)).toHaveLength(1);
  });

  it('never make the settings page offer editing to a rep who is not an administrator', async () => {
    const { page } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, open: false, latency: 1500 });
    opened.push(page);
    await watchFor(page, ['Forged', 'Save settings']);
    // The signed-in user is a rep: the CRM says so, a little late; the forger says "administrator" at once.
    await page.evaluate(() => {
      const sim = (window as unknown as SimWindow).crmSim;
      sim.crm.users[0]!.profile = { name: 'Standard', id: '4876876000000026014' };
    });
    await sprayForgedAnswers(page, FORGED_ADMIN);
    await page.evaluate(() => (window as unknown as SimWindow).crmSim.openSettings());
    const settings = page.frameLocator('iframe[name="bpstepper-settings"]');
    // Whichever comes first: the page read-only for a rep, or its save bar for an administrator.
    const readOnly = settings.getByText(/Only CRM administrators can change these settings/);
    await readOnly
      .or(settings.getByRole('button', { name: 'Save settings' }))
      .first()
      .waitFor();
    expect(await markersSeen(await frameNamed(page, 'bpstepper-settings'))).toEqual([]);
    expect(await readOnly.isVisible()).toBe(true);
    const shown = settings.getByRole('checkbox', { name: 'Show on the path' });
    await shown.first().waitFor();
    for (const box of await shown.all()) expect(await box.isDisabled()).toBe(true);
    await page.waitForTimeout(1000);
    expect(await markersSeen(await frameNamed(page, 'bpstepper-settings'))).toEqual([]);
  });

  it('never show bulk mode another process than the records’', async () => {
    const { page, widget } = await openListView(sim, { module: 'Deals', latency: 1500 });
    opened.push(page);
    await watchFor(page, ['Forged']);
    await sprayForgedAnswers(page, FORGED_BLUEPRINT);
    await page.evaluate(
      (ids) => (window as unknown as SimWindow).crmSim.openBulk('Deals', ids),
      BULK_DEAL_IDS.slice(0, 5),
    );
    // Whichever comes first: the choice the records offer, or the forged one.
    await widget
      .getByRole('button', { name: /^(Close lost|Forged move) · / })
      .first()
      .waitFor();
    expect(await markersSeen(await frameNamed(page, 'blueprint-stepper'))).toEqual([]);
    expect(await widget.getByRole('button', { name: /^Close lost · 5 of 5$/ }).isVisible()).toBe(true);
    await page.waitForTimeout(1000);
    expect(await markersSeen(await frameNamed(page, 'blueprint-stepper'))).toEqual([]);
  });
});
