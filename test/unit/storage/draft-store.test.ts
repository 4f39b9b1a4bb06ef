import { afterEach, describe, expect, it } from 'vitest';
import { sessionDraftStore } from '../../../src/storage/draft-store.ts';

const lead = { entity: 'Leads', recordId: '1' };
afterEach(() => sessionStorage.clear());

describe('sessionDraftStore', () => {
  it('keeps drafts per record and transition, and remembers the one last worked on', () => {
    const store = sessionDraftStore(sessionStorage);
    store.save(lead, 't1', { Summary: 'half' });
    store.save({ entity: 'Deals', recordId: '1' }, 't1', { Amount: '5' });
    expect(store.load(lead, 't1')).toEqual({ Summary: 'half' });
    expect(store.load(lead, 't2')).toBeNull();
    expect(store.lastOpen(lead)).toBe('t1');
  });

  it('forgets which form was open without losing its drafts', () => {
    const store = sessionDraftStore(sessionStorage);
    store.save(lead, 't1', { Summary: 'kept' });
    store.forgetOpen(lead);
    expect(store.lastOpen(lead)).toBeNull();
    expect(store.load(lead, 't1')).toEqual({ Summary: 'kept' });
  });

  it("forgets a transition's drafts once it is done", () => {
    const store = sessionDraftStore(sessionStorage);
    store.save(lead, 't1', { Summary: 'done' });
    store.clear(lead, 't1');
    expect(store.load(lead, 't1')).toBeNull();
    expect(store.lastOpen(lead)).toBeNull();
  });

  // Was "turns into a no-op": issue 9 item 5 asks for drafts kept in memory instead (tests below).
  it('never throws when storage is missing or throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    for (const storage of [null, throwing]) {
      const store = sessionDraftStore(storage);
      expect(() => store.save(lead, 't1', { a: 'b' })).not.toThrow();
      expect(() => store.load(lead, 't1')).not.toThrow();
      expect(() => store.lastOpen(lead)).not.toThrow();
      expect(() => store.clear(lead, 't1')).not.toThrow();
    }
  });

  it('ignores stored text that is not a drafts object', () => {
    sessionStorage.setItem('blueprint-stepper:draft:Leads:1:t1', '[1,2]');
    expect(sessionDraftStore(sessionStorage).load(lead, 't1')).toBeNull();
  });
});

describe('sessionDraftStore when the browser refuses storage (issue 9 item 5)', () => {
  const blocked = (what: 'access' | 'write') =>
    ({
      getItem: () => {
        if (what === 'access') throw new DOMException('The operation is insecure.', 'SecurityError');
        return null;
      },
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => {
        if (what === 'access') throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    }) as unknown as Storage;

  for (const storage of [null, blocked('access'), blocked('write')]) {
    const name = storage === null ? 'no storage at all' : 'storage that throws';
    it(`keeps drafts in memory for the page's life with ${name}, and says storage was refused`, () => {
      const store = sessionDraftStore(storage);
      store.save(lead, 't1', { Summary: 'half a thought' });
      expect(store.load(lead, 't1')).toEqual({ Summary: 'half a thought' });
      expect(store.lastOpen(lead)).toBe('t1');
      expect(store.refused()).toBe(true);
      store.clear(lead, 't1');
      expect(store.load(lead, 't1')).toBeNull();
    });
  }

  it('says nothing was refused while storage works', () => {
    const store = sessionDraftStore(sessionStorage);
    store.save(lead, 't1', { Summary: 'kept' });
    expect(store.refused()).toBe(false);
  });
});

describe('sessionDraftStore when the quota fills up (issue 21 section 3 item 1)', () => {
  /** Session storage that takes writes until `full`, then refuses every write as a full quota does. */
  const filling = () => {
    const state = { full: false };
    const storage = {
      getItem: (k: string) => sessionStorage.getItem(k),
      setItem: (k: string, v: string) => {
        if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        sessionStorage.setItem(k, v);
      },
      removeItem: (k: string) => sessionStorage.removeItem(k),
      key: (i: number) => sessionStorage.key(i),
      get length() {
        return sessionStorage.length;
      },
    } as unknown as Storage;
    return { storage, state };
  };

  it('never brings back an older draft after a write failed: a reopen finds the newest text or nothing', () => {
    const { storage, state } = filling();
    const page = sessionDraftStore(storage);
    page.save(lead, 't1', { Summary: 'first words' });
    state.full = true;
    page.save(lead, 't1', { Summary: 'first words, then more' });
    // The open page still has the newest text.
    expect(page.load(lead, 't1')).toEqual({ Summary: 'first words, then more' });
    // The popup is closed and opened again: a new page reads the same storage.
    const reopened = sessionDraftStore(storage);
    expect(reopened.load(lead, 't1')).not.toEqual({ Summary: 'first words' });
    expect(reopened.load(lead, 't1')).toBeNull();
    expect(reopened.lastOpen(lead)).toBeNull();
  });

  it('keeps saving to storage again once there is room', () => {
    const { storage, state } = filling();
    const page = sessionDraftStore(storage);
    state.full = true;
    page.save(lead, 't1', { Summary: 'old' });
    state.full = false;
    page.save(lead, 't1', { Summary: 'new' });
    expect(sessionDraftStore(storage).load(lead, 't1')).toEqual({ Summary: 'new' });
  });
});
