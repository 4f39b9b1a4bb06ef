import type { DraftValue } from '../blueprint/form-values.ts';
import type { StepperData } from '../flow/load-stepper.ts';
import { GuidanceNote } from './guidance-note.tsx';
import { StepperPath } from './stepper-path.tsx';
import { TransitionForm } from './transition-form.tsx';
import { TransitionList } from './transition-list.tsx';
import type { Notice, OpenForm } from './widget-state.ts';

/** The loaded stepper: where the record stands, the path, and what can happen next. */
export function StepperView(props: {
  data: StepperData;
  form: OpenForm | null;
  notice: Notice | null;
  onOpen: (transitionId: string) => void;
  onCancel: () => void;
  onEdit: (apiName: string, value: DraftValue) => void;
  onTouch: (apiName: string) => void;
  onSubmit: () => void;
}) {
  const { data, form } = props;
  const { process, transitions } = data.blueprint;
  return (
    <>
      <header class="header">
        <h1 class="header__title">{data.recordName ?? data.record.entity}</h1>
        <p class="header__meta">
          {process.name && <span>{process.name}</span>}
          <span>
            {process.fieldLabel}: <strong>{process.currentState ?? 'not set'}</strong>
          </span>
        </p>
      </header>
      {data.adminNote && (
        <p class="banner banner--admin" role="note">
          <strong>For administrators:</strong> {data.adminNote}
        </p>
      )}
      {process.escalation && (
        <p class="banner banner--warning" role="note">
          {escalationText(process.escalation, process.currentState)}
        </p>
      )}
      {data.warnings.map((w) => (
        <p key={w} class="banner banner--info">
          {w}
        </p>
      ))}
      <div role="status" class="notice-slot">
        {props.notice && <p class={`banner banner--${props.notice.tone}`}>{props.notice.text}</p>}
      </div>
      <StepperPath path={data.path} label={`${process.fieldLabel} path`} />
      {data.guidance && process.currentState && <GuidanceNote state={process.currentState} text={data.guidance} />}
      <section class="next" aria-labelledby="next-heading">
        <h2 id="next-heading" class="next__title">
          Next steps
        </h2>
        <TransitionList
          transitions={transitions}
          openId={form?.transition.id ?? null}
          busy={form?.sending ?? false}
          user={data.user}
          onOpen={props.onOpen}
          renderForm={() =>
            form && (
              <TransitionForm form={form} onEdit={props.onEdit} onTouch={props.onTouch} onSubmit={props.onSubmit} onCancel={props.onCancel} />
            )
          }
        />
      </section>
    </>
  );
}

function escalationText(e: { days: number | null; status: string | null }, state: string | null): string {
  const where = state ? `in “${state}”` : 'in this stage';
  const status = e.status ? `${e.status.charAt(0).toUpperCase()}${e.status.slice(1)}` : 'Escalated';
  return e.days !== null
    ? `${status}: this record has been ${where} for more than ${e.days} day${e.days === 1 ? '' : 's'}.`
    : `${status}: this record has been ${where} longer than the process allows.`;
}
