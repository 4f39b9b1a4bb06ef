import { useCallback, useEffect, useReducer, useRef } from 'preact/hooks';
import type { CrmClient, PageContext, RecordRef } from '../crm/crm-client.ts';
import { failureOf } from '../crm/crm-error.ts';
import { openStepper } from '../flow/load-stepper.ts';
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

/** User Timing marks for the benchmark (test/tools/bench.ts): the CRM's PageLoad, and the first stepper shown. */
export const MARK_PAGE_LOAD = 'blueprint-stepper:page-load';
export const MARK_STEPPER_SHOWN = 'blueprint-stepper:stepper-shown';

/** The widget's wiring: the state, effects that run the flows (src/flow/), and the views. */
export function App(props: {
  client: CrmClient;
  page: Promise<PageContext>;
  drafts: DraftStore;
  /** Whether the rep wants a short celebration on a win. */
  celebrations: { enabled(): boolean; set(on: boolean): void };
  /** Loads the texts for a locale (app/translations/<locale>.json), falling back to English. */
  loadMessages: (locale: string) => Promise<LoadedMessages>;
  /** The locale to use until the CRM says the user's (the browser's). */
  initialLocale: string;
}) {
  const { client, page, drafts } = props;
  const [state, dispatch] = useReducer(reduce, initialState);
  const latest = useRef(state);
  latest.current = state;
  const nextLoad = useLatestSignal();
  useFrameResize(client);

  const load = useCallback(
    (record: RecordRef) => {
      const signal = nextLoad();
      dispatch({ type: 'loading', record });
      // A rejection means aborted: a newer load took over, or the widget went.
      openStepper(client, drafts, record, signal).then(
        (loaded) => {
          const code = loadedTransitionForm();
          dispatch({ type: 'loaded', ...loaded, ...(code ? { initialDrafts: code.initialDrafts } : {}) });
          // The stage history, when it came after the first screen, refines the path (docs/architecture.md).
          const late = loaded.result.kind === 'ready' ? loaded.result.history : undefined;
          void late?.then((history) => signal.aborted || dispatch({ type: 'history', history }));
        },
        () => undefined,
      );
    },
    [client, drafts, nextLoad],
  );
  useEffect(() => {
    page.then(
      (ctx) => {
        performance.mark(MARK_PAGE_LOAD);
        load(ctx.record);
      },
      (reason: unknown) => dispatch({ type: 'connect-failed', error: failureOf(reason, 'PageLoad') }),
    );
  }, [page, load]);

  const { screen } = state;
  const record = currentRecord(state);
  const saving = useDraftSaving(drafts, state, dispatch);

  // A form opened before its code came gets its starting values when the code arrives.
  useEffect(() => onTransitionFormLoaded((m) => dispatch({ type: 'form-code', initialDrafts: m.initialDrafts })), []);

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
    if (performance.getEntriesByName(MARK_STEPPER_SHOWN).length === 0) performance.mark(MARK_STEPPER_SHOWN);
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
