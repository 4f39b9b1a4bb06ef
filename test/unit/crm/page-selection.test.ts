import { describe, expect, it } from 'vitest';
import {
  decodeEntityIds as readEntityIds,
  decodePageContext as readPageContext,
} from '../../../src/crm/decode/page-context.ts';
import { selectionMode } from '../../../src/bulk/selection.ts';

describe("reading a list view's selection from PageLoad", () => {
  it('keeps every selected id of a mass action, in order, the first as the record', () => {
    const ctx = readPageContext({ Entity: 'Deals', EntityId: ['11', '12', '13'], ButtonPosition: 'ListView' });
    expect(ctx.record).toEqual({ entity: 'Deals', recordId: '11' });
    expect(ctx.recordIds).toEqual(['11', '12', '13']);
    expect(ctx.buttonPosition).toBe('ListView');
    expect(selectionMode(ctx.recordIds)).toEqual({ kind: 'bulk', recordIds: ['11', '12', '13'] });
  });

  it('is the single-record stepper for one id, wherever the button is', () => {
    const ctx = readPageContext({ Entity: 'Deals', EntityId: ['11'], ButtonPosition: 'ListView' });
    expect(ctx.recordIds).toBeUndefined();
    expect(selectionMode(ctx.recordIds)).toEqual({ kind: 'single' });
  });

  it('reads a comma-separated string of ids too, should a CRM send one', () => {
    expect(readEntityIds('11, 12,13')).toEqual(['11', '12', '13']);
    expect(readPageContext({ Entity: 'Leads', EntityId: '11,12' }).record.recordId).toBe('11');
  });

  it('drops blanks and repeats, and keeps numbers as their digits', () => {
    expect(readEntityIds(['7', '', '7', 8, null, ' 9 '])).toEqual(['7', '8', '9']);
    expect(readEntityIds(undefined)).toEqual([]);
  });
});
