import type { PathStep } from '../blueprint/process-path.ts';
import type { ClosingStep, ShapedPath } from '../settings/apply-settings.ts';
import { readableOn } from './colour.ts';
import { useT } from './i18n-context.ts';

/**
 * The process as a path of stages, the current one marked, the ones before it passed; closing stages (won or
 * lost) apart at the end. A stage the admin hid shows only while the record is in it, marked as such.
 */
export function StepperPath(props: { path: ShapedPath; label: string }) {
  const t = useT();
  const { steps, closing, hiddenCurrent } = props.path;
  return (
    <div class="path-block">
      <div class="path-row">
        <ol class="path" aria-label={props.label}>
          {steps.map((step) => (
            <Step key={step.state.value} step={step} hidden={step.state === hiddenCurrent} />
          ))}
        </ol>
        {closing.length > 0 && (
          <div class="path-closing">
            <span class="path-closing__label" aria-hidden="true">
              {t('path.closing')}
            </span>
            <ol class="path path--closing" aria-label={t('path.closingLabel')}>
              {closing.map((step) => (
                <Step key={step.state.value} step={step} hidden={step.state === hiddenCurrent} />
              ))}
            </ol>
          </div>
        )}
      </div>
      {hiddenCurrent && (
        <p class="path__note">{t('path.hiddenNote', { stage: hiddenCurrent.label })}</p>
      )}
    </div>
  );
}

function Step(props: { step: PathStep | ClosingStep; hidden: boolean }) {
  const t = useT();
  const { step } = props;
  // The current stage wears the picklist's own colour when the CRM gives one, with text that reads on it.
  const colours = step.status === 'current' && !('outcome' in step && step.outcome) ? readableOn(step.state.colour) : null;
  const outcome = 'outcome' in step ? step.outcome : null;
  const classes = ['path__step', `path__step--${step.status}`, outcome && `path__step--${outcome}`, props.hidden && 'path__step--hidden'].filter(Boolean).join(' ');
  return (
    <li
      class={classes}
      aria-current={step.status === 'current' ? 'step' : undefined}
      title={step.state.label}
      style={colours ? { background: colours.background, color: colours.text } : undefined}
    >
      {step.status === 'done' && (
        <span class="path__mark" aria-hidden="true">
          ✓
        </span>
      )}
      <bdi class="path__label">{step.state.label}</bdi>
      <span class="visually-hidden">
        , {outcome && `${t(`path.closing.${outcome}`)}, `}
        {t(`path.${step.status}`)}
        {props.hidden && ` (${t('path.normallyHidden')})`}
      </span>
    </li>
  );
}
