import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Drafts } from '../fields/contract.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import { loadedTransitionForm } from './lazy-transition-form.tsx';
import type { DraftSaving } from './throttled-saving.ts';
import { currentRecord, type Action, type WidgetState } from './widget-state.ts';

/** How often, at most, the drafts go to storage while the rep types (issue 13 goal 3). */
export const SAVE_EVERY_MS = 250;

export type { DraftSaving };

/**
 * The App's draft saving: what the rep types (use-form-actions.ts hands it on without a render) and drafts the
 * state sets (a restored visit), saved at most every 250 ms and flushed when the page is hidden or goes
 * (`pagehide`, `visibilitychange`), and when the widget unmounts, so closing the popup mid-sentence loses nothing.
 * When the browser refuses storage, the drafts live in memory only: the rep is told once, quietly.
 */
export function useDraftSaving(store: DraftStore, state: WidgetState, dispatch: (action: Action) => void): DraftSaving {
  const toldRefused = useRef(false);
  const saving = useMemo(() => {
    let made: (DraftSaving & { dispose(): void }) | undefined;
    // Made with the form's code (throttled-saving.ts): only a form, which waits for that code, keeps drafts,
    // so nothing waits to be saved before it is in.
    const throttle = () =>
      (made ??= loadedTransitionForm()!.throttledSaving(
        store,
        () => {
          if (store.refused() && !toldRefused.current) {
            toldRefused.current = true;
            dispatch({ type: 'storage-refused' });
          }
        },
        SAVE_EVERY_MS,
      ));
    return {
      keep: (record: RecordRef, transitionId: string, drafts: Drafts, initial: Drafts) =>
        throttle().keep(record, transitionId, drafts, initial),
      flush: () => made?.flush(),
      drop: (transitionId: string) => made?.drop(transitionId),
      kept: (drafts: Drafts) => made?.kept(drafts) === true,
      dispose: () => made?.dispose(),
    };
  }, [store]);
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
    saving.keep(record, form.transition.id, form.drafts, form.initial);
  }, [form?.drafts, saving]);
  return saving;
}
