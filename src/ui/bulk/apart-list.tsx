import type { RecordLoad } from '../../flow/bulk-flow.ts';
import { describeError } from '../describe-error.ts';
import { ErrorDetails } from '../error-details.tsx';
import { useT } from '../i18n-context.ts';

/** Records left out of the choices: in no blueprint, or not loaded (each can be tried again alone). */
export function ApartList(props: {
  apart: Exclude<RecordLoad, { kind: 'ready' }>[];
  nameOf: (id: string) => string;
  onRetry: (id: string) => void;
}) {
  const t = useT();
  return (
    <section class="bulk-apart" aria-labelledby="bulk-apart-title">
      <h2 id="bulk-apart-title" class="bulk-subtitle">
        {t('bulk.apart.title', { count: props.apart.length })}
      </h2>
      <ul class="bulk-results">
        {props.apart.map((load) => (
          <li key={load.id}>
            <span class="bulk-results__name">{props.nameOf(load.id)}</span>{' '}
            {load.kind === 'no-blueprint' ? (
              <span>{t('bulk.apart.noBlueprint')}</span>
            ) : (
              <>
                <span>{t('bulk.apart.failed')}</span>{' '}
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() => props.onRetry(load.id)}
                  aria-label={t('bulk.apart.retry', { name: props.nameOf(load.id) })}
                >
                  {t('action.tryAgain')}
                </button>
                <ErrorDetails lines={describeError(load.error).details} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
