import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import type { DraftValue } from '../blueprint/draft.ts';
import type { CrmClient, PageContext, RecordRef } from '../crm/crm-client.ts';
import { failureOf } from '../crm/crm-error.ts';
import { editorServices } from '../crm/editor-services.ts';
import { openStepper } from '../flow/load-stepper.ts';
import { sendTransition, type SendMode } from '../flow/send-transition.ts';
import type { LoadedMessages } from '../i18n/load-messages.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import { TranslateContext } from './i18n-context.ts';
import { loadTransitionForm } from './lazy-transition-form.tsx';
import { LoadingSkeleton } from './loading-skeleton.tsx';
import { ScreenView } from './screen-view.tsx';
import type { FormHandlers } from './transition-form.tsx';
import { useFrameResize } from './use-frame-resize.ts';
import { useLatestSignal } from './use-abort-signals.ts';
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
  // A ref, not state: two clicks in one frame both see the state before either re-render.
  const sending = useRef(false);
  const [nextLoad, nextSend] = [useLatestSignal(), useLatestSignal()];
  const services = useMemo(() => editorServices(client), [client]);
  useFrameResize(client);

  const load = useCallback(
    (record: RecordRef) => {
      const signal = nextLoad();
      dispatch({ type: 'loading', record });
      // A rejection means aborted: a newer load took over, or the widget went.
      openStepper(client, drafts, record, signal).then((loaded) => dispatch({ type: 'loaded', ...loaded }), () => undefined);
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

  // Every change to a draft is kept at once (a layout effect runs with the render, not a frame later), so
  // closing the popup mid-sentence loses nothing.
  const { form, screen } = state;
  const record = currentRecord(state);
  useLayoutEffect(() => {
    if (form && record && form.drafts !== form.initial) drafts.save(record, form.transition.id, form.drafts);
  }, [form?.drafts, drafts]);

  const submit = useCallback(
    async (mode: SendMode) => {
      const { form, screen } = latest.current;
      if (!form || screen.status !== 'ready' || sending.current) return;
      // Held from here: the checks wait for their code, and a second click must not slip in meanwhile.
      sending.current = true;
      const id = form.transition.id;
      try {
        const outcome = await sendTransition(client, screen.data, form, mode, nextSend(), {
          onSending: () => dispatch({ type: 'send-start', mode }),
          onDone: () => drafts.clear(screen.data.record, id),
        });
        dispatch({ type: 'sent', outcome });
        const first = outcome.kind === 'stopped' ? outcome.stopping[0] : undefined;
        if (first) setTimeout(() => document.getElementById(`form-${id}-${first.key}`)?.focus(), 0);
      } catch {
        // Aborted: the widget went.
      } finally {
        sending.current = false;
      }
    },
    [client, drafts, nextSend],
  );
  const handlers = useMemo<FormHandlers>(
    () => ({
      onEdit: (key: string, value: DraftValue) => dispatch({ type: 'edit', key, value }),
      onTouch: (key: string) => dispatch({ type: 'touch', key }),
      onSubmit: (mode) => void submit(mode),
      onCancel: () => {
        const record = currentRecord(latest.current);
        if (record && !sending.current) drafts.forgetOpen(record);
        dispatch({ type: 'close-form' });
      },
    }),
    [submit, drafts],
  );
  const onOpen = useCallback(
    (id: string) => {
      const record = currentRecord(latest.current);
      const restored = record ? drafts.load(record, id) : null;
      dispatch({ type: 'open-form', transitionId: id, ...(restored ? { restored } : {}) });
    },
    [drafts],
  );
  // Without a record the SDK never connected; only a fresh start of the page can connect it.
  const retry = useCallback(() => (record ? load(record) : window.location.reload()), [record, load]);

  // Texts follow the user's CRM locale once known; until then the browser's.
  const translate = useTexts(screen.status === 'ready' ? screen.data.context.formats.locale : props.initialLocale, props.loadMessages);
  useEffect(() => {
    if (screen.status !== 'ready' || !translate) return;
    if (performance.getEntriesByName(MARK_STEPPER_SHOWN).length === 0) performance.mark(MARK_STEPPER_SHOWN);
    // The form's code comes after the first screen, before the rep can pick a transition.
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
        <ScreenView state={state} services={services} handlers={handlers} celebrations={props.celebrations} onOpen={onOpen} onRetry={retry} />
      </main>
    </TranslateContext.Provider>
  );
}
