import type { Drafts } from '../fields/contract.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import { keptText } from './kept-text.ts';

/** Where a rep's unsent input is kept, per record and transition, so no failure or reload loses it. */
export interface DraftStore {
  /** The drafts kept for a transition of a record, if any. */
  load(record: RecordRef, transitionId: string): Drafts | null;
  /** Keeps the drafts, and remembers this transition as the one the rep was working on. */
  save(record: RecordRef, transitionId: string, drafts: Drafts): void;
  /** Forgets the drafts once the transition is done. */
  clear(record: RecordRef, transitionId: string): void;
  /** The transition the rep last had open on this record, if its drafts are still kept. */
  lastOpen(record: RecordRef): string | null;
  /** Forgets which transition was open (the rep closed its form), keeping its drafts for when it opens again. */
  forgetOpen(record: RecordRef): void;
  /**
   * Forgets the drafts of every transition of the record but `offered` (the record has passed the others), and
   * says which transition ids it dropped.
   */
  keepOnly(record: RecordRef, offered: readonly string[]): string[];
  /**
   * Whether the browser refused the storage (missing, or it threw on a read or a write): the drafts then live
   * only in memory, for as long as the page (the popup) stays open.
   */
  refused(): boolean;
  /**
   * Remembers that a send of this transition is past its deadline with no answer (null: it has one now), so a
   * popup opened again on the record can say so: the CRM may still carry it out (issue 21).
   */
  markUnanswered(record: RecordRef, transitionId: string | null): void;
  /** The transition whose send had no answer yet when the last popup on the record went, if it is still offered. */
  unanswered(record: RecordRef): string | null;
}

const PREFIX = 'blueprint-stepper';

/**
 * A DraftStore on session storage: it lasts while the CRM's tab is open, across the popup closing and the
 * widget reloading, and is never shared with other tabs or kept after. Kept in memory too for the page's life
 * (kept-text.ts), so a storage the browser refuses loses nothing while the popup stays open; `refused()` says so.
 */
export function sessionDraftStore(storage: Storage | null): DraftStore {
  const key = (r: RecordRef, t: string) => `${PREFIX}:draft:${r.entity}:${r.recordId}:${t}`;
  const openKey = (r: RecordRef) => `${PREFIX}:open:${r.entity}:${r.recordId}`;
  const recordPrefix = (r: RecordRef) => `${PREFIX}:draft:${r.entity}:${r.recordId}:`;
  const unansweredKey = (r: RecordRef) => `${PREFIX}:unanswered:${r.entity}:${r.recordId}`;
  const { read, write, remove, keys, refused } = keptText(storage);
  const parse = (raw: string | null): Drafts | null => {
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Drafts) : null;
    } catch {
      return null;
    }
  };
  return {
    load: (record, transitionId) => parse(read(key(record, transitionId))),
    save: (record, transitionId, drafts) => {
      write(key(record, transitionId), JSON.stringify(drafts));
      write(openKey(record), transitionId);
    },
    clear: (record, transitionId) => {
      remove(key(record, transitionId));
      if (read(openKey(record)) === transitionId) remove(openKey(record));
      if (read(unansweredKey(record)) === transitionId) remove(unansweredKey(record));
    },
    forgetOpen: (record) => remove(openKey(record)),
    lastOpen: (record) => {
      const id = read(openKey(record));
      return id && read(key(record, id)) ? id : null;
    },
    keepOnly: (record, offered) => {
      const prefix = recordPrefix(record);
      const dropped: string[] = [];
      for (const k of keys(prefix)) {
        const id = k.slice(prefix.length);
        if (offered.includes(id)) continue;
        remove(k);
        dropped.push(id);
      }
      if (dropped.includes(read(openKey(record)) ?? '')) remove(openKey(record));
      // The record no longer offers the transition whose send had no answer: it went through, or moved on.
      if (!offered.includes(read(unansweredKey(record)) ?? '')) remove(unansweredKey(record));
      return dropped;
    },
    refused,
    markUnanswered: (record, transitionId) =>
      transitionId ? write(unansweredKey(record), transitionId) : remove(unansweredKey(record)),
    unanswered: (record) => read(unansweredKey(record)),
  };
}
