import type { Drafts } from '../fields/contract.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import type { DraftStore } from '../storage/draft-store.ts';

/** Keeps what the rep types in the DraftStore, at most every SAVE_EVERY_MS (use-draft-saving.ts), and at once when it matters. */
export interface DraftSaving {
  /**
   * The drafts of a transition changed: they are saved within SAVE_EVERY_MS (the last of them, once). `initial`
   * is the record's values the form opened with: only what differs from them is written (see typedOver).
   */
  keep(record: RecordRef, transitionId: string, drafts: Drafts, initial: Drafts): void;
  /** Saves what waits now: before a send, when the form closes or another opens, when the page goes. */
  flush(): void;
  /** Forgets what waits for a transition without saving it (its drafts were sent, or are being cleared). */
  drop(transitionId: string): void;
  /** Whether these very drafts were handed to `keep` last (saved or waiting). */
  kept(drafts: Drafts): boolean;
}

/**
 * A trailing throttle in front of `store.save` (use-draft-saving.ts makes it, with SAVE_EVERY_MS): the first
 * change starts a wait of `every` ms, changes meanwhile only replace what waits, and the wait's end saves the last
 * of them. `onSaved` runs after each save.
 */
export function throttledSaving(
  store: Pick<DraftStore, 'save'>,
  onSaved: () => void,
  every: number,
): DraftSaving & { dispose(): void } {
  let waiting: { record: RecordRef; transitionId: string; drafts: Drafts; initial: Drafts } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: Drafts | null = null;
  const stopWaiting = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const flush = () => {
    stopWaiting();
    const next = waiting;
    waiting = null;
    if (!next) return;
    store.save(next.record, next.transitionId, typedOver(next.drafts, next.initial));
    onSaved();
  };
  return {
    keep: (record, transitionId, drafts, initial) => {
      // Another record or transition: what waited for the one before goes first.
      if (waiting && (waiting.transitionId !== transitionId || waiting.record.recordId !== record.recordId)) flush();
      waiting = { record, transitionId, drafts, initial };
      last = drafts;
      timer ??= setTimeout(flush, every);
    },
    flush,
    drop: (transitionId) => {
      if (waiting?.transitionId !== transitionId) return;
      waiting = null;
      stopWaiting();
    },
    kept: (drafts) => drafts === last,
    dispose: flush,
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
