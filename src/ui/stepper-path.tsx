import type { PathStep } from '../blueprint/process-path.ts';
import type { ClosingStep, ShapedPath } from '../settings/apply-settings.ts';

const STATUS_TEXT = { done: 'passed', current: 'current stage', upcoming: 'not reached' } as const;

/**
 * The process as a path of stages, the current one marked, the ones before it passed; closing stages (won or
 * lost) apart at the end. A stage the admin hid shows only while the record is in it, marked as such.
 */
export function StepperPath(props: { path: ShapedPath; label: string }) {
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
              Closing:
            </span>
            <ol class="path path--closing" aria-label="Closing stages">
              {closing.map((step) => (
                <Step key={step.state.value} step={step} hidden={step.state === hiddenCurrent} />
              ))}
            </ol>
          </div>
        )}
      </div>
      {hiddenCurrent && (
        <p class="path__note">“{hiddenCurrent.label}” is normally hidden from this path; it shows because this record is in it.</p>
      )}
    </div>
  );
}

function Step(props: { step: PathStep | ClosingStep; hidden: boolean }) {
  const { step } = props;
  const outcome = 'outcome' in step ? step.outcome : null;
  const classes = ['path__step', `path__step--${step.status}`, outcome && `path__step--${outcome}`, props.hidden && 'path__step--hidden'].filter(Boolean).join(' ');
  return (
    <li class={classes} aria-current={step.status === 'current' ? 'step' : undefined} title={step.state.label}>
      {step.status === 'done' && (
        <span class="path__mark" aria-hidden="true">
          ✓
        </span>
      )}
      <span class="path__label">{step.state.label}</span>
      <span class="visually-hidden">
        , {outcome && `closing stage (${outcome}), `}
        {STATUS_TEXT[step.status]}
        {props.hidden && ' (normally hidden)'}
      </span>
    </li>
  );
}
