import type { Drafts } from '../fields/contract.ts';
import type { RecordRef } from '../crm/crm-client.ts';

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
}

const PREFIX = 'blueprint-stepper';

/**
 * A DraftStore on session storage: it lasts while the CRM's tab is open, across the popup closing and the
 * widget reloading, and is never shared with other tabs or kept after. Storage that throws (blocked, full)
 * turns the store into a no-op rather than an error.
 */
export function sessionDraftStore(storage: Storage | null): DraftStore {
  const key = (r: RecordRef, t: string) => `${PREFIX}:draft:${r.entity}:${r.recordId}:${t}`;
  const openKey = (r: RecordRef) => `${PREFIX}:open:${r.entity}:${r.recordId}`;
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return storage ? fn() : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    load: (record, transitionId) =>
      attempt(() => {
        const raw = storage?.getItem(key(record, transitionId));
        const parsed: unknown = raw ? JSON.parse(raw) : null;
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Drafts) : null;
      }, null),
    save: (record, transitionId, drafts) =>
      attempt(() => {
        storage?.setItem(key(record, transitionId), JSON.stringify(drafts));
        storage?.setItem(openKey(record), transitionId);
      }, undefined),
    clear: (record, transitionId) =>
      attempt(() => {
        storage?.removeItem(key(record, transitionId));
        if (storage?.getItem(openKey(record)) === transitionId) storage.removeItem(openKey(record));
      }, undefined),
    forgetOpen: (record) => attempt(() => storage?.removeItem(openKey(record)), undefined),
    lastOpen: (record) =>
      attempt(() => {
        const id = storage?.getItem(openKey(record)) ?? null;
        return id && storage?.getItem(key(record, id)) ? id : null;
      }, null),
  };
}
