import { describe, expect, it } from 'vitest';
import { contrast, parseHex, readableOn } from '../../../src/ui/colour.ts';

describe('readableOn', () => {
  it('puts dark ink on a light colour and white on a dark one', () => {
    expect(readableOn('#F2A93B')).toEqual({ background: '#f2a93b', text: '#1f2937' });
    expect(readableOn('#1F7A4D')!.text).toBe('#ffffff');
  });

  it('darkens a mid-tone until white text reaches 4.5:1', () => {
    const { background, text } = readableOn('#808080')!;
    expect(text).toBe('#ffffff');
    expect(contrast(parseHex(background)!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
  });

  it('gives up on what is not a colour', () => {
    expect(readableOn(null)).toBeNull();
    expect(readableOn('red')).toBeNull();
    expect(readableOn('#12')).toBeNull();
  });

  it('always leaves text at least 4.5:1 from its background', () => {
    for (const c of ['#000000', '#ffffff', '#8A94A6', '#37B5A6', '#E55D5D', '#7B61FF', '#ffff00', '#808080']) {
      const r = readableOn(c)!;
      expect(contrast(parseHex(r.background)!, parseHex(r.text)!), c).toBeGreaterThanOrEqual(4.5);
    }
  });
});
