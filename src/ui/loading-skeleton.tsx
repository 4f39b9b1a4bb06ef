/** The stepper's outline while the CRM answers; `label` tells screen readers what is happening. */
export function LoadingSkeleton(props: { label?: string }) {
  return (
    <div class="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">
        {props.label ?? ''}
      </span>
      <div class="skeleton__line skeleton__line--title" />
      <div class="skeleton__path">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} class="skeleton__step" />
        ))}
      </div>
      <div class="skeleton__line" />
      <div class="skeleton__line skeleton__line--short" />
    </div>
  );
}
