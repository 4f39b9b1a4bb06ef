import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, measureBundle } from '../tools/bundle-size.ts';

describe('the built widget', () => {
  it('stays within the 25 KB gzipped budget for its JS and CSS together', () => {
    const assets = measureBundle();
    expect(assets.some((a) => a.file.endsWith('.js'))).toBe(true);
    const total = assets.reduce((sum, a) => sum + a.gzipBytes, 0);
    expect(total, `gzipped JS + CSS: ${total} bytes (${assets.map((a) => `${a.file} ${a.gzipBytes}`).join(', ')})`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
