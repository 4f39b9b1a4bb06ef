/**
 * The widget in a language of each script family: Latin (French), CJK (Chinese) and Arabic, right to left. The
 * simulated user's CRM locale picks it (`?locale=`), as Zoho's getCurrentUser does (docs/languages.md).
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BULK_DEAL_IDS } from '../crm-sim/seed/bulk-seed.ts';
import { IDS } from '../crm-sim/seed/crm-data.ts';
import { axeViolations } from './axe.ts';
import { openListView, openRecordPage } from './browser.ts';
import { SAVED_DEFAULTS } from './sim-hooks.ts';
import { useSimulator } from './use-simulator.ts';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';

const sim = useSimulator();

const texts = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(`src/translations/${locale}.json`, 'utf8'));
const en = texts('en');

/**
 * The widget's English texts a page in `locale` must not show: the words of each English text (around its
 * placeholders) that the language says otherwise, long enough not to be a CRM word by chance.
 */
function englishLeftIn(locale: string, shown: string): string[] {
  const own = texts(locale);
  const plural = /\.(zero|one|two|few|many|other)$/;
  const translated = (key: string) => own[key] ?? own[`${key.replace(plural, '')}.other`];
  return Object.entries(en).flatMap(([key, text]) => {
    if (translated(key) === text) return [];
    const words = text.split(/\{\w+\}/).map((part) => part.trim().replace(/^[:(·]\s*|[.:)]$/g, ''));
    return words.filter((part) => part.length >= 8 && !(translated(key) ?? '').includes(part) && shown.includes(part));
  });
}

/** The text a person sees in the widget's frame, CRM strings (each in a `<bdi>`) left out: those stay as typed. */
const widgetOwnText = (frame: Frame) =>
  frame.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const bdi of copy.querySelectorAll('bdi')) bdi.remove();
    return copy.innerText;
  });

async function frameOf(page: Page): Promise<Frame> {
  await page.waitForSelector('iframe[name="blueprint-stepper"]');
  return page.frame({ name: 'blueprint-stepper' })!;
}

const LANGUAGES = [
  { family: 'Latin', zoho: 'fr_FR', locale: 'fr', dir: 'ltr' },
  { family: 'CJK', zoho: 'zh_CN', locale: 'zh', dir: 'ltr' },
  { family: 'Arabic', zoho: 'ar_EG', locale: 'ar', dir: 'rtl' },
] as const;

describe.each(LANGUAGES)('in $family script ($zoho)', ({ zoho, locale, dir }) => {
  it('shows the stepper and a transition form with none of the widget’s English texts, lang and dir set', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      settings: SAVED_DEFAULTS,
      locale: zoho,
    });
    const frame = await frameOf(page);
    await widget.locator('.path__step').first().waitFor();
    expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      locale,
      dir,
    ]);
    expect(englishLeftIn(locale, await widgetOwnText(frame))).toEqual([]);
    await widget.locator('.transition__action:not(:disabled)').first().click();
    const form = widget.locator('form');
    await form.waitFor();
    // The form's checks, in the language too: complete it empty.
    await form.locator('button[type="submit"]').click();
    await widget.locator('[aria-invalid="true"]').first().waitFor();
    expect(englishLeftIn(locale, await widgetOwnText(frame))).toEqual([]);
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows bulk mode with none of the widget’s English texts', async () => {
    const { page, widget } = await openListView(sim, { module: 'Deals', settings: SAVED_DEFAULTS, locale: zoho });
    await page.evaluate(
      (ids) => (window as unknown as SimWindow).crmSim.openBulk('Deals', ids),
      BULK_DEAL_IDS.slice(0, 12),
    );
    await widget.locator('.bulk-choice').first().waitFor();
    const frame = await frameOf(page);
    expect(englishLeftIn(locale, await widgetOwnText(frame))).toEqual([]);
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('right to left, in Arabic', () => {
  it('runs the path from the right: its first stage is the rightmost, each chevron pointing left', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      settings: SAVED_DEFAULTS,
      locale: 'ar_EG',
    });
    await widget.locator('.path__step').first().waitFor();
    const frame = await frameOf(page);
    const steps = await frame.evaluate(() =>
      [...document.querySelectorAll('.path:not(.path--closing) .path__step')].slice(0, 2).map((el) => {
        const box = el.getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top, clip: getComputedStyle(el).clipPath };
      }),
    );
    const [first, second] = steps;
    expect(first!.top).toBe(second!.top);
    expect(first!.left).toBeGreaterThan(second!.right - 1);
    // The chevron's point (the polygon's 0 50% corner) is on the left side, the first stage's too.
    for (const step of [first!, second!]) expect(step.clip).toMatch(/^polygon\(100% 0(px)?, 10px 0(px)?, 0(px)? 50%/);
    await page.close();
  }, 60_000);

  it('points the calendar’s month before to the right, where the page starts, and the month after to the left', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      settings: SAVED_DEFAULTS,
      locale: 'ar_EG',
    });
    await widget.locator('.transition__action:not(:disabled)').first().click();
    await widget.locator('.date__open').first().click();
    const texts = JSON.parse(readFileSync('src/translations/ar.json', 'utf8')) as Record<string, string>;
    const before = widget.getByRole('button', { name: texts['calendar.previous']! });
    const after = widget.getByRole('button', { name: texts['calendar.next']! });
    const [b, a] = [(await before.boundingBox())!, (await after.boundingBox())!];
    expect(b.x).toBeGreaterThan(a.x);
    // As drawn (left to right inside the button, so the text does not mirror it again): › then ‹.
    expect([await before.textContent(), await after.textContent()]).toEqual(['›', '‹']);
    expect(await before.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    await page.close();
  }, 60_000);

  it('fits a 360 px popup with nothing overflowing, axe clean, with a form open', async () => {
    const { page, widget } = await openRecordPage(sim, {
      module: 'Leads',
      record: IDS.firstLead,
      settings: SAVED_DEFAULTS,
      locale: 'ar_EG',
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await widget.locator('.transition__action:not(:disabled)').first().click();
    await widget.locator('form').waitFor();
    const frame = await frameOf(page);
    const measured = await frame.evaluate(() => {
      const root = document.documentElement;
      const wider = [...document.body.querySelectorAll('*')].filter((el) => {
        const box = el.getBoundingClientRect();
        // Hidden text (the page's font warm-up) draws nothing, wherever it lies.
        if (getComputedStyle(el).visibility === 'hidden') return false;
        return box.width > 0 && (box.right > root.clientWidth + 0.5 || box.left < -0.5);
      });
      return {
        client: root.clientWidth,
        scroll: root.scrollWidth,
        wider: wider.map((el) => `${el.outerHTML.slice(0, 120)} ${JSON.stringify(el.getBoundingClientRect())}`),
      };
    });
    expect(measured.client).toBeLessThanOrEqual(360);
    expect(measured.scroll).toBeLessThanOrEqual(measured.client);
    expect(measured.wider).toEqual([]);
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  }, 60_000);
});
