import type { CrmClient } from '../crm/crm-client.ts';
import type { StepperData } from '../flow/load-stepper.ts';
import { GuidanceNote } from './guidance-note.tsx';
import { StepperPath } from './stepper-path.tsx';
import { daysSince } from '../blueprint/stage-history.ts';
import { LazyTransitionForm, loadedTransitionForm, loadTransitionForm } from './lazy-transition-form.tsx';
import { useLazyModule } from './use-lazy-module.ts';
import type { FormHandlers } from './transition-form.tsx';
import { TransitionList } from './transition-list.tsx';
import type { Notice, OpenForm } from './widget-state.ts';
import { useT } from './i18n-context.ts';
import type { Translate } from '../i18n/translate.ts';

/** The loaded stepper: where the record stands, the path, and what can happen next. */
export function StepperView(props: {
  data: StepperData;
  form: OpenForm | null;
  notice: Notice | null;
  client: CrmClient;
  onOpen: (transitionId: string) => void;
  handlers: FormHandlers;
  celebrations: { enabled(): boolean; set(on: boolean): void };
}) {
  const t = useT();
  const { data, form } = props;
  const { process, transitions } = data.blueprint;
  const now = Date.now();
  // How long the record has been in its stage, where the history says when it entered (not for a closed record).
  const since = data.path.steps.find((s) => s.status === 'current')?.reachedAt ?? null;
  // A win follows a send, and a send needs the form's code: the celebration comes with that code.
  const Celebration = props.notice?.celebrate ? loadedTransitionForm()?.Celebration : undefined;
  // The slot for what the blueprint's definition adds (who else can move the record on): after the stepper shows.
  const Notes = useLazyModule(loadProcessNotes, lazy.notes).module?.ProcessNotes;
  // The admins' note comes with the form's texts too, a moment after the stepper (its texts are the form's).
  const AdminNote = useLazyModule(loadAdminNote, lazy.admin).module?.AdminNote;
  // Administrators read how to get the process's own stages where no definition was read.
  const hint = data.isAdministrator && !data.definition;
  return (
    <>
      <header class="header">
        {/* Every CRM string sits in a <bdi>: a direction control in one (U+202E) cannot reorder the words around it. */}
        <h1 class="header__title">
          <bdi>{data.recordName ?? data.record.entity}</bdi>
        </h1>
        <p class="header__meta">
          {process.name && (
            <span>
              <bdi>{process.name}</bdi>
            </span>
          )}
          <span>
            <bdi>{process.fieldLabel}</bdi>:{' '}
            <strong>{process.currentState !== null ? <bdi>{process.currentState}</bdi> : t('header.noState')}</strong>
            {since !== null && <span> · {t('path.daysInStage', { count: daysSince(since, now) })}</span>}
          </span>
        </p>
      </header>
      {AdminNote && (data.adminNote || hint) && <AdminNote note={data.adminNote} noDefinition={hint} />}
      {process.escalation && (
        <p class="banner banner--warning" role="note">
          {escalationText(process.escalation, process.currentState, t)}
        </p>
      )}
      {data.warnings.map((w) => (
        <p key={w.key} class="banner banner--info">
          {t(w)}
        </p>
      ))}
      <div role="status" class="notice-slot">
        {props.notice && <p class={`banner banner--${props.notice.tone}`}>{t(props.notice.text)}</p>}
      </div>
      {Celebration && <Celebration preference={props.celebrations} />}
      <StepperPath
        path={data.path}
        label={t('path.label', { field: process.fieldLabel })}
        formats={data.context.formats}
        now={now}
      />
      {data.guidance && process.currentState && <GuidanceNote state={process.currentState} text={data.guidance} />}
      <section class="next" aria-labelledby="next-heading">
        <h2 id="next-heading" class="next__title">
          {t('transitions.title')}
        </h2>
        <TransitionList
          transitions={transitions}
          openId={form?.transition.id ?? null}
          busy={(form?.sending ?? null) !== null}
          formats={data.context.formats}
          closedAt={data.path.closing.find((s) => s.status === 'current')?.state.label ?? null}
          onOpen={props.onOpen}
          renderForm={() =>
            form && (
              <LazyTransitionForm form={form} ctx={data.context} client={props.client} handlers={props.handlers} />
            )
          }
        />
      </section>
      {Notes && <Notes data={data} />}
    </>
  );
}

/** The lazy parts once loaded: a stepper shown again (a reload, a reopened record) has them at once. */
const lazy: { notes: typeof import('./process-notes.tsx') | null; admin: typeof import('./admin-note.tsx') | null } = {
  notes: null,
  admin: null,
};

/** The definition's notes, with the form's texts they use (form.process.*). */
const loadProcessNotes = () =>
  loadTransitionForm().then(() => import('./process-notes.tsx').then((m) => (lazy.notes = m)));

/** The admins' note, with the form's texts it uses (admin.*, settings.note.*, settings.ignored.*). */
const loadAdminNote = () => loadTransitionForm().then(() => import('./admin-note.tsx').then((m) => (lazy.admin = m)));

function escalationText(e: { days: number | null; status: string | null }, state: string | null, t: Translate): string {
  // The CRM's status word ("overdue") is shown as it comes: the CRM translates it for the user already.
  const status = e.status ? `${e.status.charAt(0).toUpperCase()}${e.status.slice(1)}` : t('escalation.escalated');
  const stage = state ?? t('escalation.thisStage');
  return e.days !== null
    ? t('escalation.days', { status, stage, count: e.days })
    : t('escalation.noDays', { status, stage });
}
