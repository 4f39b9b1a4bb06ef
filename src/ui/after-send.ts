import type { LoadResult } from '../stepper/stepper-data.ts';
import type { Checked, SendMode, SendOutcome } from '../flow/send-transition.ts';
import { msg, type Message } from '../i18n/message.ts';
import type { Transition } from '../blueprint/model.ts';
import { liveForm, type LiveForm } from './live-form.ts';
import type { Notice, SendEnd } from './widget-state.ts';

/**
 * How a send ended, as the reducer's `sent` action takes it (widget-state.ts): from the checks that stopped it,
 * or the send's outcome. `mode` is what was sent and `values` the form's values it was sent from. It loads with
 * the send, not in the first chunk: nothing is sent before the form's code is in.
 */
export function sendEnd(
  outcome: SendOutcome | Exclude<Checked, { kind: 'ready' }>,
  mode: SendMode,
  values: LiveForm,
): SendEnd {
  switch (outcome.kind) {
    case 'stopped':
      // Every error shows; the form's session moves focus to the first item that stops the send.
      return { kind: 'form', showAll: true };
    case 'broken':
      // Nothing was sent; the rep hears why (preparing the send threw).
      return { kind: 'form', life: { is: 'broken', detail: outcome.detail }, showAll: false };
    case 'closed':
      // Nothing to show: the popup is closing.
      return { kind: 'closed' };
    case 'failed':
      return { kind: 'form', life: { is: 'failed', error: outcome.error }, showAll: true };
    case 'unknown':
      // Still in flight at the CRM: the form stays locked, with what the rep typed, until its answer comes.
      return { kind: 'form', life: { is: 'waiting', mode, error: outcome.error }, showAll: false };
    case 'gone': {
      const notice: Notice = { tone: 'info', text: msg('notice.gone', { name: outcome.transition.name }) };
      return { kind: 'reloaded', result: outcome.reloaded, notice, keep: null, saved: null, open: null };
    }
    case 'moved': {
      // The transition is still offered from the record's new stage: the form stays, with what the rep typed.
      const text = msg('notice.movedMeanwhile', { name: outcome.transition.name, state: outcome.state ?? '' });
      const keep = valuesOver(outcome.reloaded, values);
      return {
        kind: 'reloaded',
        result: outcome.reloaded,
        notice: { tone: 'info', text },
        keep,
        saved: null,
        open: null,
      };
    }
    case 'sent': {
      const { transition, won, reloaded } = outcome;
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
      if (outcome.result === 'partial') {
        // A partial save keeps the form open (with the transition's fresh definition) while it is still offered,
        // and is said beside its buttons, where the rep is (transition-form.tsx).
        const keep = valuesOver(reloaded, values);
        return keep
          ? { kind: 'reloaded', result: reloaded, notice: null, keep, saved: notice.text, open: null }
          : { kind: 'reloaded', result: reloaded, notice, keep: null, saved: null, open: null };
      }
      const follow = followingTransition(reloaded);
      if (follow)
        return {
          kind: 'reloaded',
          result: reloaded,
          notice: { ...notice, text: continuedText(transition, follow) },
          keep: null,
          saved: null,
          open: follow.id,
        };
      const left = transition.parent ? childDoneText(transition, reloaded) : null;
      return {
        kind: 'reloaded',
        result: reloaded,
        notice: left ? { ...notice, text: left } : notice,
        keep: null,
        saved: null,
        open: null,
      };
    }
  }
}

/** The form's values over the transition's fresh definition, when the record as read still offers it. */
function valuesOver(reloaded: LoadResult, values: LiveForm): LiveForm | null {
  if (reloaded.kind !== 'ready') return null;
  const fresh = reloaded.data.blueprint.transitions.find((t) => t.id === values.transitionId);
  return fresh ? liveForm(fresh.id, fresh.items, values.typed(), reloaded.data.context, values.initial) : null;
}

/**
 * In a continuous process, the transition to open after a completed one: the only manual transition not yet
 * done, when its criteria are met. Null otherwise (the list shows as usual).
 */
export function followingTransition(reloaded: LoadResult): Transition | null {
  if (reloaded.kind !== 'ready' || !reloaded.data.blueprint.process.continuous) return null;
  const manual = reloaded.data.blueprint.transitions.filter((t) => t.kind === 'manual' && t.done !== true);
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
function childDoneText(done: Transition, reloaded: LoadResult): Message | null {
  const parent = done.parent!;
  const siblings =
    reloaded.kind === 'ready' ? reloaded.data.blueprint.transitions.filter((t) => t.parent?.id === parent.id) : [];
  const left = siblings.filter((t) => t.done !== true).length;
  return left === 0 ? null : msg('notice.childDone', { name: done.name, count: left });
}
