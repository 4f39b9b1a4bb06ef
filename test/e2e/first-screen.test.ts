import { describe, expect, it } from 'vitest';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { openRecordPage } from './browser.ts';
import { useSimulator } from './use-simulator.ts';
import { failFromNow, reopenWidget } from './sim-hooks.ts';

const sim = useSimulator();

describe('the first screen', () => {
  it('offers the transitions, usable, while the field list never comes, the path showing only what the blueprint names', async () => {
    // The widget's own deadline far off: the stepper must not wait for getFields to give up.
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      fail: 'TIMEOUT',
      failOn: 'getFields',
      deadline: 120_000,
    });
    const establish = widget.getByRole('button', { name: /establish contact.*contacted/i });
    await establish.waitFor({ timeout: 20_000 });
    const steps = await widget.getByRole('list', { name: 'Lead Status path' }).getByRole('listitem').allTextContents();
    expect(steps[0]).toBe('Not Contacted, current stage');
    expect(steps.slice(1).every((s) => s.endsWith(', not reached'))).toBe(true);
    await establish.click();
    await widget
      .getByRole('form', { name: 'Establish contact' })
      .getByLabel(/Contact Method/)
      .waitFor();
    await page.close();
  });

  it('shows the whole path at once on the next open, from the stages the last open read, while the field list is slow', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, deadline: 120_000 });
    const path = widget.getByRole('list', { name: 'Lead Status path' });
    // The first open reads the field list: the path in the process's order, every stage of it.
    await path.getByText('Pre-Qualified').waitFor();
    const whole = await path.getByRole('listitem').allTextContents();
    expect(whole.length).toBeGreaterThan(5);
    // The next open on this page, as a rep opens the next record: the field list never comes this time.
    await failFromNow(page, 'TIMEOUT', 'getFields');
    await reopenWidget(page);
    await widget.getByRole('button', { name: /establish contact.*contacted/i }).waitFor({ timeout: 20_000 });
    expect(await path.getByRole('listitem').allTextContents()).toEqual(whole);
    await page.close();
  });

  it.each([
    ['a lead with an admin’s note', 'Leads', IDS.firstLead],
    ['a deal with its stage history and closing stages', 'Deals', IDS.needsAnalysisDeal],
  ])('draws %s only in the faces the page laid out while it waited for the CRM', async (_, module, record) => {
    // A face (family, size, weight, style) first met in the stepper's layout costs a lookup in the browser
    // process, in that very frame (docs/performance.md, "The first screen").
    const { page, widget } = await openRecordPage(sim, { module, record });
    await widget.getByRole('region', { name: 'Next steps' }).getByRole('listitem').first().waitFor();
    const faces = await widget.locator('body').evaluate((body) => {
      const face = (s: CSSStyleDeclaration) => `${s.fontFamily} ${s.fontSize} ${s.fontWeight} ${s.fontStyle}`;
      const warm = new Set<string>();
      const drawn = new Map<string, string>();
      for (const el of body.querySelectorAll('*')) {
        const inWarmUp = el.closest('.font-warm') !== null;
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (inWarmUp && own) warm.add(face(getComputedStyle(el)));
        if (inWarmUp || (el as HTMLElement).offsetParent === null) continue;
        if (own) drawn.set(face(getComputedStyle(el)), el.textContent!.trim().slice(0, 40));
        for (const pseudo of ['::before', '::after']) {
          const style = getComputedStyle(el, pseudo);
          if (/^["']./.test(style.content)) drawn.set(face(style), `${style.content} (${pseudo})`);
        }
      }
      return { warm: [...warm], drawn: [...drawn] };
    });
    const cold = faces.drawn.filter(([f]) => !faces.warm.includes(f));
    expect(cold, `faces the warm-up in src/widget.html lacks`).toEqual([]);
    expect(faces.drawn.length).toBeGreaterThan(3);
    await page.close();
  });

  it('shows the loading skeleton from the page itself, before the widget’s script has run', async () => {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: IDS.firstLead, open: false });
    // The widget's script never arrives: what shows is the page's own HTML and inline style.
    await page.route(/\/app\/assets\/widget-[^/]+\.js$/, () => undefined);
    await reopenWidget(page);
    const status = widget.getByRole('status');
    expect(await status.textContent()).toBe('Loading the blueprint…');
    // The status sits in the skeleton, which tells assistive technology the screen is still coming.
    const skeleton = status.locator('xpath=..');
    expect(await skeleton.getAttribute('aria-busy')).toBe('true');
    const box = await skeleton.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(80);
    await page.close();
  });
});
