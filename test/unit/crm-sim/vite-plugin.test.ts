import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SDK_PAGES, STANDIN_TAG, swapSdkTag, ZOHO_SDK_TAG } from '../../crm-sim/vite-plugin.ts';

describe('swapSdkTag', () => {
  it("puts the stand-in, a classic script as Zoho's is, where Zoho's SDK tag was", () => {
    const before = '<html><head><link rel="preload" as="script" href="./a.js"></head><body><div id="root"></div>';
    const after = '<script type="module" src="./b.js"></script></body></html>';
    const swapped = swapSdkTag(`${before}${ZOHO_SDK_TAG}${after}`);
    expect(swapped).toBe(`${before}${STANDIN_TAG}${after}`);
    expect(STANDIN_TAG).not.toContain('type="module"');
  });

  it("applies to both of the widget's pages, whose SDK tag is exactly the one it swaps", () => {
    expect(SDK_PAGES).toEqual(['/src/widget.html', '/src/settings.html']);
    for (const page of SDK_PAGES) expect(readFileSync(page.slice(1), 'utf8')).toContain(ZOHO_SDK_TAG);
  });

  it('leaves a page without the SDK tag alone', () => {
    expect(swapSdkTag('<head></head>')).toBe('<head></head>');
  });
});
