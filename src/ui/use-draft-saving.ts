import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Drafts } from '../fields/contract.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import { currentRecord, type Action, type WidgetState } from './widget-state.ts';

/** How often, at most, the drafts go to storage while the rep types (issue 13 goal 3). */
export const SAVE_EVERY_MS = 250;

/** Keeps what the rep types in the DraftStore, at most every SAVE_EVERY_MS, and at once when it matters. */
export interface DraftSaving {
  /** The drafts of a transition changed: they are saved within SAVE_EVERY_MS (the last of them, once). */
  keep(record: RecordRef, transitionId: string, drafts: Drafts): void;
  /** Saves what waits now: before a send, when the form closes or another opens, when the page goes. */
  flush(): void;
  /** Forgets what waits for a transition without saving it (its drafts were sent, or are being cleared). */
  drop(transitionId: string): void;
  /** Whether these very drafts were handed to `keep` last (saved or waiting). */
  kept(drafts: Drafts): boolean;
}

/**
 * A trailing throttle in front of `store.save`: the first change starts a wait of `every` ms, changes meanwhile
 * only replace what waits, and the wait's end saves the last of them. `onSaved` runs after each save.
 */
export function throttledSaving(
  store: Pick<DraftStore, 'save'>,
  onSaved: () => void,
  every: number = SAVE_EVERY_MS,
): DraftSaving & { dispose(): void } {
  let waiting: { record: RecordRef; transitionId: string; drafts: Drafts } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: Drafts | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const next = waiting;
    waiting = null;
    if (!next) return;
    store.save(next.record, next.transitionId, next.drafts);
    onSaved();
  };
  return {
    keep: (record, transitionId, drafts) => {
      // Another record or transition: what waited for the one before goes first.
      if (waiting && (waiting.transitionId !== transitionId || waiting.record.recordId !== record.recordId)) flush();
      waiting = { record, transitionId, drafts };
      last = drafts;
      timer ??= setTimeout(flush, every);
    },
    flush,
    drop: (transitionId) => {
      if (waiting?.transitionId !== transitionId) return;
      waiting = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    kept: (drafts) => drafts === last,
    dispose: flush,
  };
}

/**
 * The App's draft saving: what the rep types (use-form-actions.ts hands it on without a render) and drafts the
 * state sets (a restored visit), saved at most every 250 ms and flushed when the page is hidden or goes
 * (`pagehide`, `visibilitychange`), and when the widget unmounts, so closing the popup mid-sentence loses nothing.
 * When the browser refuses storage, the drafts live in memory only: the rep is told once, quietly.
 */
export function useDraftSaving(store: DraftStore, state: WidgetState, dispatch: (action: Action) => void): DraftSaving {
  const toldRefused = useRef(false);
  const saving = useMemo(
    () =>
      throttledSaving(store, () => {
        if (store.refused() && !toldRefused.current) {
          toldRefused.current = true;
          dispatch({ type: 'storage-refused' });
        }
      }),
    [store],
  );
  // A layout effect: its cleanup runs as the widget unmounts (a passive one's waits for a later frame), so what
  // waits is saved before anything else can read the store.
  useLayoutEffect(() => {
    const hidden = () => document.visibilityState === 'hidden' && saving.flush();
    window.addEventListener('pagehide', saving.flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', saving.flush);
      document.removeEventListener('visibilitychange', hidden);
      saving.dispose();
    };
  }, [saving]);
  // Drafts the state itself brings (a restored visit over the record's values) are kept like typed ones, from
  // the commit that shows them (a layout effect: a Cancel right after cannot come before it).
  const { form } = state;
  const record = currentRecord(state);
  useLayoutEffect(() => {
    if (!form || !record || form.drafts === form.initial || saving.kept(form.drafts)) return;
    saving.keep(record, form.transition.id, form.drafts);
  }, [form?.drafts, saving]);
  return saving;
}
