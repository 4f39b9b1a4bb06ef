import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsLoadedBy, BUDGET_BYTES, measureBundle } from '../tools/bundle-size.ts';

describe('the built widget', () => {
  it('stays within the 25 KB gzipped budget for its JS and CSS together', () => {
    const assets = measureBundle();
    expect(assets.some((a) => a.file.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.file.endsWith('.css'))).toBe(true);
    const total = assets.reduce((sum, a) => sum + a.gzipBytes, 0);
    expect(total, `gzipped JS + CSS: ${total} bytes (${assets.map((a) => `${a.file} ${a.gzipBytes}`).join(', ')})`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('loads none of the settings page\'s code', () => {
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
});
