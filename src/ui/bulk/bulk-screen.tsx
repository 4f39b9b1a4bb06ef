import type { TransitionChoice } from '../../bulk/group-transitions.ts';
import type { CrmClient } from '../../crm/crm-client.ts';
import { useT } from '../i18n-context.ts';
import { LazyTransitionForm } from '../lazy-transition-form.tsx';
import type { FormHandlers } from '../transition-form.tsx';
import { ApartList } from './apart-list.tsx';
import { apartLoads, type BulkState } from './bulk-state.ts';
import { ChoicesView } from './choices-view.tsx';
import { ConfirmView } from './confirm-view.tsx';
import { SendView } from './send-view.tsx';
import type { SendQueue } from '../../bulk/send-queue.ts';
import type { SendFailure } from '../../flow/bulk-flow.ts';
import { StepHeading } from './step-heading.tsx';

/** What the rep can do in bulk mode: the views report it, the page (bulk-app.tsx) acts. */
export interface BulkHandlers {
  choose(choice: TransitionChoice): void;
  form: FormHandlers;
  /** Sends the confirmed transition. */
  send(): void;
  /** Loads one record left apart again. */
  retryLoad(id: string): void;
  /** Closes the popup after a send (the CRM reloads the list). */
  close(): void;
}

/** Bulk mode's screen for its state: the title, then the step the rep is at, and the records left apart. */
export function BulkScreen(props: {
  state: BulkState;
  choices: TransitionChoice[];
  client: CrmClient;
  /** The queue of sends, once the rep confirmed. */
  queue: SendQueue<SendFailure> | null;
  on: BulkHandlers;
}) {
  const t = useT();
  const { state, on } = props;
  const { mode, ids, entity, shared, loads, step } = state;
  const nameOf = (id: string) => state.names.get(id) ?? t('bulk.unnamed', { id });
  const apart = apartLoads(state);

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
        <h2 class="problem__title">{t('disabled.title', { module: entity })}</h2>
        <p class="problem__fix">{t('bulk.disabledFix')}</p>
      </div>
    );
  } else if (loads.size < ids.length) {
    const done = Math.max(state.read, loads.size);
    const label = t('bulk.loading', { done, count: ids.length });
    // The bench times the first progress (five records read, or all) by its paint: a new element then.
    const first = done >= Math.min(5, ids.length);
    body = (
      <div class="bulk-progress">
        <progress value={done} max={ids.length} aria-label={label} />
        <p role="status">
          <span key={String(first)} class="bulk-progress__label" elementtiming={first ? 'bs-bulk-progress' : undefined}>
            {label}
          </span>
        </p>
      </div>
    );
  } else if (step.kind === 'choose') {
    body = <ChoicesView choices={props.choices} total={ids.length} nameOf={nameOf} onChoose={on.choose} />;
  } else if (step.kind === 'form' && shared?.kind === 'ready') {
    const notes = Object.fromEntries(step.differing.map((key) => [key, t('bulk.valuesDiffer')]));
    body = (
      <section aria-labelledby="bulk-step">
        <StepHeading text={t('bulk.formTitle', { name: step.choice.name, count: step.choice.ready.length })} />
        <LazyTransitionForm
          form={step.form}
          ctx={shared.context}
          client={props.client}
          handlers={on.form}
          fieldNotes={notes}
          partialSave={false}
        />
      </section>
    );
  } else if (step.kind === 'confirm') {
    body = <ConfirmView choice={step.choice} onSend={on.send} onBack={() => on.choose(step.choice)} />;
  } else if (step.kind === 'send' && props.queue) {
    body = <SendView queue={props.queue} choice={step.choice} total={ids.length} nameOf={nameOf} onClose={on.close} />;
  }

  return (
    <main class="widget bulk">
      <header class="header">
        <h1 class="header__title">
          {t('bulk.title', { count: mode.kind === 'too-many' ? mode.count : ids.length, module: entity })}
        </h1>
      </header>
      {body}
      {apart.length > 0 && step.kind === 'choose' && loads.size === ids.length && (
        <ApartList apart={apart} nameOf={nameOf} onRetry={on.retryLoad} />
      )}
    </main>
  );
}
