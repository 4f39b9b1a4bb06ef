import type { Drafts } from '../fields/contract.ts';
import type { ProcessState, Transition } from '../blueprint/model.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import type { CrmError } from '../crm/crm-error.ts';
import { withHistory, withStates, type LoadResult, type Reopen, type StepperData } from '../flow/load-stepper.ts';
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
  /** Set when that visit's send of it had no answer yet: the CRM may still carry it out. */
  unansweredBefore?: boolean;
  /** Keys of restored drafts left out because they did not fit their item (shown as a note). */
  dropped?: string[];
  /** A failure on the widget's side before anything was sent (the checks' code did not load, preparing threw). */
  localError?: { title: Message; fix: Message; detail: string | null } | null;
  /**
   * Set while a send is past its deadline with no answer and no read showing the record moved: the update may
   * still succeed, so the form stays locked (`sending` kept) until its answer comes (docs/architecture.md).
   */
  unanswered?: boolean;
  /**
   * Present while the form's code (which reads the starting values) is still loading: the form shows a line
   * until `form-code` fills `drafts` and `initial`, with the drafts kept from an earlier visit, if any.
   */
  waiting?: { restored?: Drafts };
  /**
   * A partial save that just went through, said beside the form's buttons where the rep pressed "Save progress";
   * cleared by the next send.
   */
  saved?: Message | null;
}

/**
 * A form with its starting values read from the record, and the drafts kept from an earlier visit over them
 * (starting-values.ts, loaded with the form's code).
 */
export type InitialDrafts = (form: OpenForm, data: StepperData) => OpenForm;

/** The one object a waiting form's drafts and initial values are. */
const NO_DRAFTS: Drafts = {};

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
  | { type: 'loaded'; result: LoadResult; reopen?: Reopen | null; initialDrafts?: InitialDrafts }
  /** The stage history arrived after the first screen: the path refines (ignored once a reload brought its own). */
  | { type: 'history'; history: StageHistory }
  /** The field list arrived after the first screen: the path takes the process's states in order. */
  | { type: 'states'; states: ProcessState[] }
  /** `initialDrafts` when the form's code is in; without it the form waits for `form-code`. */
  | { type: 'open-form'; transitionId: string; restored?: Drafts; unanswered?: boolean; initialDrafts?: InitialDrafts }
  /** The form's code arrived: a waiting form gets its starting values. */
  | { type: 'form-code'; initialDrafts: InitialDrafts }
  | { type: 'close-form' }
  /**
   * The drafts as the rep typed them, handed over at once (before a send): keystrokes do not go through the
   * state, so the App does not render for them (form-actions.ts).
   */
  | { type: 'typed'; transitionId: string; drafts: Drafts }
  | { type: 'touch'; key: string }
  | { type: 'send-start'; mode: SendMode }
  /** The browser refused to store drafts: say once, quietly, that unsent input lasts only while the popup is open. */
  | { type: 'storage-refused' }
  /** How a send ended (sendTransition's outcome), and the state that follows (after-send.ts, loaded with the send). */
  | { type: 'sent'; outcome: SendOutcome; after: (state: WidgetState, outcome: SendOutcome) => WidgetState };

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
        ? reduce(next, {
            type: 'open-form',
            transitionId: reopen.transitionId,
            restored: reopen.restored,
            ...(reopen.unanswered ? { unanswered: true } : {}),
            ...(action.initialDrafts ? { initialDrafts: action.initialDrafts } : {}),
          })
        : next;
    }
    case 'history':
      return state.screen.status === 'ready' && state.screen.data.historyPending
        ? { ...state, screen: { status: 'ready', data: withHistory(state.screen.data, action.history) } }
        : state;
    case 'states':
      return state.screen.status === 'ready' && state.screen.data.statesPending
        ? { ...state, screen: { status: 'ready', data: withStates(state.screen.data, action.states) } }
        : state;
    case 'open-form': {
      if (state.screen.status !== 'ready') return state;
      const transition = state.screen.data.blueprint.transitions.find(
        (candidate) => candidate.id === action.transitionId,
      );
      if (!transition || !transition.criteriaMatched || transition.kind === 'automatic' || transition.done)
        return state;
      if (form?.transition.id === transition.id) return state;
      if (form?.sending) return state;
      const opened: OpenForm = {
        transition,
        drafts: NO_DRAFTS,
        initial: NO_DRAFTS,
        touched: {},
        showAllErrors: false,
        sending: null,
        sendError: null,
        restored: action.restored !== undefined,
        ...(action.unanswered ? { unansweredBefore: true } : {}),
        waiting: action.restored ? { restored: action.restored } : {},
      };
      return {
        ...state,
        notice: null,
        form: action.initialDrafts ? action.initialDrafts(opened, state.screen.data) : opened,
      };
    }
    case 'form-code':
      return form?.waiting && state.screen.status === 'ready'
        ? { ...state, form: action.initialDrafts(form, state.screen.data) }
        : state;
    case 'close-form':
      return form?.sending ? state : { ...state, form: null };
    case 'typed':
      return form && !form.sending && !form.waiting && form.transition.id === action.transitionId
        ? { ...state, form: { ...form, drafts: action.drafts } }
        : state;
    case 'touch':
      return form && !form.touched[action.key]
        ? { ...state, form: { ...form, touched: { ...form.touched, [action.key]: true } } }
        : state;
    case 'send-start':
      return form && !form.sending
        ? {
            ...state,
            notice: null,
            form: { ...form, sending: action.mode, sendError: null, localError: null, saved: null },
          }
        : state;
    case 'sent':
      return action.after(state, action.outcome);
    case 'storage-refused':
      return { ...state, notice: { tone: 'info', text: msg('notice.storageRefused') } };
  }
}

/** The state after a screen (re)loaded, with a notice; a form stays open only when asked (`keepForm`). */
export function afterLoad(
  state: WidgetState,
  result: LoadResult,
  notice: Notice | null,
  keepForm: boolean,
): WidgetState {
  switch (result.kind) {
    case 'failed':
      return {
        screen: { status: 'failed', error: result.error, record: currentRecord(state) },
        form: state.form ? { ...state.form, sending: null, unanswered: false } : null,
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
      const form = state.form && fresh ? { ...state.form, transition: fresh, sending: null, unanswered: false } : null;
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
