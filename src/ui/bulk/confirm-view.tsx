import type { TransitionChoice } from '../../bulk/group-transitions.ts';
import { useT } from '../i18n-context.ts';
import { StepHeading } from './step-heading.tsx';

/** The last step before a send: what will happen to how many records, once; Send or back to the form. */
export function ConfirmView(props: { choice: TransitionChoice; onSend: () => void; onBack: () => void }) {
  const t = useT();
  const { choice } = props;
  return (
    <section aria-labelledby="bulk-step" class="bulk-confirm">
      <StepHeading text={t('bulk.confirm.title', { name: choice.name, count: choice.ready.length })} />
      {choice.targetState && (
        <p>{t('bulk.confirm.target', { state: choice.targetState, count: choice.ready.length })}</p>
      )}
      <p class="bulk-muted">{t('bulk.confirm.once')}</p>
      <div class="form__actions">
        <button type="button" class="button button--primary" onClick={props.onSend}>
          {t('bulk.confirm.send', { name: choice.name, count: choice.ready.length })}
        </button>
        <button type="button" class="button" onClick={props.onBack}>
          {t('bulk.confirm.back')}
        </button>
      </div>
    </section>
  );
}
