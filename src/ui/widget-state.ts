import type { DraftValue, Drafts } from '../fields/contract.ts';
import { initialDrafts } from '../fields/drafts.ts';
import type { Transition } from '../blueprint/model.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import type { CrmError } from '../crm/crm-error.ts';
import { withHistory, type LoadResult, type Reopen, type StepperData } from '../flow/load-stepper.ts';
import type { StageHistory } from '../blueprint/stage-history.ts';
import type { SendMode, SendOutcome } from '../flow/send-transition.ts';
import { msg, type Message } from '../i18n/message.ts';

/** Where the screen stands: one tagged union, so no screen can be half loading and half failed. */
export type Screen =
  | { status: 'connecting' }
  | { status: 'loading'; record: RecordRef | null }
  | { status: 'failed'; error: CrmError; record: RecordRef | null }
  | { status: 'no-blueprint'; record: RecordRef; recordName: string | null }
  | { status: 'disabled'; record: RecordRef; recordName: string | null }
  | { status: 'ready'; data: StepperData };

/** The transition form the rep has open. */
export interface OpenForm {
  transition: Transition;
  drafts: Drafts;
  /** The record's values when the form opened, to send only what changed. */
  initial: Drafts;
  /** Items the rep has left at least once: their errors show from then on. */
  touched: Record<string, true>;
  /** Set by a submit attempt: every error shows. */
  showAllErrors: boolean;
  /** What is being sent: the whole transition, or a partial save of what is filled. */
  sending: SendMode | null;
  /** Why the last send failed; the drafts stay as typed. */
  sendError: CrmError | null;
  /** Set when the drafts came back from an earlier visit (session storage). */
  restored: boolean;
  /** Set when a send timed out and the blueprint, read again, showed the record had not moved: safe to send again. */
  notMoved?: boolean;
}

/** A short line of feedback after something finished. */
export interface Notice {
  tone: 'success' | 'info';
  text: Message;
  /** A win worth a short celebration (shown only if the rep has not turned celebrations off). */
  celebrate?: boolean;
}

/** All the widget's state. */
export interface WidgetState {
  screen: Screen;
  form: OpenForm | null;
  notice: Notice | null;
}

/** Everything that can happen to the state. */
export type Action =
  | { type: 'loading'; record: RecordRef | null }
  | { type: 'connect-failed'; error: CrmError }
  /** A record's screen loaded; `reopen` opens the form the rep was filling in before. */
  | { type: 'loaded'; result: LoadResult; reopen?: Reopen | null }
  /** The stage history arrived after the first screen: the path refines (ignored once a reload brought its own). */
  | { type: 'history'; history: StageHistory }
  | { type: 'open-form'; transitionId: string; restored?: Drafts }
  | { type: 'close-form' }
  | { type: 'edit'; key: string; value: DraftValue }
  | { type: 'touch'; key: string }
  | { type: 'send-start'; mode: SendMode }
  /** The browser refused to store drafts: say once, quietly, that unsent input lasts only while the popup is open. */
  | { type: 'storage-refused' }
  /** How a send ended (sendTransition's outcome). */
  | { type: 'sent'; outcome: SendOutcome };

/** The state a widget starts in. */
export const initialState: WidgetState = { screen: { status: 'connecting' }, form: null, notice: null };

