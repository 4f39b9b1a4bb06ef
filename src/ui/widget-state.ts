import { checkDraft, initialDrafts, type DraftValue, type Drafts } from '../blueprint/form-values.ts';
import type { FieldItem, Transition } from '../blueprint/model.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import type { CrmError } from '../crm/crm-error.ts';
import type { LoadResult, StepperData } from '../flow/load-stepper.ts';

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
  /** Fields the rep has left at least once: their errors show from then on. */
  touched: Record<string, true>;
  /** Set by a submit attempt: every error shows. */
  showAllErrors: boolean;
  sending: boolean;
  /** Why the last send failed; the drafts stay as typed. */
  sendError: CrmError | null;
}

/** A short line of feedback after something finished. */
export interface Notice {
  tone: 'success' | 'info';
  text: string;
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
  | { type: 'loaded'; result: LoadResult; notice?: Notice }
  | { type: 'open-form'; transitionId: string }
  | { type: 'close-form' }
  | { type: 'edit'; apiName: string; value: DraftValue }
  | { type: 'touch'; apiName: string }
  | { type: 'show-all-errors' }
  | { type: 'send-start' }
  | { type: 'send-failed'; error: CrmError }
  | { type: 'dismiss-notice' };

/** The state a widget starts in. */
export const initialState: WidgetState = { screen: { status: 'connecting' }, form: null, notice: null };

/** The one place state changes. */
export function reduce(state: WidgetState, action: Action): WidgetState {
  switch (action.type) {
    case 'loading':
      return { ...state, screen: { status: 'loading', record: action.record }, notice: null };
    case 'connect-failed':
      return { ...state, screen: { status: 'failed', error: action.error, record: null } };
    case 'loaded':
      return afterLoad(state, action.result, action.notice ?? null);
    case 'open-form': {
      if (state.screen.status !== 'ready') return state;
      const transition = state.screen.data.blueprint.transitions.find((t) => t.id === action.transitionId);
      if (!transition || !transition.criteriaMatched || transition.kind === 'automatic') return state;
      if (state.form?.transition.id === transition.id) return state;
      const initial = initialDrafts(transition.items, transition.data);
      return { ...state, notice: null, form: { transition, drafts: { ...initial }, initial, touched: {}, showAllErrors: false, sending: false, sendError: null } };
    }
    case 'close-form':
      return state.form?.sending ? state : { ...state, form: null };
    case 'edit':
      return state.form && !state.form.sending ? { ...state, form: { ...state.form, drafts: { ...state.form.drafts, [action.apiName]: action.value } } } : state;
    case 'touch':
      return state.form ? { ...state, form: { ...state.form, touched: { ...state.form.touched, [action.apiName]: true } } } : state;
    case 'show-all-errors':
      return state.form ? { ...state, form: { ...state.form, showAllErrors: true } } : state;
    case 'send-start':
      return state.form && !state.form.sending ? { ...state, form: { ...state.form, sending: true, sendError: null } } : state;
    case 'send-failed':
      return state.form ? { ...state, form: { ...state.form, sending: false, sendError: action.error, showAllErrors: true } } : state;
    case 'dismiss-notice':
      return { ...state, notice: null };
  }
}

function afterLoad(state: WidgetState, result: LoadResult, notice: Notice | null): WidgetState {
  switch (result.kind) {
    case 'failed':
      return { screen: { status: 'failed', error: result.error, record: recordOf(state.screen) }, form: state.form ? { ...state.form, sending: false } : null, notice };
    case 'no-blueprint':
      return { screen: { status: 'no-blueprint', record: result.record, recordName: result.recordName }, form: null, notice };
    case 'disabled':
      return { screen: { status: 'disabled', record: result.record, recordName: result.recordName }, form: null, notice };
    case 'ready': {
      // A form stays open only while its transition is still offered; it then takes the fresh definition.
      const fresh = state.form && result.data.blueprint.transitions.find((t) => t.id === state.form?.transition.id);
      const form = state.form && fresh ? { ...state.form, transition: fresh, sending: false } : null;
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

/** The fields of a form, with the error each shows now (after it was left, or after a submit attempt). */
export function visibleErrors(form: OpenForm): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of formFields(form.transition)) {
    const error = checkDraft(field, form.drafts[field.apiName] ?? null);
    if (error && (form.showAllErrors || form.touched[field.apiName])) errors[field.apiName] = error;
  }
  const blamed = form.sendError?.kind === 'api' ? form.sendError.fieldApiName : null;
  if (blamed && !errors[blamed] && form.sendError?.kind === 'api') errors[blamed] = form.sendError.message;
  return errors;
}

/** Every field of a transition whose value the rep gives. */
export function formFields(transition: Transition): FieldItem[] {
  return transition.items.filter((i): i is FieldItem => i.kind === 'field');
}

/** The fields that stop the form from being sent now, in order. */
export function blockingFields(form: OpenForm): FieldItem[] {
  return formFields(form.transition).filter((f) => checkDraft(f, form.drafts[f.apiName] ?? null) !== null);
}
