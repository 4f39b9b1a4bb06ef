/**
 * Bulk mode (issue 11): the widget opened on several records of a list view. Loads the selection under the
 * call cap, offers the transitions the records share, one form for all, a confirmation, then sends with a
 * progress bar, Stop, per-record results and Retry failed. A lazy chunk: the single-record screen never loads it.
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { commonStart } from '../../bulk/common-values.ts';
import { groupTransitions, type TransitionChoice } from '../../bulk/group-transitions.ts';
import { selectionMode } from '../../bulk/selection.ts';
import type { SendQueue } from '../../bulk/send-queue.ts';
import type { CrmClient, PageContext } from '../../crm/crm-client.ts';
import { closeAfterTransition } from '../../flow/send-transition.ts';
import {
  bulkSend,
  loadBulkNames,
  loadBulkRecord,
  loadBulkRecords,
  loadBulkShared,
  worthRetrying,
  type BulkShared,
  type RecordLoad,
  type SendFailure,
} from '../../flow/bulk-flow.ts';
import type { LoadedMessages } from '../../i18n/load-messages.ts';
import { describeError } from '../describe-error.ts';
import { useTexts } from '../use-texts.ts';
import { ErrorDetails } from '../error-details.tsx';
import { TranslateContext, useT } from '../i18n-context.ts';
import { LazyTransitionForm, loadTransitionForm } from '../lazy-transition-form.tsx';
import type { FormHandlers } from '../transition-form.tsx';
import { useFrameResize } from '../use-frame-resize.ts';
import type { OpenForm } from '../widget-state.ts';
import { openBulkForm, reduceBulkForm, type BulkFormAction } from './bulk-form-state.ts';
import { REASON_KEYS } from './reason-words.ts';
import bulkCss from './bulk.css?inline';
import { addStyle } from '../add-style.ts';

// This chunk's own CSS, added when the chunk loads (add-style.ts says why it is not a file).
addStyle(bulkCss);

/** What the bulk widget needs from the page's boot. */
export interface BulkProps {
  client: CrmClient;
  ctx: PageContext;
  loadMessages: (locale: string) => Promise<LoadedMessages>;
  initialLocale: string;
}

export { MAX_IN_FLIGHT } from '../../bulk/capped.ts';

/** Renders bulk mode into `root`, in place of the single-record widget. */
export function mountBulk(root: HTMLElement, props: BulkProps): void {
  render(<BulkApp {...props} />, root);
}

type Step =
  | { kind: 'choose' }
  | { kind: 'form'; choice: TransitionChoice; differing: string[] }
  | { kind: 'confirm'; choice: TransitionChoice; data: Record<string, unknown> }
  | { kind: 'send'; choice: TransitionChoice; run: SendQueue<SendFailure> };

