import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { CrmClient, PageContext, RecordRef } from '../crm/crm-client.ts';
import { failureOf } from '../crm/crm-error.ts';
import { openStepper, type LoadHooks } from '../flow/load-stepper.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import { useLatestSignal } from './use-abort-signals.ts';
import { currentRecord, initialState, reduce } from './widget-state.ts';

/** What opening a record's stepper came to (openStepper's answer). */
type Opened = Awaited<ReturnType<typeof openStepper>>;

/** A record's first screen, its calls already out: the page starts it in the CRM's PageLoad handler (main.tsx). */
export interface FirstLoad {
  record: RecordRef;
  opened: Promise<Opened>;
  /** Aborts the calls (a retry or a newer load took over, or the widget went). */
  controller: AbortController;
}

/**
 * Starts loading a record's first screen at once: the moment the CRM says which record, not in an effect after
 * the skeleton has rendered. `hooks.userKnown` hears the user's answer as soon as it comes (their texts).
 */
export function startFirstLoad(
  client: CrmClient,
  drafts: DraftStore,
  record: RecordRef,
  hooks: LoadHooks = {},
): FirstLoad {
  const controller = new AbortController();
  return { record, controller, opened: openStepper(client, drafts, record, controller.signal, hooks) };
}

/**
 * The widget's state, and the effects that load the stepper into it: the first load (`first`, or one started
 * when `page` resolves), then what comes after it (the stage history, the field list, a late blueprint).
 * `retry` loads the record again (or, never connected, reloads the page).
 */
export function useStepperLoad(
  client: CrmClient,
  drafts: DraftStore,
  page: Promise<PageContext>,
  started?: Promise<FirstLoad>,
) {
  const [state, dispatch] = useReducer(reduce, initialState);
  const latest = useRef(state);
  latest.current = state;
  const nextLoad = useLatestSignal();
  // Asked for during the first render at the latest (not in an effect after it) when the page did not start it.
  const [first] = useState(() => started ?? page.then((ctx) => startFirstLoad(client, drafts, ctx.record)));

  /** Shows a load's answer when it comes, then refines the path with the history and states that come later. */
  const show = useCallback((opened: Promise<Opened>, signal: AbortSignal, again: () => void) => {
    // A rejection means aborted: a newer load took over, or the widget went.
    opened.then(
      (loaded) => {
        dispatch({ type: 'loaded', ...loaded });
        // The CRM answered the blueprint after all, past the deadline: load again, as Try again would.
        if (loaded.result.kind === 'failed') void loaded.result.answered?.then(() => signal.aborted || again());
        // The stage history and the field list, when they came after the first screen, refine the path
        // (docs/architecture.md, "The first screen").
        if (loaded.result.kind !== 'ready') return;
        const { history, states } = loaded.result;
        void history?.then((h) => signal.aborted || dispatch({ type: 'history', history: h }));
        void states?.then((s) => signal.aborted || dispatch({ type: 'states', states: s }));
      },
      () => undefined,
    );
  }, []);
  const load = useCallback(
    (record: RecordRef) => {
      const signal = nextLoad();
      dispatch({ type: 'loading', record });
      show(openStepper(client, drafts, record, signal), signal, () => load(record));
    },
    [client, drafts, nextLoad, show],
  );
  useEffect(() => {
    let live = true;
    first.then(
      ({ record, opened, controller }) => {
        if (!live) return controller.abort();
        // A load started later (a retry) aborts this one; so does the widget going.
        nextLoad().addEventListener('abort', () => controller.abort());
        dispatch({ type: 'loading', record });
        show(opened, controller.signal, () => load(record));
      },
      (reason: unknown) => dispatch({ type: 'connect-failed', error: failureOf(reason, 'PageLoad') }),
    );
    return () => {
      live = false;
    };
  }, [first, nextLoad, show, load]);

  const record = currentRecord(state);
  // Without a record the SDK never connected; only a fresh start of the page can connect it.
  const retry = useCallback(() => (record ? load(record) : window.location.reload()), [record, load]);
  return { state, dispatch, latest, retry };
}
