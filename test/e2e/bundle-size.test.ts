import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textsFileOf } from '../../src/i18n/load-messages.ts';
import {
  assetsAtStart,
  assetsLoadedBy,
  BUDGET_BYTES,
  BULK_BUDGET_BYTES,
  BULK_TEXTS,
  FORM_TEXTS,
  isBulkChunk,
  measureBundle,
  TOTAL_BUDGET_BYTES,
} from '../tools/bundle-size.ts';

const kb = (bytes: number) => `${bytes / 1024} KB`;

describe('the built widget', () => {
  it(`loads at most ${kb(BUDGET_BYTES)} gzipped of HTML, texts, JS and CSS before the stepper shows (README, "Size budget")`, () => {
    const assets = measureBundle('app', 'widget.html', assetsAtStart('widget.html'));
    expect(assets.map((a) => a.file.split('.').pop())).toEqual(expect.arrayContaining(['html', 'json', 'js', 'css']));
    const total = assets.reduce((sum, a) => sum + a.gzipBytes, 0);
    expect(
      total,
      `gzipped HTML + texts + JS + CSS at start: ${total} bytes (${assets.map((a) => `${a.file} ${a.gzipBytes}`).join(', ')})`,
    ).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it(`stays within ${kb(TOTAL_BUDGET_BYTES)} gzipped for everything it may load, the transition form included`, () => {
    const start = assetsAtStart('widget.html');
    // For one record: bulk mode's chunk is never loaded then (it has a budget of its own, below).
    // In English, as the budget was set; the first screen's test above takes the largest language.
    const assets = measureBundle(
      'app',
      'widget.html',
      [...assetsLoadedBy('widget.html', 'app', isBulkChunk), FORM_TEXTS],
      'translations/en.json',
    );
    // The form's chunk is loaded later, not at start: otherwise the split would be for nothing.
    expect(assets.some((a) => a.file.startsWith('transition-form') && !start.includes(a.file))).toBe(true);
    const total = assets.reduce((sum, a) => sum + a.gzipBytes, 0);
    expect(total, `gzipped HTML + texts + JS + CSS in all: ${total} bytes`).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);
  });

  it(`loads bulk mode only for a selection: its chunk is not at start, and bulk mode in all stays within ${kb(BULK_BUDGET_BYTES)}`, () => {
    const start = assetsAtStart('widget.html');
    const all = assetsLoadedBy('widget.html');
    expect(all.some((f) => isBulkChunk(f) && f.endsWith('.js'))).toBe(true);
    expect(start.filter(isBulkChunk)).toEqual([]);
    const total = measureBundle('app', 'widget.html', [...all, BULK_TEXTS, FORM_TEXTS], 'translations/en.json').reduce(
      (sum, a) => sum + a.gzipBytes,
      0,
    );
    expect(total, `gzipped HTML + texts + JS + CSS of bulk mode: ${total} bytes`).toBeLessThanOrEqual(
      BULK_BUDGET_BYTES,
    );
  });

  it("loads none of the settings page's code", () => {
    const widget = assetsLoadedBy('widget.html');
    const settings = assetsLoadedBy('settings.html');
    expect(settings.some((f) => f.endsWith('.js'))).toBe(true);
    expect(widget.filter((f) => settings.includes(f))).toEqual([]);
    // Words only the settings page's components use: none of them may be in what the widget page loads.
    for (const file of widget) {
      const text = readFileSync(join('app', 'assets', file), 'utf8');
      expect(text, file).not.toContain('Save settings');
      expect(text, file).not.toContain('Transitions hidden from the widget');
    }
  });

  it.each([
    ['the first screen', (f: string) => assetsAtStart('widget.html').includes(f), ['widget']],
    ['the first screen and the form', (f: string) => !isBulkChunk(f), ['widget', 'form']],
    ['bulk mode', () => true, ['widget', 'bulk', 'form']],
  ] as const)(
    'asks, in %s, for no text its files leave out (the settings page’s, the form’s before it loads, bulk mode’s in single mode)',
    (_, loaded, fetched: readonly string[]) => {
      const all = Object.keys(JSON.parse(readFileSync('src/translations/en.json', 'utf8')) as object);
      const plural = /\.(zero|one|two|few|many|other)$/;
      const left = all.filter((key) => !fetched.includes(textsFileOf(key))).map((key) => key.replace(plural, ''));
      expect(left.length).toBeGreaterThan(50);
      const code = assetsLoadedBy('widget.html')
        .filter(loaded)
        .map((f) => readFileSync(join('app', 'assets', f), 'utf8'));
      const named = (key: string) => new RegExp(`["'\`]${key.replace(/\./g, '\\.')}["'\`]`);
      expect(left.filter((key) => code.some((text) => named(key).test(text)))).toEqual([]);
    },
  );

  it('builds each set of texts into its own file: the widget’s, the form’s, bulk mode’s, and the settings page’s with all', () => {
    const all = Object.keys(JSON.parse(readFileSync('src/translations/en.json', 'utf8')) as object);
    const built = (file: string) => Object.keys(JSON.parse(readFileSync(join('app', 'translations', file), 'utf8')));
    expect(built('en.json')).toEqual(all.filter((key) => textsFileOf(key) === 'widget'));
    expect(built('form-en.json')).toEqual(all.filter((key) => textsFileOf(key) === 'form'));
    expect(built('form-en.json').length).toBeGreaterThan(50);
    expect(built('bulk-en.json')).toEqual(all.filter((key) => textsFileOf(key) === 'bulk'));
    expect(built('bulk-en.json').length).toBeGreaterThan(20);
    expect(built('settings-en.json')).toEqual(all);
  });

  it("leaves the settings page with its own CSS: none of the stepper's, the form's editors' or bulk mode's", () => {
    const files = assetsLoadedBy('settings.html').filter((f) => f.endsWith('.css'));
    const css = files.map((f) => readFileSync(join('app', 'assets', f), 'utf8')).join('\n');
    // The path, the transition list, the loading skeleton, the date picker, a lookup's options, the celebration,
    // bulk mode's steps.
    for (const selector of ['.path__', '.transition__', '.skeleton', '.cal__', '.lookup__', '.celebration', '.bulk-'])
      expect(css, `${files.join(', ')} have ${selector}`).not.toContain(selector);
    // What the page does show: its own layout, and the items and inputs it shares with a form.
    expect(css).toContain('.settings__layout');
    expect(css).toContain('.item__label');
  });
});
