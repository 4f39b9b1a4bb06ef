import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SDK_PAGES, STANDIN_TAG, swapSdkTag, ZOHO_SDK_TAG } from '../../crm-sim/vite-plugin.ts';

describe('swapSdkTag', () => {
  it("puts the stand-in first in <head> in place of Zoho's SDK tag", () => {
    const html = `<html><head><meta charset="utf-8" />${ZOHO_SDK_TAG}<script type="module" src="./a.js"></script></head></html>`;
    const swapped = swapSdkTag(html);
    expect(swapped).not.toContain(ZOHO_SDK_TAG);
    expect(swapped.indexOf(STANDIN_TAG)).toBeLessThan(swapped.indexOf('./a.js'));
    expect(swapped.indexOf(STANDIN_TAG)).toBeGreaterThan(swapped.indexOf('<head>'));
  });

  it("applies to both of the widget's pages, whose SDK tag is exactly the one it swaps", () => {
    expect(SDK_PAGES).toEqual(['/src/widget.html', '/src/settings.html']);
    for (const page of SDK_PAGES) expect(readFileSync(page.slice(1), 'utf8')).toContain(ZOHO_SDK_TAG);
  });

  it('leaves a page without the SDK tag alone', () => {
    expect(swapSdkTag('<head></head>')).toBe('<head></head>');
  });
});
