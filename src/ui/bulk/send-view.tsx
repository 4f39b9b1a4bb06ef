import type { TransitionChoice } from '../../bulk/group-transitions.ts';
import type { SendQueue } from '../../bulk/send-queue.ts';
import { useEffect, useState } from 'preact/hooks';
import { worthRetrying, type SendFailure } from '../../flow/bulk-flow.ts';
import { describeError } from '../describe-error.ts';
import { ErrorDetails } from '../error-details.tsx';
import { useT } from '../i18n-context.ts';
import { REASON_KEYS } from './reason-words.ts';
import { StepHeading } from './step-heading.tsx';

/**
 * The send: progress bar and counts, Stop, per-record results, then the summary, Retry failed and Close. It
 * shows the flow's queue as it goes; Stop and the retries are the queue's own.
 */
export function SendView(props: {
  queue: SendQueue<SendFailure>;
  choice: TransitionChoice;
  total: number;
  nameOf: (id: string) => string;
  onClose: () => void;
}) {
  const t = useT();
  const { queue, choice } = props;
  const [, setTick] = useState(0);
  useEffect(() => {
    // Many answers may land in one frame: render at most once per frame.
    let frame = 0;
    const stop = queue.subscribe(() => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        setTick((n) => n + 1);
      });
    });
    return () => {
      stop();
      cancelAnimationFrame(frame);
    };
  }, [queue]);
  const p = queue.progress();
  const busy = queue.busy || p.left > 0 || p.late > 0;
  const retryable = queue.entries().filter(([id, s]) => s.status === 'failed' && worthRetrying(id, s.error)).length;
  const notApplicable = props.total - choice.ready.length;
  return (
    <section aria-labelledby="bulk-step">
      <StepHeading
        text={
          busy
            ? t('bulk.send.title', { name: choice.name, count: p.total })
            : t('bulk.summary.title', { name: choice.name })
        }
      />
      <div class="bulk-progress">
        <progress
          value={p.done + p.failed + p.notSent + p.unknown}
          max={p.total}
          aria-label={t('bulk.send.progress')}
        />
        <p role="status">
          {[
            busy
              ? t('bulk.send.counts', { done: p.done, failed: p.failed, left: p.left })
              : t('bulk.summary.counts', { done: p.done, failed: p.failed }),
            // The other counts only when there are some: each says what it is, none is folded into another.
            ...(
              [
                ['late', p.late],
                ['notSent', p.notSent],
                ['unknown', p.unknown],
                ['notApplicable', busy ? 0 : notApplicable],
              ] as const
            ).flatMap(([key, count]) => (count > 0 ? [t(`bulk.count.${key}`, { count })] : [])),
          ].join(' · ')}
        </p>
        {busy && queue.stuck && <p class="bulk-muted">{t('bulk.send.stuck', { count: p.late })}</p>}
      </div>
      <div class="form__actions">
        {busy && (
          <button type="button" class="button" onClick={() => queue.stop()}>
            {t('bulk.send.stop')}
          </button>
        )}
        {!busy && retryable > 0 && (
          <button type="button" class="button button--primary" onClick={() => queue.retryFailed(worthRetrying)}>
            {t('bulk.summary.retry', { count: retryable })}
          </button>
        )}
        {!busy && p.notSent > 0 && (
          <button type="button" class="button" onClick={() => queue.resume()}>
            {t('bulk.summary.resume', { count: p.notSent })}
          </button>
        )}
        {!busy && (
          <button type="button" class="button" onClick={props.onClose}>
            {t('bulk.summary.closeReload')}
          </button>
        )}
      </div>
      <h3 class="bulk-subtitle">{t('bulk.results')}</h3>
      <ul class="bulk-results" aria-label={t('bulk.results')}>
        {failedFirst(queue.entries()).map(([id, s]) => (
          <li key={id} class={`bulk-result bulk-result--${s.status}`}>
            <span class="bulk-results__name">{props.nameOf(id)}</span>{' '}
            {s.status === 'failed' ? (
              <>
                <span>
                  {t(REASON_KEYS[s.error.reason] ?? 'bulk.reason.refused', {
                    field: fieldLabel(choice, s.error.fieldApiName),
                  })}
                </span>
                {!worthRetrying(id, s.error) && <span class="bulk-muted">{t('bulk.notRetried')}</span>}
                <ErrorDetails lines={describeError(s.error.error).details} />
              </>
            ) : (
              <span>{t(`bulk.status.${s.status}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The results with the failed records first (the rep's next work), each group in the selection's order. */
function failedFirst<E extends [string, { status: string }]>(entries: E[]): E[] {
  return [...entries.filter(([, s]) => s.status === 'failed'), ...entries.filter(([, s]) => s.status !== 'failed')];
}

/** The label the form shows for a field the CRM blamed (its API name if the transition does not list it). */
function fieldLabel(choice: TransitionChoice, apiName: string | null): string {
  if (!apiName) return '';
  const item = choice.transition.items.find((i) => i.kind === 'field' && i.apiName === apiName);
  return item?.kind === 'field' ? item.label : apiName;
}
