/**
 * Takes the README's screenshots from the simulator, so they show what the widget does today:
 *   npm run screenshots   (builds first; writes test/screenshots/*.png)
 */
import { mkdirSync } from 'node:fs';
import { IDS } from '../crm-sim/crm-data.ts';
import { openRecordPage, startSimulator } from '../e2e/browser.ts';

const OUT = 'test/screenshots';
mkdirSync(OUT, { recursive: true });
const sim = await startSimulator();
try {
  for (const width of [1280, 390]) {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead });
    await page.setViewportSize({ width, height: width > 800 ? 820 : 900 });
    await widget.getByRole('button', { name: /establish contact/i }).click();
    const form = widget.getByRole('form', { name: 'Establish contact' });
    await form.getByLabel(/First Contact Date/).fill('2026-11-25');
    await form.getByRole('button', { name: /complete/i }).click();
    await form.getByText(/is required/).first().waitFor();
    await page.waitForTimeout(300);
    const name = width > 800 ? 'stepper-desktop.png' : 'stepper-phone.png';
    await page.screenshot({ path: `${OUT}/${name}` });
    console.log(`${OUT}/${name}`);
    await page.close();
  }
} finally {
  await sim.close();
}
