import type { TransitionChoice } from '../../bulk/group-transitions.ts';
import { useT } from '../i18n-context.ts';
import { StepHeading } from './step-heading.tsx';

/** The transitions the selection shares, with how many records each applies to. */
export function ChoicesView(props: {
  choices: TransitionChoice[];
  total: number;
  nameOf: (id: string) => string;
  onChoose: (c: TransitionChoice) => void;
}) {
  const t = useT();
  if (props.choices.length === 0) return <p class="empty-note">{t('bulk.noChoices')}</p>;
  return (
    <section aria-labelledby="bulk-step">
      <StepHeading text={t('bulk.chooseTitle')} />
      <ul class="bulk-choices">
        {props.choices.map((c) => {
          const descId = `choice-${c.id}-desc`;
          return (
            <li key={c.id} class="bulk-choice">
              <button
                type="button"
                class="button bulk-choice__action"
                disabled={c.ready.length === 0}
                aria-describedby={descId}
                onClick={() => props.onChoose(c)}
              >
                <span class="bulk-choice__name">{c.name}</span>
                {' · '}
                <span class="bulk-choice__count">
                  {t('bulk.choiceCount', { count: c.ready.length, total: props.total })}
                </span>
                <span class="bulk-choice__go" aria-hidden="true">
                  →
                </span>
              </button>
              <div id={descId} class="bulk-choice__meta">
                {c.targetState && <span>{t('bulk.movesTo', { state: c.targetState })}</span>}
                {c.blockedReasons.map((b) => (
                  <span key={b.reason ?? ''} class="bulk-choice__blocked">
                    {b.reason
                      ? t('bulk.blockedWhy', { count: b.count, reason: b.reason })
                      : t('bulk.blocked', { count: b.count })}
                  </span>
                ))}
              </div>
              <details class="bulk-details">
                <summary>{t('bulk.byStage')}</summary>
                <ul>
                  {c.byStage.map((s) => (
                    <li key={s.state ?? ''}>
                      <strong>{t('bulk.stageCount', { state: s.state ?? '—', count: s.recordIds.length })}</strong>{' '}
                      {s.recordIds.map(props.nameOf).join(', ')}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
