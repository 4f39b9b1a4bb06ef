import type { CrmClient } from '../crm/crm-client.ts';
import type { StepperData } from '../stepper/stepper-data.ts';
import { GuidanceNote } from './guidance-note.tsx';
import { StepperPath } from './stepper-path.tsx';
import { LazyTransitionForm, loadedFormChunk, useFormChunk } from './lazy-transition-form.tsx';
import type { FormHandlers } from './transition-form.tsx';
import { TransitionList } from './transition-list.tsx';
import { isBusy, type FormState, type Notice } from './widget-state.ts';
import { useT } from './i18n-context.ts';

/** The loaded stepper: where the record stands, the path, and what can happen next. */
export function StepperView(props: {
  data: StepperData;
  form: FormState | null;
  notice: Notice | null;
  client: CrmClient;
  onOpen: (transitionId: string) => void;
  /** The open form's handlers, once the form's code is in. */
  handlers: FormHandlers | null;
  celebrations: { enabled(): boolean; set(on: boolean): void };
}) {
  const t = useT();
  const { data, form } = props;
  const { process, transitions } = data.blueprint;
  const now = Date.now();
  // The time in the current stage comes with the form's code and texts, after the first screen (stage-time.tsx).
  const later = useFormChunk();
  const time = later?.timeInStage(data, now);
  // A win follows a send, and a send needs the form's code: the celebration comes with that code.
  const Celebration = props.notice?.celebrate ? loadedFormChunk()?.Celebration : undefined;
  // The current stage's key fields (issue 25) come with the form's code, which loads once the stepper shows.
  const KeyFields = later?.KeyFieldsPanel;
  // What the blueprint's definition adds (who else can move the record on) and the admins' note come with the
  // form's code and texts, after the stepper shows.
  const Notes = later?.ProcessNotes;
  const AdminNote = later?.AdminNote;
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
          </span>
          {later && time && <later.StageTimeLine time={time} />}
        </p>
      </header>
      {AdminNote && (data.adminNote || hint) && <AdminNote note={data.adminNote} noDefinition={hint} />}
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
        late={later && time && later.overdueWords(time, t)}
      />
      {data.guidance && process.currentState && <GuidanceNote state={process.currentState} text={data.guidance} />}
      {KeyFields && <KeyFields data={data} client={props.client} />}
      <section class="next" aria-labelledby="next-heading">
        <h2 id="next-heading" class="next__title">
          {t('transitions.title')}
        </h2>
        <TransitionList
          transitions={transitions}
          openId={form?.transition.id ?? null}
          busy={isBusy(form)}
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
