import type { DraftValue } from '../fields/contract.ts';
import type { RecordRef } from '../crm/crm-client.ts';

/**
 * What the rep typed into a key field and has not saved yet (issue 25), per record and field: kept until the
 * CRM takes it, so a failed save, a closed popup or a reload loses nothing (as a transition form's drafts,
 * draft-store.ts). Kept apart from those: a transition's drafts go when the record leaves the stage that offers
 * it, a key field's when it is saved or the rep cancels it.
 */
export interface KeyFieldDrafts {
  /** The value typed into the field and not yet saved, if any. */
  load(record: RecordRef, field: string): DraftValue | undefined;
  save(record: RecordRef, field: string, value: DraftValue): void;
  /** Forgets it: the CRM took it, or the rep cancelled. */
  clear(record: RecordRef, field: string): void;
  /**
   * Remembers that its save is past its deadline with no answer (false: it has one now), so a popup opened again
   * can say the CRM may still have saved it.
   */
  markUnanswered(record: RecordRef, field: string, unanswered: boolean): void;
  /** Whether the last popup went with the field's save unanswered. */
  unanswered(record: RecordRef, field: string): boolean;
}

/**
 * KeyFieldDrafts on session storage (the CRM tab's life, never shared with other tabs), with a copy in memory
 * for the page's life, so storage that is missing or throws (a third-party frame) loses nothing while the popup
 * stays open.
 */
export function sessionKeyFieldDrafts(storage: Storage | null): KeyFieldDrafts {
  const key = (r: RecordRef, field: string) => `blueprint-stepper:key-field:${r.entity}:${r.recordId}:${field}`;
  const memory = new Map<string, string>();
  const attempt = (fn: (s: Storage) => void) => {
    try {
      if (storage) fn(storage);
    } catch {
      // Refused: the copy in memory holds it.
    }
  };
  const markUnanswered = (record: RecordRef, field: string, unanswered: boolean) => {
    const k = `${key(record, field)}:unanswered`;
    if (unanswered) memory.set(k, '1');
    else memory.delete(k);
    attempt((s) => (unanswered ? s.setItem(k, '1') : s.removeItem(k)));
  };
  return {
    load(record, field) {
      let raw = memory.get(key(record, field)) ?? null;
      if (raw === null)
        attempt((s) => {
          raw = s.getItem(key(record, field));
        });
      try {
        return raw === null ? undefined : (JSON.parse(raw) as DraftValue);
      } catch {
        return undefined;
      }
    },
    save(record, field, value) {
      const text = JSON.stringify(value);
      memory.set(key(record, field), text);
      attempt((s) => s.setItem(key(record, field), text));
    },
    clear(record, field) {
      memory.delete(key(record, field));
      attempt((s) => s.removeItem(key(record, field)));
      markUnanswered(record, field, false);
    },
    markUnanswered,
    unanswered(record, field) {
      const k = `${key(record, field)}:unanswered`;
      let found = memory.has(k);
      if (!found)
        attempt((s) => {
          found = s.getItem(k) !== null;
        });
      return found;
    },
  };
}
