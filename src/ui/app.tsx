import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { DraftValue } from '../blueprint/draft.ts';
import type { CrmClient, PageContext, RecordRef } from '../crm/crm-client.ts';
import type { DraftStore } from '../flow/draft-store.ts';
import { editorServices } from '../flow/editor-services.ts';
import { closeAfterTransition } from '../flow/after-transition.ts';
import { isWon } from '../flow/celebration.ts';
import { failureOf, loadStepper, reloadBlueprint } from '../flow/load-stepper.ts';
import { describeError } from './describe-error.ts';
import { msg } from '../i18n/message.ts';
import type { LoadedMessages } from '../i18n/load-messages.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';
import { TranslateContext } from './i18n-context.ts';
import { DisabledPanel } from './disabled-panel.tsx';
import { loadTransitionForm } from './lazy-transition-form.tsx';
import { ProblemPanel } from './problem-panel.tsx';
import { StepperView } from './stepper-view.tsx';
import type { FormHandlers } from './transition-form.tsx';
import { useFrameResize } from './use-frame-resize.ts';
import { initialState, reduce, type WidgetState } from './widget-state.ts';

/** User Timing marks for the benchmark (test/tools/bench.ts): the CRM's PageLoad, and the first stepper shown. */
export const MARK_PAGE_LOAD = 'blueprint-stepper:page-load';
export const MARK_STEPPER_SHOWN = 'blueprint-stepper:stepper-shown';

