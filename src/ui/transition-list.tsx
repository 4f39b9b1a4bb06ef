import type { ComponentChildren } from 'preact';
import { formatUserDateTime, type UserFormats } from '../blueprint/date-format.ts';
import type { Transition } from '../blueprint/model.ts';
import { useT } from './i18n-context.ts';

/**
 * The transitions available now: each an action naming its target, the open one with its form below it.
 * Parallel transitions are grouped under their parent, which completes when all of them are done.
 */
export function TransitionList(props: {
  transitions: Transition[];
  openId: string | null;
  busy: boolean;
  formats: UserFormats;
  /** The closing stage the record is in (won or lost), if it is in one: said when nothing follows it. */
  closedAt: string | null;
  onOpen: (id: string) => void;
  renderForm: (t: Transition) => ComponentChildren;
}) {
  const t = useT();
  const { transitions } = props;
  if (transitions.length === 0)
    return (
      <p class="empty-note">
        {props.closedAt !== null ? t('transitions.closed', { state: props.closedAt }) : t('transitions.none')}
      </p>
    );
  const groups = groupByParent(transitions);
  return (
    <ul class="transitions">
      {groups.map((g) =>
        g.parent ? (
          <li key={`parent-${g.parent.id}`} class="transition-group">
            <p class="transition-group__title" id={`group-${g.parent.id}`} tabIndex={-1}>
              {g.parent.name !== null ? <bdi>{g.parent.name}</bdi> : t('transitions.parallel')}
              <span class="transition-group__hint"> · {t('transitions.parallelHint')}</span>
              {g.items.some((c) => c.done !== undefined) && (
                <span class="transition-group__count">
                  {' · '}
                  {t('transitions.parallelDone', {
                    done: g.items.filter((c) => c.done === true).length,
                    count: g.items.length,
                  })}
                </span>
              )}
            </p>
            <ul class="transitions" aria-labelledby={`group-${g.parent.id}`}>
              {g.items.map((t) => (
                <TransitionEntry key={t.id} t={t} {...props} />
              ))}
            </ul>
          </li>
        ) : (
          g.items.map((t) => <TransitionEntry key={t.id} t={t} {...props} />)
        ),
      )}
    </ul>
  );
}

function groupByParent(transitions: Transition[]): { parent: Transition['parent']; items: Transition[] }[] {
  const groups: { parent: Transition['parent']; items: Transition[] }[] = [];
  for (const t of transitions) {
    const group = t.parent ? groups.find((g) => g.parent?.id === t.parent?.id) : undefined;
    if (group) group.items.push(t);
    else groups.push({ parent: t.parent, items: [t] });
  }
  return groups;
}

function TransitionEntry(props: {
  t: Transition;
  openId: string | null;
  busy: boolean;
  formats: UserFormats;
  onOpen: (id: string) => void;
  renderForm: (t: Transition) => ComponentChildren;
}) {
  const t = props.t;
  const tr = useT();
  const open = t.id === props.openId;
  // What the target stage offers next, so the rep picks a route knowing where it leads.
  const names = t.nextTransitions
    .filter((n) => n.name !== '')
    .map((n) => (n.automatic ? tr('transitions.thenAutomatic', { name: n.name }) : n.name));
  const then = names.length > 0 ? tr('transitions.then', { names: names.join(' · ') }) : null;
  if (t.done === true) {
    // A parallel step already done: shown so the rep sees the group's progress, never offered again.
    return (
      <li class="transition transition--done">
        <p class="transition__step-done">
          <span aria-hidden="true">✓ </span>
          <bdi class="transition__name">{t.name}</bdi> · {tr('transitions.stepDone')}
        </p>
      </li>
    );
  }
  if (t.kind === 'automatic') {
    return (
      <li class="transition">
        <div class="transition__automatic">
          <bdi class="transition__name">{t.name}</bdi>
          {t.targetState && (
            <span class="transition__target">
              {' '}
              <span class="arrow">→</span> <bdi>{t.targetState}</bdi>
            </span>
          )}
          <p class="transition__when">
            {t.executionTime
              ? tr('transitions.automaticOn', { when: formatUserDateTime(t.executionTime, props.formats) })
              : tr('transitions.automatic')}
          </p>
          {then && <p class="transition__then">{then}</p>}
        </div>
      </li>
    );
  }
  return (
    <li class={`transition${open ? ' transition--open' : t.criteriaMatched ? '' : ' transition--blocked'}`}>
      <button
        type="button"
        class="transition__action"
        style={t.colour ? { borderInlineStartColor: t.colour } : undefined}
        disabled={!t.criteriaMatched || props.busy}
        aria-expanded={t.criteriaMatched ? open : undefined}
        aria-describedby={!t.criteriaMatched ? `criteria-${t.id}` : then ? `then-${t.id}` : undefined}
        onClick={() => props.onOpen(t.id)}
      >
        <bdi class="transition__name" elementtiming="bs-transition-name">
          {t.name}
        </bdi>
        {t.targetState && (
          <span class="transition__target">
            <span class="arrow" aria-hidden="true">
              →
            </span>{' '}
            <span class="visually-hidden">{tr('transitions.movesTo')} </span>
            <bdi>{t.targetState}</bdi>
          </span>
        )}
        {t.percentPartialSave > 0 && t.percentPartialSave < 100 && (
          <span class="transition__partial">{tr('transitions.partial', { percent: t.percentPartialSave })}</span>
        )}
      </button>
      {!t.criteriaMatched && (
        <p class="transition__criteria" id={`criteria-${t.id}`}>
          {t.criteriaMessage !== null ? <bdi>{t.criteriaMessage}</bdi> : tr('transitions.criteriaDefault')}
        </p>
      )}
      {then && (
        <p class="transition__then" id={`then-${t.id}`}>
          {then}
        </p>
      )}
      {open && props.renderForm(t)}
    </li>
  );
}
