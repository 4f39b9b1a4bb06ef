import type { SendOutcome } from '../flow/send-transition.ts';

// The send flow itself, loaded with this module by use-form-actions.ts (one import for the whole send).
export { sendTransition } from '../flow/send-transition.ts';
import { msg } from '../i18n/message.ts';
import { afterLoad, type Notice, type WidgetState } from './widget-state.ts';

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
    case 'unavailable':
    case 'closed':
      // Nothing to show: the rep may click again, or the popup is closing.
      return state;
    case 'failed':
      return form
        ? { ...state, form: { ...form, sending: null, sendError: outcome.error, showAllErrors: true } }
        : state;
    case 'gone':
      return afterLoad(
        state,
        outcome.screen,
        { tone: 'info', text: msg('notice.gone', { name: outcome.transition.name }) },
        false,
      );
    case 'sent': {
      const { transition, won } = outcome;
      const notice: Notice =
        outcome.result === 'done'
          ? {
              tone: 'success',
              celebrate: won,
              text: transition.targetState
                ? msg(won ? 'notice.won' : 'notice.moved', { state: transition.targetState })
                : msg('notice.done', { name: transition.name }),
            }
          : { tone: 'info', text: msg('notice.partial', { name: transition.name, percent: outcome.percentSaved }) };
      // A partial save keeps the form open (with the transition's fresh definition) while it is still offered.
      return afterLoad(state, outcome.screen, notice, outcome.result === 'partial');
    }
  }
}