/** Bulk mode's whole screen. */
export function BulkApp(props: BulkProps) {
  const { client, ctx } = props;
  const entity = ctx.record.entity;
  const mode = selectionMode(ctx.recordIds);
  const ids = mode.kind === 'bulk' ? mode.recordIds : [];
  const [shared, setShared] = useState<BulkShared | null>(null);
  const [loads, setLoads] = useState<ReadonlyMap<string, RecordLoad>>(new Map());
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [form, dispatchForm] = useReducer(
    (f: OpenForm | null, a: BulkFormAction | { type: 'open'; form: OpenForm | null }) =>
      a.type === 'open' ? a.form : f && reduceBulkForm(f, a),
    null,
  );
  useFrameResize(client);

  useEffect(() => {
    if (mode.kind !== 'bulk') return;
    const controller = new AbortController();
    void (async () => {
      const s = await loadBulkShared(client, entity, controller.signal);
      setShared(s);
      if (s.kind !== 'ready') return;
      await loadBulkRecords(
        client,
        entity,
        ids,
        s,
        (load) => setLoads((m) => new Map(m).set(loadId(load), load)),
        controller.signal,
      );
      loadTransitionForm().catch(() => undefined);
      // The names only label the lists: read once the choices show, behind every other call.
      loadBulkNames(
        client,
        entity,
        ids,
        (id, name, wrongRecord) => {
          if (name) setNames((m) => new Map(m).set(id, name));
          // The CRM answered about another record: this one is left out, listed apart with the error.
          if (wrongRecord) setLoads((m) => new Map(m).set(id, { kind: 'failed', id, name: null, error: wrongRecord }));
        },
        controller.signal,
      );
    })().catch(() => undefined);
    return () => controller.abort();
    // The selection never changes for a page: load once.
  }, []);

  // Texts: the user's CRM locale once known, the browser's until then.
  const wanted = shared?.kind === 'ready' ? shared.context.formats.locale : props.initialLocale;
  const translate = useTexts(wanted, props.loadMessages);

  const retryLoad = useCallback(
    (id: string) => {
      if (shared?.kind !== 'ready') return;
      const loaded = (load: RecordLoad) => setLoads((m) => new Map(m).set(id, load));
      void loadBulkRecord(client, { entity, recordId: id }, shared, undefined, loaded).then(loaded);
    },
    [client, entity, shared],
  );

  const ready = useMemo(
    () =>
      ids.flatMap((id) =>
        loads.get(id)?.kind === 'ready' ? [loads.get(id) as Extract<RecordLoad, { kind: 'ready' }>] : [],
      ),
    [ids, loads],
  );
  const choices = useMemo(() => groupTransitions(ready.map((r) => r.record)), [ready]);

  const choose = useCallback(
    (choice: TransitionChoice) => {
      if (shared?.kind !== 'ready') return;
      const copies = ready.flatMap((r) =>
        r.record.transitions.filter((t) => t.id === choice.id && choice.ready.includes(r.record.id)),
      );
      const start = commonStart(choice.transition, copies, shared.context);
      dispatchForm({ type: 'open', form: openBulkForm(choice.transition, start.initial) });
      setStep({ kind: 'form', choice, differing: start.differing });
    },
    [ready, shared],
  );

  const formStep = step.kind === 'form' ? step : null;
  const handlers = useMemo<FormHandlers>(
    () => ({
      onEdit: (key, value) => dispatchForm({ type: 'edit', key, value }),
      onTouch: (key) => dispatchForm({ type: 'touch', key }),
      onSubmit: () => {
        if (!form || !formStep || shared?.kind !== 'ready') return;
        void import('../../fields/prepare-send.ts').then((m) => {
          const prepared = m.prepareSend(form, shared.context, 'complete');
          if (prepared.stopping.length > 0) {
            dispatchForm({ type: 'show-all-errors' });
            const first = prepared.stopping[0];
            if (first) setTimeout(() => document.getElementById(`form-${form.transition.id}-${first.key}`)?.focus(), 0);
            return;
          }
          setStep({ kind: 'confirm', choice: formStep.choice, data: prepared.data });
        });
      },
      onCancel: () => setStep({ kind: 'choose' }),
    }),
    [form, formStep, shared],
  );

  const send = useCallback(
    (choice: TransitionChoice, data: Record<string, unknown>) => {
      if (shared?.kind !== 'ready') return;
      const run = bulkSend(client, entity, choice.ready, choice.id, data);
      setStep({ kind: 'send', choice, run });
      void run.start().then(async () => {
        const p = run.progress();
        if (p.done === p.total) await closeAfterTransition(client, shared.settings.afterTransition);
      });
    },
    [client, entity, shared],
  );

  if (!translate) return <main class="widget" aria-busy="true" />;
  const t = translate;
  const moduleName = entity;
  const apart = ids.flatMap((id) => {
    const load = loads.get(id);
    return load && load.kind !== 'ready' ? [load] : [];
  });
  const nameOf = (id: string) => names.get(id) ?? t('bulk.unnamed', { id });

  let body;
  if (mode.kind === 'too-many') {
    body = (
      <div class="problem" role="alert">
        <h2 class="problem__title">{t('bulk.tooMany.title', { count: mode.count, limit: mode.limit })}</h2>
        <p class="problem__fix">{t('bulk.tooMany.fix', { limit: mode.limit })}</p>
      </div>
    );
  } else if (shared?.kind === 'disabled') {
    body = (
      <div class="problem" role="status">
        <h2 class="problem__title">{t('disabled.title', { module: moduleName })}</h2>
        <p class="problem__fix">{t('bulk.disabledFix')}</p>
      </div>
    );
  } else if (loads.size < ids.length) {
    body = (
      <Progress
        label={t('bulk.loading', { done: loads.size, count: ids.length })}
        value={loads.size}
        max={ids.length}
      />
    );
  } else if (step.kind === 'choose') {
    body = <Choices choices={choices} total={ids.length} nameOf={nameOf} onChoose={choose} />;
  } else if (step.kind === 'form' && form && shared?.kind === 'ready') {
    const notes = Object.fromEntries(step.differing.map((key) => [key, t('bulk.valuesDiffer')]));
    body = (
      <section aria-labelledby="bulk-step">
        <StepHeading text={t('bulk.formTitle', { name: step.choice.name, count: step.choice.ready.length })} />
        <LazyTransitionForm
          form={form}
          ctx={shared.context}
          client={client}
          handlers={handlers}
          fieldNotes={notes}
          partialSave={false}
        />
      </section>
    );
  } else if (step.kind === 'confirm') {
    const { choice, data } = step;
    body = (
      <section aria-labelledby="bulk-step" class="bulk-confirm">
        <StepHeading text={t('bulk.confirm.title', { name: choice.name, count: choice.ready.length })} />
        {choice.targetState && (
          <p>{t('bulk.confirm.target', { state: choice.targetState, count: choice.ready.length })}</p>
        )}
        <p class="bulk-muted">{t('bulk.confirm.once')}</p>
        <div class="form__actions">
          <button type="button" class="button button--primary" onClick={() => send(choice, data)}>
            {t('bulk.confirm.send', { name: choice.name, count: choice.ready.length })}
          </button>
          <button type="button" class="button" onClick={() => choose(choice)}>
            {t('bulk.confirm.back')}
          </button>
        </div>
      </section>
    );
  } else if (step.kind === 'send') {
    body = (
      <SendView
        run={step.run}
        choice={step.choice}
        total={ids.length}
        nameOf={nameOf}
        onClose={() => void client.closePopup(true).catch(() => undefined)}
      />
    );
  }

  return (
    <TranslateContext.Provider value={t}>
      <main class="widget bulk">
        <header class="header">
          <h1 class="header__title">
            {t('bulk.title', { count: mode.kind === 'too-many' ? mode.count : ids.length, module: moduleName })}
          </h1>
        </header>
        {body}
        {apart.length > 0 && step.kind === 'choose' && loads.size === ids.length && (
          <Apart apart={apart} nameOf={nameOf} onRetry={retryLoad} />
        )}
      </main>
    </TranslateContext.Provider>
  );
}

