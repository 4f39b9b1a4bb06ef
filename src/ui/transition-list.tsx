import type { ComponentChildren } from 'preact';
import type { Transition } from '../blueprint/model.ts';
import type { UserPrefs } from '../flow/user-prefs.ts';
import { formatDateTime } from './format.ts';

/** The transitions available now: each an action naming its target; the open one shows its form below it. */
export function TransitionList(props: {
  transitions: Transition[];
  openId: string | null;
  busy: boolean;
  user: UserPrefs;
  onOpen: (id: string) => void;
  renderForm: (t: Transition) => ComponentChildren;
}) {
  const { transitions, openId } = props;
  if (transitions.length === 0) {
    return <p class="empty-note">No transitions are available from this stage right now.</p>;
  }
  return (
    <ul class="transitions">
      {transitions.map((t) => (
        <li key={t.id} class={`transition${t.id === openId ? ' transition--open' : ''}`}>
          {t.kind === 'automatic' ? (
            <AutomaticTransition transition={t} user={props.user} />
          ) : (
            <>
              <button
                type="button"
                class="transition__action"
                style={t.colour ? { borderLeftColor: t.colour } : undefined}
                disabled={!t.criteriaMatched || props.busy}
                aria-expanded={t.criteriaMatched ? t.id === openId : undefined}
                aria-describedby={!t.criteriaMatched ? `criteria-${t.id}` : undefined}
                onClick={() => props.onOpen(t.id)}
              >
                <span class="transition__name">{t.name}</span>
                {t.targetState && (
                  <span class="transition__target">
                    <span aria-hidden="true">→ </span>
                    <span class="visually-hidden">moves to </span>
                    {t.targetState}
                  </span>
                )}
              </button>
              {!t.criteriaMatched && (
                <p class="transition__criteria" id={`criteria-${t.id}`}>
                  {t.criteriaMessage ?? 'This record does not meet the conditions for this transition yet.'}
                </p>
              )}
              {t.percentPartialSave > 0 && t.percentPartialSave < 100 && (
                <p class="transition__partial">{t.percentPartialSave}% filled in earlier</p>
              )}
              {t.id === openId && props.renderForm(t)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function AutomaticTransition(props: { transition: Transition; user: UserPrefs }) {
  const t = props.transition;
  return (
    <div class="transition__automatic">
      <span class="transition__name">{t.name}</span>
      {t.targetState && <span class="transition__target"> → {t.targetState}</span>}
      <p class="transition__when">
        {t.executionTime ? `Happens automatically on ${formatDateTime(t.executionTime, props.user)}` : 'Happens automatically'}
      </p>
    </div>
  );
}
