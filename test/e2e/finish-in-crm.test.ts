import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { axeViolations } from './axe.ts';
import { openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { receivedUpdates, frameOf, inGerman, SAVED_DEFAULTS } from './sim-hooks.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

/*
 * Issue 10 part 5 and issue 12 part 2: a transition with a mandatory item the widget cannot fill (here the
 * Deals "Security questionnaire", whose nested widget only the CRM renders) says it must be finished in the CRM,
 * blocks Complete with that reason, never sends, and opens the record in the CRM on request.
 */
const sim = useSimulator();

const saved = SAVED_DEFAULTS;

function openCalls(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as SimWindow).crmSim.calls.filter((c) => c.name === 'Record.open').length,
  );
}

const TEXTS = {
  en: {
    transition: /^security questionnaire/i,
    form: 'Security questionnaire',
    note: 'This transition must be finished in the CRM: Security questionnaire can only be filled in there.',
    complete: /complete/i,
    open: 'Open in CRM',
  },
  de: {
    transition: /^security questionnaire/i,
    form: 'Security questionnaire',
    note: 'Dieser Übergang muss im CRM abgeschlossen werden: Security questionnaire kann nur dort ausgefüllt werden.',
    complete: /abschließen/i,
    open: 'Im CRM öffnen',
  },
} as const;

describe('a transition only the CRM can finish', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`says so, blocks Complete with the reason, sends nothing and opens the record in the CRM (${lang})`, async () => {
      const t = TEXTS[lang];
      const { page, widget } = await openRecordPage(sim, {
        module: 'Deals',
        record: IDS.securityReviewDeal,
        settings: saved,
      });
      if (lang === 'de') await inGerman(page);
      await widget.getByRole('button', { name: t.transition }).click();
      const form = widget.getByRole('form', { name: t.form });
      await form.getByText(t.note).waitFor();
      const complete = form.getByRole('button', { name: t.complete });
      expect(await complete.isDisabled()).toBe(true);
      const describedBy = await complete.getAttribute('aria-describedby');
      expect(await form.locator(`[id="${describedBy}"]`).textContent()).toBe(t.note);
      expect(await axeViolations(frameOf(page))).toEqual([]);
      await form.getByRole('button', { name: t.open }).click();
      await expect.poll(() => openCalls(page)).toBe(1);
      expect(await receivedUpdates(page)).toEqual([]);
      await page.close();
    });
  }
});