function loadId(load: RecordLoad): string {
  return load.kind === 'ready' ? load.record.id : load.id;
}

/** A step's heading, focused when the step shows so keyboard and screen-reader users land on it. */
function StepHeading(props: { text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [props.text]);
  return (
    <h2 id="bulk-step" class="bulk-step" tabIndex={-1} ref={ref}>
      {props.text}
    </h2>
  );
}

/** A progress bar with its count as words, announced politely. */
function Progress(props: { label: string; value: number; max: number }) {
  return (
    <div class="bulk-progress">
      <progress value={props.value} max={props.max} aria-label={props.label} />
      <p role="status">{props.label}</p>
    </div>
  );
}

/** The transitions the selection shares, with how many records each applies to. */
function Choices(props: {
  choices: TransitionChoice[];
  total: number;
  nameOf: (id: string) => string;
  onChoose: (c: TransitionChoice) => void;
}) {
  const t = useT();
  if (props.choices.length === 0) return <p class="empty-note">{t('bulk.noChoices')}</p>;
  return (
    <section aria-labelledby="bulk-step">
      <StepHeading text={t('bulk.chooseTitle')} />
      <ul class="bulk-choices">
        {props.choices.map((c) => {
          const descId = `choice-${c.id}-desc`;
          return (
            <li key={c.id} class="bulk-choice">
              <button
                type="button"
                class="button bulk-choice__action"
                disabled={c.ready.length === 0}
                aria-describedby={descId}
                onClick={() => props.onChoose(c)}
              >
                <span class="bulk-choice__name">{c.name}</span>
                {' · '}
                <span class="bulk-choice__count">
                  {t('bulk.choiceCount', { count: c.ready.length, total: props.total })}
                </span>
                <span class="bulk-choice__go" aria-hidden="true">
                  →
                </span>
              </button>
              <div id={descId} class="bulk-choice__meta">
                {c.targetState && <span>{t('bulk.movesTo', { state: c.targetState })}</span>}
                {c.blockedReasons.map((b) => (
                  <span key={b.reason ?? ''} class="bulk-choice__blocked">
                    {b.reason
                      ? t('bulk.blockedWhy', { count: b.count, reason: b.reason })
                      : t('bulk.blocked', { count: b.count })}
                  </span>
                ))}
              </div>
              <details class="bulk-details">
                <summary>{t('bulk.byStage')}</summary>
                <ul>
                  {c.byStage.map((s) => (
                    <li key={s.state ?? ''}>
                      <strong>{t('bulk.stageCount', { state: s.state ?? '—', count: s.recordIds.length })}</strong>{' '}
                      {s.recordIds.map(props.nameOf).join(', ')}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Records left out of the choices: in no blueprint, or not loaded (each can be tried again alone). */
function Apart(props: {
  apart: Exclude<RecordLoad, { kind: 'ready' }>[];
  nameOf: (id: string) => string;
  onRetry: (id: string) => void;
}) {
  const t = useT();
  return (
    <section class="bulk-apart" aria-labelledby="bulk-apart-title">
      <h2 id="bulk-apart-title" class="bulk-subtitle">
        {t('bulk.apart.title', { count: props.apart.length })}
      </h2>
      <ul class="bulk-results">
        {props.apart.map((load) => (
          <li key={load.id}>
            <span class="bulk-results__name">{props.nameOf(load.id)}</span>{' '}
            {load.kind === 'no-blueprint' ? (
              <span>{t('bulk.apart.noBlueprint')}</span>
            ) : (
              <>
                <span>{t('bulk.apart.failed')}</span>{' '}
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() => props.onRetry(load.id)}
                  aria-label={t('bulk.apart.retry', { name: props.nameOf(load.id) })}
                >
                  {t('action.tryAgain')}
                </button>
                <ErrorDetails lines={describeError(load.error).details} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The send: progress bar and counts, Stop, per-record results, then the summary, Retry failed and Close. */
function SendView(props: {
  run: SendQueue<SendFailure>;
  choice: TransitionChoice;
  total: number;
  nameOf: (id: string) => string;
  onClose: () => void;
}) {
  const t = useT();
  const { run, choice } = props;
  const [, setTick] = useState(0);
  useEffect(() => {
    // Many answers may land in one frame: render at most once per frame.
    let frame = 0;
    const stop = run.subscribe(() => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        setTick((n) => n + 1);
      });
    });
    return () => {
      stop();
      cancelAnimationFrame(frame);
    };
  }, [run]);
  const p = run.progress();
  const busy = run.busy || p.left > 0 || p.late > 0;
  const retryable = run.entries().filter(([id, s]) => s.status === 'failed' && worthRetrying(id, s.error)).length;
  const notApplicable = props.total - choice.ready.length;
  return (
    <section aria-labelledby="bulk-step">
      <StepHeading
        text={
          busy
            ? t('bulk.send.title', { name: choice.name, count: p.total })
            : t('bulk.summary.title', { name: choice.name })
        }
      />
      <div class="bulk-progress">
        <progress
          value={p.done + p.failed + p.notSent + p.unknown}
          max={p.total}
          aria-label={t('bulk.send.progress')}
        />
        <p role="status">
          {[
            busy
              ? t('bulk.send.counts', { done: p.done, failed: p.failed, left: p.left })
              : t('bulk.summary.counts', { done: p.done, failed: p.failed }),
            // The other counts only when there are some: each says what it is, none is folded into another.
            ...(
              [
                ['late', p.late],
                ['notSent', p.notSent],
                ['unknown', p.unknown],
                ['notApplicable', busy ? 0 : notApplicable],
              ] as const
            ).flatMap(([key, count]) => (count > 0 ? [t(`bulk.count.${key}`, { count })] : [])),
          ].join(' · ')}
        </p>
        {busy && run.stuck && <p class="bulk-muted">{t('bulk.send.stuck', { count: p.late })}</p>}
      </div>
      <div class="form__actions">
        {busy && (
          <button type="button" class="button" onClick={() => run.stop()}>
            {t('bulk.send.stop')}
          </button>
        )}
        {!busy && retryable > 0 && (
          <button type="button" class="button button--primary" onClick={() => run.retryFailed(worthRetrying)}>
            {t('bulk.summary.retry', { count: retryable })}
          </button>
        )}
        {!busy && p.notSent > 0 && (
          <button type="button" class="button" onClick={() => run.resume()}>
            {t('bulk.summary.resume', { count: p.notSent })}
          </button>
        )}
        {!busy && (
          <button type="button" class="button" onClick={props.onClose}>
            {t('bulk.summary.closeReload')}
          </button>
        )}
      </div>
      <h3 class="bulk-subtitle">{t('bulk.results')}</h3>
      <ul class="bulk-results" aria-label={t('bulk.results')}>
        {failedFirst(run.entries()).map(([id, s]) => (
          <li key={id} class={`bulk-result bulk-result--${s.status}`}>
            <span class="bulk-results__name">{props.nameOf(id)}</span>{' '}
            {s.status === 'failed' ? (
              <>
                <span>
                  {t(REASON_KEYS[s.error.reason] ?? 'bulk.reason.refused', {
                    field: fieldLabel(choice, s.error.fieldApiName),
                  })}
                </span>
                {!worthRetrying(id, s.error) && <span class="bulk-muted">{t('bulk.notRetried')}</span>}
                <ErrorDetails lines={describeError(s.error.error).details} />
              </>
            ) : (
              <span>{t(`bulk.status.${s.status}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The results with the failed records first (the rep's next work), each group in the selection's order. */
function failedFirst<E extends [string, { status: string }]>(entries: E[]): E[] {
  return [...entries.filter(([, s]) => s.status === 'failed'), ...entries.filter(([, s]) => s.status !== 'failed')];
}

/** The label the form shows for a field the CRM blamed (its API name if the transition does not list it). */
function fieldLabel(choice: TransitionChoice, apiName: string | null): string {
  if (!apiName) return '';
  const item = choice.transition.items.find((i) => i.kind === 'field' && i.apiName === apiName);
  return item?.kind === 'field' ? item.label : apiName;
}
