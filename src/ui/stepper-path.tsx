import type { PathStep } from '../blueprint/process-path.ts';

const STATUS_TEXT = { done: 'passed', current: 'current stage', upcoming: 'not reached' } as const;

/** The process as a path of stages, the current one marked, the ones before it passed. */
export function StepperPath(props: { steps: PathStep[]; label: string }) {
  return (
    <ol class="path" aria-label={props.label}>
      {props.steps.map((step) => (
        <li
          key={step.state.value}
          class={`path__step path__step--${step.status}`}
          aria-current={step.status === 'current' ? 'step' : undefined}
          title={step.state.label}
        >
          {step.status === 'done' && (
            <span class="path__mark" aria-hidden="true">
              ✓
            </span>
          )}
          <span class="path__label">{step.state.label}</span>
          <span class="visually-hidden">, {STATUS_TEXT[step.status]}</span>
        </li>
      ))}
    </ol>
  );
}