/** The one place state changes. */
export function reduce(state: WidgetState, action: Action): WidgetState {
  const form = state.form;
  switch (action.type) {
    case 'loading':
      return { ...state, screen: { status: 'loading', record: action.record }, notice: null };
    case 'connect-failed':
      return { ...state, screen: { status: 'failed', error: action.error, record: null } };
    case 'loaded': {
      const next = afterLoad(state, action.result, null, false);
      const reopen = action.reopen;
      return reopen
        ? reduce(next, { type: 'open-form', transitionId: reopen.transitionId, restored: reopen.restored })
        : next;
    }
    case 'history':
      return state.screen.status === 'ready' && state.screen.data.historyPending
        ? { ...state, screen: { status: 'ready', data: withHistory(state.screen.data, action.history) } }
        : state;
    case 'open-form': {
      if (state.screen.status !== 'ready') return state;
      const transition = state.screen.data.blueprint.transitions.find(
        (candidate) => candidate.id === action.transitionId,
      );
      if (!transition || !transition.criteriaMatched || transition.kind === 'automatic') return state;
      if (form?.transition.id === transition.id) return state;
      if (form?.sending) return state;
      const initial = initialDrafts(transition.items, transition.data, state.screen.data.context.formats);
      // The drafts stay the very `initial` object until the rep edits: the App keeps only drafts that differ.
      const drafts = action.restored ? { ...initial, ...pickKnown(action.restored, initial) } : initial;
      return {
        ...state,
        notice: null,
        form: {
          transition,
          drafts,
          initial,
          touched: {},
          showAllErrors: false,
          sending: null,
          sendError: null,
          restored: action.restored !== undefined,
        },
      };
    }
    case 'close-form':
      return form?.sending ? state : { ...state, form: null };
    case 'edit':
      return form && !form.sending
        ? { ...state, form: { ...form, drafts: { ...form.drafts, [action.key]: action.value } } }
        : state;
    case 'touch':
      return form && !form.touched[action.key]
        ? { ...state, form: { ...form, touched: { ...form.touched, [action.key]: true } } }
        : state;
    case 'send-start':
      return form && !form.sending
        ? { ...state, notice: null, form: { ...form, sending: action.mode, sendError: null } }
        : state;
    case 'sent':
      return afterSend(state, action.outcome);
    case 'storage-refused':
      return { ...state, notice: { tone: 'info', text: msg('notice.storageRefused') } };
  }
}

function afterSend(state: WidgetState, outcome: SendOutcome): WidgetState {
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
        ? {
            ...state,
            form: {
              ...form,
              sending: null,
              sendError: outcome.error,
              showAllErrors: true,
              notMoved: outcome.notMoved === true,
            },
          }
        : state;
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
      return afterLoad(state, outcome.screen, notice, outcome.result === 'partial');
    }
  }
}

/** Restored drafts only for keys the transition still has. */
function pickKnown(restored: Drafts | undefined, initial: Drafts): Drafts {
  if (!restored) return {};
  return Object.fromEntries(Object.entries(restored).filter(([key]) => key in initial));
}

function afterLoad(state: WidgetState, result: LoadResult, notice: Notice | null, keepForm: boolean): WidgetState {
  switch (result.kind) {
    case 'failed':
      return {
        screen: { status: 'failed', error: result.error, record: currentRecord(state) },
        form: state.form ? { ...state.form, sending: null } : null,
        notice,
      };
    case 'no-blueprint':
      return {
        screen: { status: 'no-blueprint', record: result.record, recordName: result.recordName },
        form: null,
        notice,
      };
    case 'disabled':
      return {
        screen: { status: 'disabled', record: result.record, recordName: result.recordName },
        form: null,
        notice,
      };
    case 'ready': {
      // A form stays open only when asked and while its transition is still offered; it takes the fresh definition.
      const fresh =
        keepForm && state.form
          ? result.data.blueprint.transitions.find((candidate) => candidate.id === state.form?.transition.id)
          : undefined;
      const form = state.form && fresh ? { ...state.form, transition: fresh, sending: null } : null;
      return { screen: { status: 'ready', data: result.data }, form, notice };
    }
  }
}

/** The record the widget works on, once the CRM has said which (the one place it is kept). */
export function currentRecord(state: WidgetState): RecordRef | null {
  const screen = state.screen;
  switch (screen.status) {
    case 'connecting':
      return null;
    case 'ready':
      return screen.data.record;
    default:
      return screen.record;
  }
}
