import { initialDrafts, type DraftValue, type Drafts } from '../blueprint/draft.ts';
import type { Transition } from '../blueprint/model.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import type { CrmError } from '../crm/crm-error.ts';
import type { Message } from '../i18n/message.ts';
import { withHistory, type LoadResult, type StepperData } from '../flow/load-stepper.ts';
import type { StageHistory } from '../blueprint/stage-history.ts';

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
  sending: 'complete' | 'partial' | null;
  /** Why the last send failed; the drafts stay as typed. */
  sendError: CrmError | null;
  /** Set when the drafts came back from an earlier visit (session storage). */
  restored: boolean;
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
  | { type: 'loaded'; result: LoadResult; notice?: Notice; keepForm?: boolean }
  /** The stage history arrived after the first screen: the path refines (ignored once a reload brought its own). */
  | { type: 'history'; history: StageHistory }
  | { type: 'open-form'; transitionId: string; restored?: Drafts }
  | { type: 'close-form' }
  | { type: 'edit'; key: string; value: DraftValue }
  | { type: 'touch'; key: string }
  | { type: 'show-all-errors' }
  | { type: 'send-start'; mode: 'complete' | 'partial' }
  | { type: 'send-failed'; error: CrmError };

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
    case 'loaded':
      return afterLoad(state, action.result, action.notice ?? null, action.keepForm ?? false);
    case 'history':
      return state.screen.status === 'ready' && state.screen.data.historyPending
        ? { ...state, screen: { status: 'ready', data: withHistory(state.screen.data, action.history) } }
        : state;
    case 'open-form': {
      if (state.screen.status !== 'ready') return state;
      const transition = state.screen.data.blueprint.transitions.find((t) => t.id === action.transitionId);
      if (!transition || !transition.criteriaMatched || transition.kind === 'automatic') return state;
      if (form?.transition.id === transition.id) return state;
      if (form?.sending) return state;
      const initial = initialDrafts(transition.items, transition.data, state.screen.data.context.formats);
      // The drafts stay the very `initial` object until the rep edits: the App keeps only drafts that differ.
      const drafts = action.restored ? { ...initial, ...pickKnown(action.restored, initial) } : initial;
      return {
        ...state,
        notice: null,
        form: { transition, drafts, initial, touched: {}, showAllErrors: false, sending: null, sendError: null, restored: action.restored !== undefined },
      };
    }
    case 'close-form':
      return form?.sending ? state : { ...state, form: null };
    case 'edit':
      return form && !form.sending ? { ...state, form: { ...form, drafts: { ...form.drafts, [action.key]: action.value } } } : state;
    case 'touch':
      return form && !form.touched[action.key] ? { ...state, form: { ...form, touched: { ...form.touched, [action.key]: true } } } : state;
    case 'show-all-errors':
      return form ? { ...state, form: { ...form, showAllErrors: true } } : state;
    case 'send-start':
      return form && !form.sending ? { ...state, notice: null, form: { ...form, sending: action.mode, sendError: null } } : state;
    case 'send-failed':
      return form ? { ...state, form: { ...form, sending: null, sendError: action.error, showAllErrors: true } } : state;
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
      return { screen: { status: 'failed', error: result.error, record: recordOf(state.screen) }, form: state.form ? { ...state.form, sending: null } : null, notice };
    case 'no-blueprint':
      return { screen: { status: 'no-blueprint', record: result.record, recordName: result.recordName }, form: null, notice };
    case 'disabled':
      return { screen: { status: 'disabled', record: result.record, recordName: result.recordName }, form: null, notice };
    case 'ready': {
      // A form stays open only when asked and while its transition is still offered; it takes the fresh definition.
      const fresh = keepForm && state.form ? result.data.blueprint.transitions.find((t) => t.id === state.form?.transition.id) : undefined;
      const form = state.form && fresh ? { ...state.form, transition: fresh, sending: null } : null;
      return { screen: { status: 'ready', data: result.data }, form, notice };
    }
  }
}

function recordOf(screen: Screen): RecordRef | null {
  switch (screen.status) {
    case 'connecting':
      return null;
    case 'ready':
      return screen.data.record;
    default:
      return screen.record;
  }
}
