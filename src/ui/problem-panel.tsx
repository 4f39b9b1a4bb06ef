import type { ErrorText } from './describe-error.ts';
import { useT } from './i18n-context.ts';

/** A failure or an empty state with its fix and, where it helps, a button to try again. */
export function ProblemPanel(props: { text: ErrorText; onRetry?: () => void; retryLabel?: string }) {
  const t = useT();
  const { text, onRetry } = props;
  return (
    <div class="problem" role="alert">
      <h1 class="problem__title">{t(text.title)}</h1>
      {text.fix && <p class="problem__fix">{t(text.fix)}</p>}
      {text.detail && <p class="problem__detail">{text.detail}</p>}
      {text.retry && onRetry && (
        <button type="button" class="button button--primary" onClick={onRetry}>
          {props.retryLabel ?? t('action.tryAgain')}
        </button>
      )}
    </div>
  );
}
