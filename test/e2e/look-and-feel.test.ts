import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { axeViolations } from './axe.ts';
import { firstScreenSettled, openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

const sim = useSimulator();

/** Makes the simulated signed-in user speak another language before the widget opens. */
async function signedInAs(
  page: Page,
  user: { locale: string; date_format: string; time_format: string; time_zone: string },
) {
  await page.evaluate((u) => {
    const sim = (window as unknown as SimWindow).crmSim;
    Object.assign(sim.crm.users[0]!, u, { country_locale: u.locale });
    sim.openWidget();
  }, user);
  await firstScreenSettled(page);
}

describe('looks and feels part of the CRM', () => {
  it('celebrates a won deal briefly, and the rep can turn that off for good', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Deals', record: IDS.escalatedDeal });
    await widget.getByRole('button', { name: /close won/i }).click();
    const form = widget.getByRole('form', { name: 'Close won' });
    await form.getByLabel(/Closing Date/).fill('11/30/2026');
    await form.getByRole('textbox', { name: /^Amount/ }).fill('18,500');
    await form.getByRole('button', { name: /complete/i }).click();
    await widget.getByText('Won: moved to Closed Won. Well done!').waitFor();
    expect(await widget.locator('.celebration__piece').count()).toBeGreaterThan(0);
    // Confetti over the popup's width, not a ring of dots the size of a loading spinner: held mid-flight, the
    // pieces spread over most of the width and fall well below where they start.
    const frame = page.frame({ name: 'blueprint-stepper' })!;
    const spread = await frame.evaluate(() => {
      for (const a of document.getAnimations()) {
        a.pause();
        a.currentTime = 700;
      }
      const boxes = [...document.querySelectorAll('.celebration__piece')].map((p) => p.getBoundingClientRect());
      const [xs, ys] = [boxes.map((b) => b.left), boxes.map((b) => b.top)];
      return {
        width: Math.max(...xs) - Math.min(...xs),
        height: Math.max(...ys) - Math.min(...ys),
        popup: document.documentElement.clientWidth,
      };
    });
    expect(spread.width).toBeGreaterThan(spread.popup * 0.6);
    expect(spread.height).toBeGreaterThan(40);
    await page.screenshot({ path: 'test-output/celebration.png' });
    expect(await axeViolations(frame)).toEqual([]);
    // Nothing follows a won deal: the widget says where it got to, not that nothing is available.
    expect(await widget.getByText('This record has reached its closing stage: Closed Won.').isVisible()).toBe(true);
    expect(await widget.getByText(/No transitions are available/).count()).toBe(0);
    await widget.getByRole('checkbox', { name: 'Celebrate wins' }).uncheck();
    expect(await widget.locator('.celebration__piece').count()).toBe(0);
    expect(await frame.evaluate(() => localStorage.getItem('blueprint-stepper:celebrate'))).toBe('off');
    await frame.evaluate(() => localStorage.removeItem('blueprint-stepper:celebrate'));
    await page.close();
  });

  it("speaks the user's language, with dates in their format: German", async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.automaticLead, open: false });
    await signedInAs(page, {
      locale: 'de_DE',
      date_format: 'dd.MM.yyyy',
      time_format: 'HH:mm',
      time_zone: 'Europe/Berlin',
    });
    await widget.getByRole('heading', { name: 'Nächste Schritte' }).waitFor();
    expect(await widget.getByText(/^Erfolgt automatisch am \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/).count()).toBe(1);
    expect(await widget.getByRole('list', { name: 'Verlauf von Lead Status' }).isVisible()).toBe(true);
    expect(await page.frame({ name: 'blueprint-stepper' })!.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.close();
  });

  it("speaks the user's language: Japanese", async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, open: false });
    await signedInAs(page, {
      locale: 'ja_JP',
      date_format: 'yyyy/MM/dd',
      time_format: 'HH:mm',
      time_zone: 'Asia/Tokyo',
    });
    await widget.getByRole('heading', { name: '次のステップ' }).waitFor();
    await widget.getByRole('button', { name: /Establish contact/ }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByRole('button', { name: '「Establish contact」を完了' }).click();
    expect(await form.getByText('Contact Method は必須です。').isVisible()).toBe(true);
    await page.close();
  });

  it('fits a phone-wide popup: nothing wider than 360 px, the path one row', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Deals', record: IDS.partialSaveDeal });
    await page.setViewportSize({ width: 360, height: 740 });
    await widget.getByRole('button', { name: /send proposal/i }).click();
    await widget.getByRole('form', { name: 'Send proposal' }).waitFor();
    const frame = page.frame({ name: 'blueprint-stepper' })!;
    const { scroll, client, rows } = await frame.evaluate(() => {
      const tops = new Set(
        [...document.querySelectorAll('.path-row > .path > .path__step')]
          .filter((el) => (el as HTMLElement).offsetWidth > 0)
          .map((el) => Math.round(el.getBoundingClientRect().top)),
      );
      return {
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        rows: tops.size,
      };
    });
    expect(client).toBeLessThanOrEqual(360);
    expect(scroll).toBeLessThanOrEqual(client);
    expect(rows).toBe(1);
    await page.close();
  });
});
