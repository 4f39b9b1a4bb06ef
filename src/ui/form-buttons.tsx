import type { SendMode } from '../flow/send-transition.ts';
import type { Message } from '../i18n/message.ts';
import { useT } from './i18n-context.ts';
import { labelOf } from './item-label.ts';
import { useBlocking, type LiveForm } from './live-form.ts';

/** The form's buttons and what is still needed: re-rendered when what blocks the form changes. */
export function FormButtons(props: {
  live: LiveForm;
  /** The transition's name, on the Complete button. */
  name: string;
  formId: string;
  /** What is being sent, while the form is locked; null while the rep can edit. */
  sending: SendMode | null;
  /** A partial save that just went through, said beside the buttons. */
  saved: Message | null;
  inCrm: boolean;
  retry: boolean;
  partialSave: boolean;
  onSubmit: (mode: SendMode) => void;
  onCancel: () => void;
}) {
  const tr = useT();
  const { sending, formId, inCrm } = props;
  const blocking = useBlocking(props.live);
  const missingRequired = blocking.filter((b) => b.missing);
  return (
    <div class="form__actions">
      <button
        type="submit"
        class="button button--primary"
        disabled={sending !== null || inCrm}
        aria-describedby={inCrm ? `${formId}-in-crm` : blocking.length > 0 ? `${formId}-missing` : undefined}
      >
        {sending === 'complete'
          ? tr('form.saving')
          : props.retry
            ? tr('action.tryAgain')
            : tr('form.complete', { name: props.name })}
      </button>
      {props.partialSave && (missingRequired.length > 0 || inCrm) && missingRequired.length === blocking.length && (
        <button type="button" class="button" disabled={sending !== null} onClick={() => props.onSubmit('partial')}>
          {sending === 'partial' ? tr('form.saving') : tr('form.saveProgress')}
        </button>
      )}
      <button type="button" class="button button--quiet" onClick={props.onCancel} disabled={sending !== null}>
        {tr('action.cancel')}
      </button>
      {/* One status for what a send is doing: "saving" is heard only (the button says it), a partial save is shown. */}
      <span class={props.saved && !sending ? 'form__saved' : 'visually-hidden'} role="status">
        {sending ? tr('form.savingStatus') : props.saved ? tr(props.saved) : ''}
      </span>
      {blocking.length > 0 && (
        <span class="form__missing" id={`${formId}-missing`}>
          {tr('form.stillNeeded', { items: blocking.map((b) => labelOf(b.item, tr)).join(', ') })}
        </span>
      )}
    </div>
  );
}