/** The widget: owns the state and every call to the CRM; the views below it only render and report. */
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
  const current = useRef<WidgetState>(state);
  current.current = state;
  const record = useRef<RecordRef | null>(null);
  const loading = useRef<AbortController | null>(null);
  // A ref, not state: two clicks in one frame both see the state before either re-render.
  const sending = useRef(false);
  const services = useMemo(() => editorServices(client), [client]);

  useFrameResize(client);

  const load = useCallback(
    async (ref: RecordRef) => {
      loading.current?.abort();
      const controller = new AbortController();
      loading.current = controller;
      dispatch({ type: 'loading', record: ref });
      try {
        const result = await loadStepper(client, ref, controller.signal);
        dispatch({ type: 'loaded', result });
        if (result.kind === 'ready' && result.history) {
          void result.history.then((history) => controller.signal.aborted || dispatch({ type: 'history', history }));
        }
        // Reopen the transition the rep was filling in before a failure, a closed popup or a reload.
        const open = result.kind === 'ready' ? drafts.lastOpen(ref) : null;
        const restored = open ? drafts.load(ref, open) : null;
        if (open && restored) dispatch({ type: 'open-form', transitionId: open, restored });
      } catch (reason) {
        if (!controller.signal.aborted) dispatch({ type: 'loaded', result: { kind: 'failed', error: failureOf(reason, 'load') } });
      }
    },
    [client, drafts],
  );

  useEffect(() => {
    page.then(
      (ctx) => {
        performance.mark(MARK_PAGE_LOAD);
        record.current = ctx.record;
        void load(ctx.record);
      },
      (reason: unknown) => dispatch({ type: 'connect-failed', error: failureOf(reason, 'PageLoad') }),
    );
    return () => loading.current?.abort();
  }, [page, load]);

  // Every change to a draft is kept at once (a layout effect runs with the render, not a frame later), so
  // closing the popup mid-sentence loses nothing.
  const form = state.form;
  useLayoutEffect(() => {
    if (form && record.current && form.drafts !== form.initial) drafts.save(record.current, form.transition.id, form.drafts);
  }, [form?.drafts, drafts]);

  const retry = useCallback(() => {
    // Without a record the SDK never connected; only a fresh start of the page can connect it.
    if (record.current) void load(record.current);
    else window.location.reload();
  }, [load]);

  const submit = useCallback(
    async (mode: 'complete' | 'partial') => {
      const { form, screen } = current.current;
      if (!form || screen.status !== 'ready' || sending.current) return;
      // Held from here: the checks wait for the form's code, and a second click must not slip in meanwhile.
      sending.current = true;
      const ctx = screen.data.context;
      let prepared;
      try {
        prepared = (await loadTransitionForm()).prepareSend(form, ctx, mode);
      } catch {
        sending.current = false;
        return;
      }
      if (prepared.stopping.length > 0) {
        sending.current = false;
        dispatch({ type: 'show-all-errors' });
        const first = prepared.stopping[0];
        if (first) setTimeout(() => document.getElementById(`form-${form.transition.id}-${first.key}`)?.focus(), 0);
        return;
      }
      dispatch({ type: 'send-start', mode });
      const t = form.transition;
      const ref = screen.data.record;
      try {
        const outcome = await client.updateBlueprint(ref, t.id, prepared.data);
        if (outcome.result === 'done') drafts.clear(ref, t.id);
        if (outcome.result === 'done' && (await closeAfterTransition(client, screen.data.settings.afterTransition))) return;
        const result = await reloadBlueprint(client, screen.data);
        const fresh = result.kind === 'ready' ? result.data.blueprint.transitions.find((x) => x.id === t.id) : undefined;
        const won = outcome.result === 'done' && result.kind === 'ready' && isWon(result.data);
        dispatch({
          type: 'loaded',
          result,
          keepForm: outcome.result === 'partial',
          notice:
            outcome.result === 'done'
              ? { tone: 'success', celebrate: won, text: t.targetState ? msg(won ? 'notice.won' : 'notice.moved', { state: t.targetState }) : msg('notice.done', { name: t.name }) }
              : { tone: 'info', text: msg('notice.partial', { name: t.name, percent: fresh?.percentPartialSave ?? 0 }) },
        });
      } catch (reason) {
        const error = failureOf(reason, 'updateBluePrint');
        // A refusal that blames no field may mean the transition is gone (someone moved the record meanwhile):
        // look again, and if it is, show where the record stands now. The drafts stay in the store.
        if (error.kind === 'api' && !error.fieldApiName && (error.code === 'INVALID_DATA' || error.code === 'RECORD_NOT_IN_PROCESS')) {
          const result = await reloadBlueprint(client, screen.data);
          const gone = result.kind !== 'ready' || !result.data.blueprint.transitions.some((x) => x.id === t.id);
          if (gone) {
            dispatch({ type: 'loaded', result, notice: { tone: 'info', text: msg('notice.gone', { name: t.name }) } });
            return;
          }
        }
        dispatch({ type: 'send-failed', error });
      } finally {
        sending.current = false;
      }
    },
    [client, drafts],
  );

  const handlers = useMemo<FormHandlers>(
    () => ({
      onEdit: (key: string, value: DraftValue) => dispatch({ type: 'edit', key, value }),
      onTouch: (key: string) => dispatch({ type: 'touch', key }),
      onSubmit: (mode) => void submit(mode),
      onCancel: () => {
        if (record.current && !sending.current) drafts.forgetOpen(record.current);
        dispatch({ type: 'close-form' });
      },
    }),
    [submit, drafts],
  );
  const onOpen = useCallback(
    (id: string) => {
      const restored = record.current ? drafts.load(record.current, id) : null;
      dispatch({ type: 'open-form', transitionId: id, ...(restored ? { restored } : {}) });
    },
    [drafts],
  );

  const { screen } = state;
  // Texts follow the user's CRM locale once known; until then the browser's. The skeleton shows until the
  // texts for the wanted locale are in, so the rep never sees one language switch to another.
  const wanted = screen.status === 'ready' ? screen.data.context.formats.locale : props.initialLocale;
  const [texts, setTexts] = useState<{ wanted: string; t: Translate } | null>(null);
  const { loadMessages } = props;
  useEffect(() => {
    let live = true;
    void loadMessages(wanted).then(({ locale, messages }) => {
      if (!live) return;
      document.documentElement.lang = locale;
      setTexts({ wanted, t: createTranslator(locale, messages, {}) });
    });
    return () => {
      live = false;
    };
  }, [wanted, loadMessages]);
  const textsReady = texts !== null && texts.wanted === wanted;

  useEffect(() => {
    if (screen.status !== 'ready' || !textsReady) return;
    if (performance.getEntriesByName(MARK_STEPPER_SHOWN).length === 0) performance.mark(MARK_STEPPER_SHOWN);
    // The form's code comes after the first screen, before the rep can pick a transition.
    loadTransitionForm().catch(() => undefined);
  }, [screen.status, textsReady]);

  if (!textsReady || !texts) {
    return (
      <main class="widget">
        <LoadingSkeleton />
      </main>
    );
  }
  const t = texts.t;
  return (
    <TranslateContext.Provider value={t}>
    <main class="widget">
      {screen.status === 'connecting' || screen.status === 'loading' ? (
        <LoadingSkeleton label={t('loading')} />
      ) : screen.status === 'failed' ? (
        <ProblemPanel text={describeError(screen.error)} onRetry={retry} />
      ) : screen.status === 'disabled' ? (
        <DisabledPanel entity={screen.record.entity} recordName={screen.recordName} />
      ) : screen.status === 'no-blueprint' ? (
        <ProblemPanel
          text={{
            title: screen.recordName ? msg('noBlueprint.title', { name: screen.recordName }) : msg('noBlueprint.titleUnnamed'),
            fix: msg('noBlueprint.fix'),
            detail: null,
            retry: true,
          }}
          retryLabel={t('noBlueprint.checkAgain')}
          onRetry={retry}
        />
      ) : (
        <StepperView
          data={screen.data}
          form={state.form}
          notice={state.notice}
          services={services}
          onOpen={onOpen}
          handlers={handlers}
          celebrations={props.celebrations}
        />
      )}
    </main>
    </TranslateContext.Provider>
  );
}

function LoadingSkeleton(props: { label?: string }) {
  return (
    <div class="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">
        {props.label ?? ''}
      </span>
      <div class="skeleton__line skeleton__line--title" />
      <div class="skeleton__path">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} class="skeleton__step" />
        ))}
      </div>
      <div class="skeleton__line" />
      <div class="skeleton__line skeleton__line--short" />
    </div>
  );
}
