import type { Drafts } from '../fields/contract.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import type { LiveForm } from './live-form.ts';

/** Keeps what the rep types in the DraftStore, at most every SAVE_EVERY_MS (form-session.ts), and at once when it matters. */
export interface DraftSaving {
  /**
   * A form's values changed: they are saved within SAVE_EVERY_MS, as they are then. Only what differs from the
   * record's values the form opened with is written (see typedOver). The values are read where they live, not
   * copied: what waits is which form, not a second copy of its values.
   */
  keep(record: RecordRef, values: LiveForm): void;
  /** Saves what waits now: before a send, when the form closes or another opens, when the page goes. */
  flush(): void;
  /** Whether these very values were handed to `keep` last (saved or waiting). */
  kept(values: LiveForm): boolean;
}

/**
 * A trailing throttle in front of `store.save` (form-session.ts makes it, with SAVE_EVERY_MS): the first change
 * starts a wait of `every` ms, changes meanwhile only add to it, and the wait's end saves the values as they are
 * then. `onSaved` runs after each save.
 */
export function throttledSaving(store: Pick<DraftStore, 'save'>, onSaved: () => void, every: number): DraftSaving {
  let waiting: { record: RecordRef; values: LiveForm } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: LiveForm | null = null;
  const stopWaiting = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const flush = () => {
    stopWaiting();
    const next = waiting;
    waiting = null;
    if (!next) return;
    store.save(next.record, next.values.transitionId, typedOver(next.values.typed(), next.values.initial));
    onSaved();
  };
  return {
    keep: (record, values) => {
      // Another form or record: what waited for the one before goes first.
      if (waiting && (waiting.values !== values || waiting.record.recordId !== record.recordId)) flush();
      waiting = { record, values };
      last = values;
      timer ??= setTimeout(flush, every);
    },
    flush,
    kept: (values) => values === last,
  };
}

/**
 * The drafts that differ from the record's values the form opened with: what the rep changed, which is all a
 * restore needs (it lays the kept drafts over the record's values as they are then: starting-values.ts). Kept
 * whole, a 300-field form wrote every value on each save (about 4 ms at 4× CPU, every 250 ms of typing), and a
 * restore put back, over values the record had since taken in the CRM, old copies of fields the rep never touched.
 */
function typedOver(drafts: Drafts, initial: Drafts): Drafts {
  const out: Drafts = {};
  for (const key of Object.keys(drafts)) if (drafts[key] !== initial[key]) out[key] = drafts[key]!;
  return out;
}
