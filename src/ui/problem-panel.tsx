import { CopyDiagnostics } from './copy-diagnostics.tsx';
import type { ErrorText } from './describe-error.ts';
import { ErrorDetails } from './error-details.tsx';
import { useT } from './i18n-context.ts';

/**
 * A failure or an empty state: what happened and what to do in plain words, the technical lines under
 * "Details", where it helps a button to try again, and for administrators "Copy diagnostics".
 */
export function ProblemPanel(props: { text: ErrorText; onRetry?: () => void; retryLabel?: string }) {
  const t = useT();
  const { text, onRetry } = props;
  return (
    <div class="problem" role="alert">
      <h1 class="problem__title">{t(text.title)}</h1>
      {text.fix && <p class="problem__fix">{t(text.fix)}</p>}
      <ErrorDetails lines={text.details} />
      {text.retry && onRetry && (
        <button type="button" class="button button--primary" onClick={onRetry}>
          {props.retryLabel ?? t('action.tryAgain')}
        </button>
      )}
      <CopyDiagnostics />
    </div>
  );
}
