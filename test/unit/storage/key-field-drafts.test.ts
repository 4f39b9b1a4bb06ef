import { describe, expect, it } from 'vitest';
import { sessionDraftStore } from '../../../src/storage/draft-store.ts';
import { sessionKeyFieldDrafts } from '../../../src/storage/key-field-drafts.ts';
import { refusedStorage } from '../refused-storage.ts';

const deal = { entity: 'Deals', recordId: '520001' };
const other = { entity: 'Deals', recordId: '520002' };

describe('what the rep typed into a key field', () => {
  it('is kept per record and field until it is cleared, and a new page (a reopened popup) finds it', () => {
    const storage = window.sessionStorage;
    storage.clear();
    const drafts = sessionKeyFieldDrafts(storage);
    drafts.save(deal, 'Next_Step', 'Call on Monday');
    drafts.save(deal, 'Account_Name', { id: '1', name: 'Northwind' });
    expect(sessionKeyFieldDrafts(storage).load(deal, 'Next_Step')).toBe('Call on Monday');
    expect(sessionKeyFieldDrafts(storage).load(deal, 'Account_Name')).toEqual({ id: '1', name: 'Northwind' });
    expect(drafts.load(other, 'Next_Step')).toBeUndefined();
    drafts.clear(deal, 'Next_Step');
    expect(sessionKeyFieldDrafts(storage).load(deal, 'Next_Step')).toBeUndefined();
  });

  it('survives storage the browser refuses, for as long as the page stays', () => {
    const drafts = sessionKeyFieldDrafts(refusedStorage);
    drafts.save(deal, 'Amount', '42000');
    expect(drafts.load(deal, 'Amount')).toBe('42000');
    expect(sessionKeyFieldDrafts(null).load(deal, 'Amount')).toBeUndefined();
  });

  it('stays when the transition drafts of stages the record has left are dropped', () => {
    const storage = window.sessionStorage;
    storage.clear();
    sessionKeyFieldDrafts(storage).save(deal, 'Next_Step', 'Call');
    sessionDraftStore(storage).keepOnly(deal, []);
    expect(sessionKeyFieldDrafts(storage).load(deal, 'Next_Step')).toBe('Call');
  });
});
