import { describe, expect, it } from 'vitest';
import { BULK_LIMIT, selectionMode } from '../../../src/bulk/selection.ts';

describe('the mode a selection opens in', () => {
  it('is the single-record stepper for one id (or none)', () => {
    expect(selectionMode(['1'])).toEqual({ kind: 'single' });
    expect(selectionMode([])).toEqual({ kind: 'single' });
    expect(selectionMode(undefined)).toEqual({ kind: 'single' });
  });

  it('is bulk mode for several ids, kept in order', () => {
    expect(selectionMode(['3', '1', '2'])).toEqual({ kind: 'bulk', recordIds: ['3', '1', '2'] });
  });

  it('takes up to the limit of 200 and names the limit beyond it', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
    expect(BULK_LIMIT).toBe(200);
    expect(selectionMode(ids(200)).kind).toBe('bulk');
    expect(selectionMode(ids(201))).toEqual({ kind: 'too-many', count: 201, limit: 200 });
  });
});
