/**
 * Hostile CRM data and a hostile neighbour frame, in the browser: long unbroken text in a 360 px popup,
 * direction controls in CRM names, and a sibling frame of another origin spoofing SET_CONTEXT.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { firstScreenSettled, openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

const sim = useSimulator();

const LONG_NAME = `Ava${'x'.repeat(297)}`;
const ADDRESS = `https://intranet.example/${'a'.repeat(65)}`;
const COMPOUND = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabholungsbestätigung';
const REVERSING = 'Mark \u202Eas junk';

/** Gives the first lead hostile data through the simulator's in-memory CRM, then opens the widget. */
async function hostileLead(page: Page) {
  await page.evaluate(
    ({ id, name, address, compound, reversing }) => {
      const sim = (window as unknown as SimWindow).crmSim;
      Object.assign(sim.crm.record('Leads', id)!.values, {
        Full_Name: name,
        First_Name: 'Ava',
        Last_Name: name.slice(3),
      });
      const transitions = sim.crm.processes.Leads!.transitions;
      const named = (n: string) => transitions.find((t) => t.name === n)!;
      named('Establish contact').name = compound;
      const junk = named('Mark as junk');
      junk.name = reversing;
      junk.criteria = { api_name: 'Hostile_Empty_Field', message: `Check ${address} first` };
      sim.openWidget();
    },
    { id: IDS.firstLead, name: LONG_NAME, address: ADDRESS, compound: COMPOUND, reversing: REVERSING },
  );
  await firstScreenSettled(page);
}

describe('hostile CRM strings', () => {
  it('wrap inside a 360 px popup and each sit in an element that isolates its direction', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, open: false });
    await page.setViewportSize({ width: 360, height: 740 });
    await hostileLead(page);
    await widget.getByRole('heading', { name: LONG_NAME }).waitFor();
    await widget.getByText(`Check ${ADDRESS} first`).waitFor();
    const frame = page.frame({ name: 'blueprint-stepper' })!;
    const measured = await frame.evaluate(
      (texts) => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        widest: Math.max(...[...document.querySelectorAll('main *')].map((el) => el.getBoundingClientRect().right)),
        isolated: texts.map((text) =>
          [...document.querySelectorAll('bdi')].some(
            (b) => b.textContent === text && getComputedStyle(b).unicodeBidi === 'isolate',
          ),
        ),
      }),
      [LONG_NAME, COMPOUND, REVERSING, `Check ${ADDRESS} first`],
    );
    expect(measured.client).toBeLessThanOrEqual(360);
    expect(measured.scroll).toBeLessThanOrEqual(measured.client);
    expect(measured.widest).toBeLessThanOrEqual(measured.client);
    expect(measured.isolated).toEqual([true, true, true, true]);
    await page.close();
  });
});

describe('a spoofed SET_CONTEXT', () => {
  it('is stopped by a guard that runs before any other script of either page', () => {
    // Chromium calls a window's message listeners in the order they were added: a guard added after the SDK's
    // listener let the SDK adopt the spoofed id (src/crm/context-guard.ts).
    for (const page of ['widget.html', 'settings.html']) {
      const html = readFileSync(join('app', page), 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(2);
      // The first is the guard, inline and minified: it stops SDK messages that are not the CRM page's.
      expect(scripts[0]).toContain('serviceOrigin');
      expect(scripts[0]).toContain('stopImmediatePropagation');
    }
  });

  it('from a sibling frame of another origin does not cut the widget off', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      open: false,
      deadline: 4000,
    });
    // A frame with an opaque origin that keeps telling every frame of the CRM page to use its context id: as an
    // object, and as JSON text with a letter escaped (`SET_\u0043ONTEXT`), which the SDK's JSON.parse reads as
    // SET_CONTEXT and a search for "SET_CONTEXT" in the text does not find.
    await page.evaluate(() => {
      const spoof = document.createElement('iframe');
      spoof.setAttribute('sandbox', 'allow-scripts');
      spoof.title = 'spoofer';
      spoof.srcdoc = `<script>
        const message = { type: 'FRAMEWORK.EVENT', eventName: 'SET_CONTEXT', data: { uniqueID: 'spoofed' } };
        const text = JSON.stringify(message).replace('SET_CONTEXT', 'SET_\\\\u0043ONTEXT');
        setInterval(() => {
          for (let i = 0; i < parent.frames.length; i++) for (const m of [message, text]) parent.frames[i].postMessage(m, '*');
        }, 20);
      </script>`;
      document.body.append(spoof);
      (window as unknown as SimWindow).crmSim.openWidget();
    });
    await widget.getByRole('heading', { name: 'Next steps' }).waitFor();
    // A widget opened again while the spoofing goes on loads too: every one of its calls reached the CRM.
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const sim = (window as unknown as SimWindow).crmSim;
      sim.closeWidget();
      sim.openWidget();
    });
    await widget.getByRole('heading', { name: 'Next steps' }).waitFor();
    expect(await widget.getByRole('alert').count()).toBe(0);
    // Nor did any later call (the field list, the resize) go out with the spoofed id: the CRM ignored none.
    await page.waitForTimeout(300);
    // The CRM log's lines (its panel is closed, so they are read from the DOM, not by role).
    const log = await page.locator('ol.sim-log > li').allTextContents();
    expect(log.filter((line) => line.includes('spoofed'))).toEqual([]);
    expect(log.filter((line) => line.includes('SET_CONTEXT'))).toHaveLength(2);
    await page.close();
  });
});
