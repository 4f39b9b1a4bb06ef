import type { DraftValue } from '../fields/contract.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import { keptText } from './kept-text.ts';

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
 * KeyFieldDrafts on session storage (the CRM tab's life, never shared with other tabs), kept in memory too for the
 * page's life (kept-text.ts), so a storage the browser refuses loses nothing while the popup stays open.
 */
export function sessionKeyFieldDrafts(storage: Storage | null): KeyFieldDrafts {
  const key = (r: RecordRef, field: string) => `blueprint-stepper:key-field:${r.entity}:${r.recordId}:${field}`;
  const kept = keptText(storage);
  const markUnanswered = (record: RecordRef, field: string, unanswered: boolean) => {
    const k = `${key(record, field)}:unanswered`;
    if (unanswered) kept.write(k, '1');
    else kept.remove(k);
  };
  return {
    load(record, field) {
      const raw = kept.read(key(record, field));
      try {
        return raw === null ? undefined : (JSON.parse(raw) as DraftValue);
      } catch {
        return undefined;
      }
    },
    save: (record, field, value) => kept.write(key(record, field), JSON.stringify(value)),
    clear(record, field) {
      kept.remove(key(record, field));
      markUnanswered(record, field, false);
    },
    markUnanswered,
    unanswered: (record, field) => kept.read(`${key(record, field)}:unanswered`) !== null,
  };
}
