import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { CrmClient, PageContext, RecordRef } from '../crm/crm-client.ts';
import { failureOf } from '../crm/crm-error.ts';
import { openStepper, type LoadHooks } from '../flow/load-stepper.ts';
import type { LoadedMessages } from '../i18n/load-messages.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import { TranslateContext } from './i18n-context.ts';
import { loadedTransitionForm, loadTransitionForm, onTransitionFormLoaded } from './lazy-transition-form.tsx';
import { LoadingSkeleton } from './loading-skeleton.tsx';
import { ScreenView } from './screen-view.tsx';
import { useDraftSaving } from './use-draft-saving.ts';
import { useFrameResize } from './use-frame-resize.ts';
import { useLatestSignal } from './use-abort-signals.ts';
import { useFormActions } from './use-form-actions.ts';
import { useTexts } from './use-texts.ts';
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

/** The widget's wiring: the state, effects that run the flows (src/flow/), and the views. */
export function App(props: {
  client: CrmClient;
  page: Promise<PageContext>;
  /**
   * The first screen's load, started by the page when the CRM's PageLoad came (startFirstLoad); without it the
   * App starts it itself when `page` resolves. Rejects as `page` does when the SDK never connected.
   */
  first?: Promise<FirstLoad>;
  drafts: DraftStore;
  /** Whether the rep wants a short celebration on a win. */
  celebrations: { enabled(): boolean; set(on: boolean): void };
  /** Loads the texts for a locale (app/translations/<locale>.json), falling back to English. */
  loadMessages: (locale: string) => Promise<LoadedMessages>;
  /** The locale to use until the CRM says the user's (the browser's, or the user's from the last open). */
  initialLocale: string;
}) {
  const { client, page, drafts } = props;
  const [state, dispatch] = useReducer(reduce, initialState);
  const latest = useRef(state);
  latest.current = state;
  const nextLoad = useLatestSignal();
  useFrameResize(client, page);
  // Asked for during the first render at the latest (not in an effect after it) when the page did not start it.
  const [first] = useState(() => props.first ?? page.then((ctx) => startFirstLoad(client, drafts, ctx.record)));

  /** Shows a load's answer when it comes, then refines the path with the history and states that come later. */
  const show = useCallback((opened: Promise<Opened>, signal: AbortSignal, again: () => void) => {
    // A rejection means aborted: a newer load took over, or the widget went.
    opened.then(
      (loaded) => {
        const code = loadedTransitionForm();
        dispatch({ type: 'loaded', ...loaded, ...(code ? { initialDrafts: code.withStartingValues } : {}) });
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

  const { screen } = state;
  const record = currentRecord(state);
  const saving = useDraftSaving(drafts, state, dispatch);

  // A form opened before its code came gets its starting values when the code arrives.
  useEffect(
    () => onTransitionFormLoaded((m) => dispatch({ type: 'form-code', initialDrafts: m.withStartingValues })),
    [],
  );

  const { handlers, onOpen } = useFormActions(client, drafts, latest, dispatch, saving);
  // Without a record the SDK never connected; only a fresh start of the page can connect it.
  const retry = useCallback(() => (record ? load(record) : window.location.reload()), [record, load]);

  // Texts follow the user's CRM locale once known; until then the browser's.
  const translate = useTexts(
    screen.status === 'ready' ? screen.data.context.formats.locale : props.initialLocale,
    props.loadMessages,
  );
  useEffect(() => {
    if (screen.status !== 'ready' || !translate) return;
    // The form's code, with the send flow and the checks a send runs (one chunk), comes after the first screen,
    // before the rep can pick a transition.
    loadTransitionForm().catch(() => undefined);
  }, [screen.status, translate !== null]);

  if (!translate) {
    return (
      <main class="widget">
        <LoadingSkeleton />
      </main>
    );
  }
  return (
    <TranslateContext.Provider value={translate}>
      <main class="widget">
        <ScreenView
          state={state}
          client={client}
          handlers={handlers}
          celebrations={props.celebrations}
          onOpen={onOpen}
          onRetry={retry}
        />
      </main>
    </TranslateContext.Provider>
  );
}
