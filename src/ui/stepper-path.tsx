import type { PathStep } from '../blueprint/process-path.ts';
import { useT } from './i18n-context.ts';

/** The process as a path of stages, the current one marked, the ones before it passed. */
export function StepperPath(props: { steps: PathStep[]; label: string }) {
  const t = useT();
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
          <span class="visually-hidden">, {t(`path.${step.status}`)}</span>
        </li>
      ))}
    </ol>
  );
}
