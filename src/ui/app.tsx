import { useCallback, useEffect, useReducer, useRef } from 'preact/hooks';
import { encodeTransitionData } from '../blueprint/form-values.ts';
import type { CrmClient, PageContext, RecordRef } from '../crm/crm-client.ts';
import { closeAfterTransition } from '../flow/after-transition.ts';
import { failureOf, loadStepper, reloadBlueprint } from '../flow/load-stepper.ts';
import { describeError } from './describe-error.ts';
import { DisabledPanel } from './disabled-panel.tsx';
import { ProblemPanel } from './problem-panel.tsx';
import { StepperView } from './stepper-view.tsx';
import { blockingFields, initialState, reduce, type WidgetState } from './widget-state.ts';
import { useFrameResize } from './use-frame-resize.ts';

/** User Timing marks for the benchmark (test/tools/bench.ts): the CRM's PageLoad, and the first stepper shown. */
export const MARK_PAGE_LOAD = 'blueprint-stepper:page-load';
export const MARK_STEPPER_SHOWN = 'blueprint-stepper:stepper-shown';

/** The widget: owns the state and every call to the CRM; the views below it only render and report. */
export function App(props: { client: CrmClient; page: Promise<PageContext> }) {
  const { client, page } = props;
  const [state, dispatch] = useReducer(reduce, initialState);
  const current = useRef<WidgetState>(state);
  current.current = state;
  const record = useRef<RecordRef | null>(null);
  const loading = useRef<AbortController | null>(null);
  // A ref, not state: two clicks in one frame both see the state before either re-render.
  const sending = useRef(false);

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
      } catch (reason) {
        if (!controller.signal.aborted) dispatch({ type: 'loaded', result: { kind: 'failed', error: failureOf(reason, 'load') } });
      }
    },
    [client],
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

  const retry = useCallback(() => {
    // Without a record the SDK never connected; only a fresh start of the page can connect it.
    if (record.current) void load(record.current);
    else window.location.reload();
  }, [load]);

  const submit = useCallback(async () => {
    const { form, screen } = current.current;
    if (!form || screen.status !== 'ready' || sending.current) return;
    const missing = blockingFields(form);
    if (missing.length > 0) {
      dispatch({ type: 'show-all-errors' });
      const first = missing[0];
      if (first) setTimeout(() => document.getElementById(`form-${form.transition.id}-${first.apiName}`)?.focus(), 0);
      return;
    }
    sending.current = true;
    dispatch({ type: 'send-start' });
    const t = form.transition;
    try {
      const outcome = await client.updateBlueprint(screen.data.record, t.id, encodeTransitionData(t.items, form.drafts, form.initial));
      if (outcome.result === 'done' && (await closeAfterTransition(client, screen.data.settings.afterTransition))) return;
      const result = await reloadBlueprint(client, screen.data);
      if (outcome.result === 'done') dispatch({ type: 'close-form' });
      dispatch({
        type: 'loaded',
        result,
        notice:
          outcome.result === 'done'
            ? { tone: 'success', text: t.targetState ? `Done: moved to ${t.targetState}.` : `Done: ${t.name}.` }
            : { tone: 'info', text: 'Saved, but the transition still needs the items marked below before it can complete.' },
      });
    } catch (reason) {
      dispatch({ type: 'send-failed', error: failureOf(reason, 'updateBluePrint') });
    } finally {
      sending.current = false;
    }
  }, [client]);

  const { screen } = state;
  useEffect(() => {
    if (screen.status === 'ready' && performance.getEntriesByName(MARK_STEPPER_SHOWN).length === 0) performance.mark(MARK_STEPPER_SHOWN);
  }, [screen.status]);

  return (
    <main class="widget">
      {screen.status === 'connecting' || screen.status === 'loading' ? (
        <LoadingSkeleton />
      ) : screen.status === 'failed' ? (
        <ProblemPanel text={describeError(screen.error)} onRetry={retry} />
      ) : screen.status === 'disabled' ? (
        <DisabledPanel entity={screen.record.entity} recordName={screen.recordName} />
      ) : screen.status === 'no-blueprint' ? (
        <ProblemPanel
          text={{
            title: `${screen.recordName ?? 'This record'} is not in a blueprint.`,
            fix: "No process applies to it right now, so there are no stages to move through. If it should be in one, check the blueprint's criteria with your administrator.",
            detail: null,
            retry: true,
          }}
          retryLabel="Check again"
          onRetry={retry}
        />
      ) : (
        <StepperView
          data={screen.data}
          form={state.form}
          notice={state.notice}
          onOpen={(id) => dispatch({ type: 'open-form', transitionId: id })}
          onCancel={() => dispatch({ type: 'close-form' })}
          onEdit={(apiName, value) => dispatch({ type: 'edit', apiName, value })}
          onTouch={(apiName) => dispatch({ type: 'touch', apiName })}
          onSubmit={() => void submit()}
        />
      )}
    </main>
  );
}

function LoadingSkeleton() {
  return (
    <div class="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">
        Loading the blueprint…
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
