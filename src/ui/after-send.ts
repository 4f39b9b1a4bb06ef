import type { SendOutcome } from '../flow/send-transition.ts';

// The send flow itself, loaded with this module by use-form-actions.ts (one import for the whole send).
export { sendTransition } from '../flow/send-transition.ts';
import { msg, type Message } from '../i18n/message.ts';
import type { Transition } from '../blueprint/model.ts';
import { withStartingValues } from './starting-values.ts';
import { afterLoad, reduce, type Notice, type WidgetState } from './widget-state.ts';

/**
 * The state after a send: the reducer's `sent` case (widget-state.ts). It loads with the send flow, not in the
 * first chunk, since nothing is sent before the form's code is in.
 */
export function afterSend(state: WidgetState, outcome: SendOutcome): WidgetState {
  const form = state.form;
  switch (outcome.kind) {
    case 'stopped':
      // Every error shows; the App moves focus to the first item that stops the send.
      return form ? { ...state, form: { ...form, showAllErrors: true } } : state;
    case 'closed':
      // Nothing to show: the popup is closing.
      return state;
    case 'unavailable':
    case 'broken': {
      // Nothing was sent; the rep hears why (the checks' code did not load, or preparing the send threw).
      if (!form) return state;
      const name = outcome.kind === 'unavailable' ? 'checksUnavailable' : 'prepare';
      const detail = outcome.kind === 'broken' ? outcome.detail : null;
      return {
        ...state,
        form: {
          ...form,
          sending: null,
          localError: { title: msg(`errors.${name}.title`), fix: msg(`errors.${name}.fix`), detail },
        },
      };
    }
    case 'failed':
      return form
        ? {
            ...state,
            form: { ...form, sending: null, sendError: outcome.error, showAllErrors: true, unanswered: false },
          }
        : state;
    case 'unknown':
      // Still in flight at the CRM: the form stays locked, with what the rep typed, until its answer comes.
      return form ? { ...state, form: { ...form, sendError: outcome.error, unanswered: true } } : state;
    case 'gone':
      return afterLoad(
        state,
        outcome.screen,
        { tone: 'info', text: msg('notice.gone', { name: outcome.transition.name }) },
        false,
      );
    case 'moved':
      // The transition is still offered from the record's new stage: the form stays, with what the rep typed.
      return afterLoad(
        state,
        outcome.screen,
        {
          tone: 'info',
          text: msg('notice.movedMeanwhile', { name: outcome.transition.name, state: outcome.state ?? '' }),
        },
        true,
      );
    case 'sent': {
      const { transition, won } = outcome;
      const notice: Notice =
        outcome.result === 'done'
          ? {
              tone: 'success',
              celebrate: won,
              text: transition.targetState
                ? msg(outcome.afterTimeout ? 'notice.doneAfterTimeout' : won ? 'notice.won' : 'notice.moved', {
                    state: transition.targetState,
                  })
                : msg('notice.done', { name: transition.name }),
            }
          : { tone: 'info', text: msg('notice.partial', { name: transition.name, percent: outcome.percentSaved }) };
      // A partial save keeps the form open (with the transition's fresh definition) while it is still offered.
      const next = afterLoad(state, outcome.screen, notice, outcome.result === 'partial');
      const follow = outcome.result === 'done' ? followingTransition(next) : null;
      if (follow) {
        // A continuous process: the one manual transition that follows opens at once (docs/blueprint-api.md).
        const opened = reduce(next, { type: 'open-form', transitionId: follow.id, initialDrafts: withStartingValues });
        return { ...opened, notice: { ...notice, text: continuedText(transition, follow) } };
      }
      // A partial save with the form still open is said beside its buttons, where the rep is (transition-form.tsx).
      if (outcome.result === 'partial' && next.form)
        return { ...next, notice: null, form: { ...next.form, saved: notice.text } };
      const left = transition.parent ? childDoneText(transition, next) : null;
      return { ...next, notice: left ? { ...notice, text: left } : notice };
    }
  }
}

/**
 * In a continuous process, the transition to open after a completed one: the only manual transition not yet
 * done, when its criteria are met. Null otherwise (the list shows as usual).
 */
export function followingTransition(state: WidgetState): Transition | null {
  if (state.screen.status !== 'ready' || !state.screen.data.blueprint.process.continuous) return null;
  const manual = state.screen.data.blueprint.transitions.filter((t) => t.kind === 'manual' && t.done !== true);
  const only = manual.length === 1 ? manual[0]! : null;
  return only && only.criteriaMatched ? only : null;
}

/** The notice after a continuous move: where the record went and which transition opened. */
function continuedText(done: Transition, next: Transition): Message {
  return done.targetState
    ? msg('notice.continued', { state: done.targetState, next: next.name })
    : msg('notice.continuedDone', { name: done.name, next: next.name });
}

/** The notice after a parallel child while its group is still listed: how many of its steps are left. */
function childDoneText(done: Transition, state: WidgetState): Message | null {
  const parent = done.parent!;
  const siblings =
    state.screen.status === 'ready'
      ? state.screen.data.blueprint.transitions.filter((t) => t.parent?.id === parent.id)
      : [];
  const left = siblings.filter((t) => t.done !== true).length;
  return left === 0 ? null : msg('notice.childDone', { name: done.name, count: left });
}
