import { describe, expect, it } from 'vitest';
import { initialDrafts } from '../../../src/fields/drafts.ts';
import { blockingItems, encodeField, encodeTransitionData } from '../../../src/fields/send-data.ts';
import type { Transition } from '../../../src/blueprint/model.ts';
import { field, kolkata as ctx } from './field-factory.ts';
import { transition as manualTransition } from '../transition-factory.ts';

describe("encodeField, as docs/blueprint-api.md's table says", () => {
  it('sends text-like fields and picklists as trimmed strings', () => {
    for (const type of ['text', 'textarea', 'email', 'phone', 'website', 'picklist'] as const)
      expect(encodeField(field(type), '  x  ', ctx)).toBe('x');
  });

  it('sends a multi-select picklist as an array of strings', () => {
    expect(encodeField(field('multiselectpicklist'), ['a', 'b'], ctx)).toEqual(['a', 'b']);
  });

  // Was "decimals rounded to their places": issue 21 asks for what was typed, exactly; more decimals than the
  // places are stopped by the check before any encoding (contract/number.test.ts), never rounded here.
  it('sends integers as integers (long integers as digit strings) and decimals as typed', () => {
    expect(encodeField(field('integer'), '1,200', ctx)).toBe(1200);
    expect(encodeField(field('bigint'), '9007199254740991', ctx)).toBe('9007199254740991');
    expect(encodeField(field('double', { decimalPlaces: 3 }), '2.5', ctx)).toBe(2.5);
    expect(encodeField(field('currency', { decimalPlaces: 2 }), '1,234.5', ctx)).toBe(1234.5);
    expect(encodeField(field('currency'), '0.10', ctx)).toBe(0.1);
    expect(encodeField(field('percent', { decimalPlaces: 0 }), '33', ctx)).toBe(33);
  });

  it('sends yes/no as a boolean', () => {
    expect(encodeField(field('boolean'), false, ctx)).toBe(false);
    expect(encodeField(field('boolean'), true, ctx)).toBe(true);
  });

  it("sends a date as yyyy-MM-dd and a datetime as ISO with the user's offset", () => {
    expect(encodeField(field('date'), '05/01/2027', ctx)).toBe('2027-01-05');
    expect(encodeField(field('datetime'), '26/11/2026 03:30 PM', ctx)).toBe('2026-11-26T15:30:00+05:30');
  });

  it('sends lookups as {id} and multi-lookups keyed by connectedlookup_apiname', () => {
    expect(encodeField(field('lookup'), { id: '7', name: 'Acme' }, ctx)).toEqual({ id: '7' });
    expect(encodeField(field('ownerlookup'), { id: '8', name: 'Ann' }, ctx)).toEqual({ id: '8' });
    const contacts = field('multiselectlookup', { apiName: 'Buyers', connectedLookupApiName: 'Buying_Committee' });
    expect(
      encodeField(
        contacts,
        [
          { id: '1', name: 'A' },
          { id: '2', name: 'B' },
        ],
        ctx,
      ),
    ).toEqual([{ Buying_Committee: { id: '1' } }, { Buying_Committee: { id: '2' } }]);
    const team = field('multiuserlookup', { connectedLookupApiName: 'Lead_Team' });
    expect(encodeField(team, [{ id: '9', name: 'C' }], ctx)).toEqual([{ Lead_Team: { id: '9' } }]);
  });

  it('sends uploaded files by their ids', () => {
    // Issue 12 part 1: Zoho's documented shape is `File_Id__s` (test/unit/fields/contract/file-upload.test.ts).
    expect(encodeField(field('fileupload'), [{ id: 'f1', name: 'nda.pdf' }], ctx)).toEqual([{ File_Id__s: 'f1' }]);
  });

  it('sends nothing for computed and unknown types', () => {
    expect(encodeField(field('formula'), '3', ctx)).toBeUndefined();
    expect(encodeField(field('other'), 'x', ctx)).toBeUndefined();
  });
});

function transition(items: Transition['items'], data: Record<string, unknown> = {}): Transition {
  return manualTransition('t1', { name: 'Qualify', targetState: 'Qualified', data, items });
}

describe('encodeTransitionData', () => {
  const stage = field('picklist', {
    apiName: 'Result',
    required: true,
    options: [{ label: 'Reached', value: 'reached', sequence: 1 }],
  });
  const summary = field('text', { apiName: 'Summary' });
  const amount = field('currency', { apiName: 'Amount' });
  const score = field('formula', { apiName: 'Score', readOnly: true });
  const items: Transition['items'] = [
    { kind: 'message', content: 'Read me' },
    stage,
    summary,
    amount,
    score,
    { kind: 'notes', required: false },
    { kind: 'checklist', label: 'Checks', entries: ['Budget', 'Authority'], required: true },
    { kind: 'attachments', required: false },
    { kind: 'widget', name: 'Dialer', id: 'w1', required: true },
  ];
  const t = transition(items, {
    Result: 'reached',
    Summary: 'kept',
    Amount: 1200,
    Score: 4,
    widget: { name: 'Dialer', id: 'w1' },
  });

  it("sends required values, changed values and the transition's own items, and echoes the widget", () => {
    const initial = initialDrafts(t.items, t.data, ctx.formats);
    expect(initial).toMatchObject({
      Result: 'reached',
      Summary: 'kept',
      Amount: '1200',
      Notes: '',
      CheckLists: [],
      Attachments: { files: [], links: [] },
    });
    const drafts = {
      ...initial,
      Amount: '1,350.75',
      Notes: ' Talked budget. ',
      CheckLists: ['Budget', 'Authority'],
      Attachments: { files: [{ id: 'file-9', name: 'quote.pdf' }], links: ['https://example.com/deck'] },
    };
    expect(encodeTransitionData(t, drafts, initial, ctx)).toEqual({
      Result: 'reached',
      Amount: 1350.75,
      Notes: 'Talked budget.',
      CheckLists: [{ Budget: true }, { Authority: true }],
      Attachments: [{ $file_id: ['file-9'] }, { $link_url: 'https://example.com/deck' }],
      widget: { name: 'Dialer', id: 'w1' },
    });
  });

  it('leaves out empty optional fields and never sends a read-only one', () => {
    const initial = initialDrafts(t.items, {}, ctx.formats);
    const data = encodeTransitionData(t, { ...initial, Result: 'reached', Score: '99' }, initial, ctx);
    expect(data).not.toHaveProperty('Summary');
    expect(data).not.toHaveProperty('Score');
    expect(data).not.toHaveProperty('Notes');
  });

  it('lists what blocks completion, telling missing items from wrong ones', () => {
    const initial = initialDrafts(t.items, {}, ctx.formats);
    const blocking = blockingItems(t.items, { ...initial, Amount: 'lots' }, ctx);
    expect(blocking.map((b) => [b.key, b.missing])).toEqual([
      ['Result', true],
      ['Amount', false],
      ['CheckLists', true],
    ]);
  });
});
