import type { Drafts } from '../fields/contract.ts';
import type { ProcessState, Transition } from '../blueprint/model.ts';
import type { RecordRef } from '../crm/crm-client.ts';
import type { CrmError } from '../crm/crm-error.ts';
import { withHistory, withStates, type LoadResult, type Reopen, type StepperData } from '../stepper/stepper-data.ts';
import type { StageHistory } from '../blueprint/stage-history.ts';
import type { SendMode } from '../flow/send-transition.ts';
import { msg, type Message } from '../i18n/message.ts';
import type { LiveForm } from './live-form.ts';

/** Where the screen stands: one tagged union, so no screen can be half loading and half failed. */
export type Screen =
  | { status: 'connecting' }
  | { status: 'loading'; record: RecordRef | null }
  | { status: 'failed'; error: CrmError; record: RecordRef | null }
  | { status: 'no-blueprint'; record: RecordRef; recordName: string | null }
  | { status: 'disabled'; record: RecordRef; recordName: string | null }
  | { status: 'ready'; data: StepperData };

/**
 * Where an open form stands, one state at a time, so no form can be both sending and failed. A completed
 * transition closes its form (the notice says it is done); a partial save leaves it `editing` with `saved`.
 */
export type FormLife =
  /** The rep fills it in; `saved`: a partial save just went through, said beside the buttons until the next send. */
  | { is: 'editing'; saved: Message | null }
  /** A send is out (the whole transition, or a partial save): the form is locked. */
  | { is: 'sending'; mode: SendMode }
  /**
   * The send passed its deadline with no answer and no read showing the record moved: the update may still
   * succeed, so the form stays locked until its answer comes (docs/architecture.md, "Calls in flight").
   */
  | { is: 'waiting'; mode: SendMode; error: CrmError }
  /** The CRM refused the send or did not take it: what the rep typed stays, and they can send again. */
  | { is: 'failed'; error: CrmError }
  /** Nothing was sent: preparing the send threw (a value of a shape no kind knows); `detail` is its words. */
  | { is: 'broken'; detail: string };

/** The transition form the rep has open on the record. */
export interface FormState {
  transition: Transition;
  /**
   * What the rep types, with each item's check: the live form owns it (live-form.ts) and the state holds it by
   * reference. Until the form's code has read the record's values, `waiting`, with the drafts kept from an
   * earlier visit to lay over them then (the `started` action).
   */
  values: LiveForm | { waiting: Drafts | null };
  /**
   * Set when the drafts came back from an earlier visit (session storage): `unanswered` when that visit's send of
   * them had no answer yet (the CRM may still carry it out), `dropped` the keys left out because they did not fit
   * their item (shown as a note).
   */
  restored: { unanswered: boolean; dropped: string[] } | null;
  /** Items the rep has left at least once: their errors show from then on. */
  touched: Record<string, true>;
  /** Set by a send the checks stopped, or the CRM refused: every error shows. */
  showAllErrors: boolean;
  life: FormLife;
}

/**
 * A form over drafts its owner keeps in its own state (bulk mode, src/ui/bulk/): sent elsewhere, never restored,
 * so it is only ever being edited. The transition form shows it as it shows a FormState.
 */
export interface DraftsForm {
  transition: Transition;
  drafts: Drafts;
  /** The values the form opened with. */
  initial: Drafts;
  touched: Record<string, true>;
  showAllErrors: boolean;
}

/** What the form's code reads when a form starts (starting-values.ts): the values, and the kept keys that did not fit. */
export interface FormStart {
  values: LiveForm;
  dropped: string[];
}

/**
 * How a send ended, as the state takes it: worked out by the form's code from the checks or the send's outcome
 * (after-send.ts), so the reducer needs none of that code.
 */
export type SendEnd =
  /** The popup is closing: nothing to show. */
  | { kind: 'closed' }
  /** The form stays on the same screen: in `life` (unchanged when absent), every error shown when `showAll`. */
  | { kind: 'form'; life?: FormLife; showAll: boolean }
  /**
   * The record as read after the send, with `notice`. The form stays open (over the transition's fresh
   * definition, with the values `keep`), said `saved` beside its buttons; or the transition `open` opens next.
   */
  | {
      kind: 'reloaded';
      result: LoadResult;
      notice: Notice | null;
      keep: LiveForm | null;
      saved: Message | null;
      open: string | null;
    };

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
  form: FormState | null;
  notice: Notice | null;
}

/** Everything that can happen to the state: plain data, so the reducer reads (and is tested) alone. */
export type Action =
  | { type: 'loading'; record: RecordRef | null }
  | { type: 'connect-failed'; error: CrmError }
  /** A record's screen loaded; `reopen` opens the form the rep was filling in before. */
  | { type: 'loaded'; result: LoadResult; reopen?: Reopen | null }
  /** The stage history arrived after the first screen: the path refines (ignored once a reload brought its own). */
  | { type: 'history'; history: StageHistory }
  /** The field list arrived after the first screen: the path takes the process's states in order. */
  | { type: 'states'; states: ProcessState[] }
  /** Opens a transition's form, waiting for its values (`started`), with the drafts kept from an earlier visit. */
  | { type: 'open-form'; transitionId: string; restored?: Drafts; unanswered?: boolean }
  /** The form's code read the open form's starting values (form-session.ts). */
  | { type: 'started'; transitionId: string; start: FormStart }
  | { type: 'close-form' }
  | { type: 'touch'; key: string }
  | { type: 'send-start'; mode: SendMode }
  /** The browser refused to store drafts: say once, quietly, that unsent input lasts only while the popup is open. */
  | { type: 'storage-refused' }
  /** How a send ended (after-send.ts). */
  | { type: 'sent'; end: SendEnd };

/** Whether a form is locked: a send is out, or waits for its late answer. */
export function isBusy(form: FormState | null): boolean {
  return form !== null && (form.life.is === 'sending' || form.life.is === 'waiting');
}

/** A form's life once the screen reloaded under it: a send it waited on is over, what it said stays. */
function settled(life: FormLife): FormLife {
  if (life.is === 'waiting') return { is: 'failed', error: life.error };
  return life.is === 'sending' ? EDITING : life;
}

/** A form being filled in, with nothing to say. */
const EDITING: FormLife = { is: 'editing', saved: null };

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
      const next = afterLoad(state, action.result, null, null);
      const reopen = action.reopen;
      return reopen
        ? reduce(next, {
            type: 'open-form',
            transitionId: reopen.transitionId,
            restored: reopen.restored,
            unanswered: reopen.unanswered === true,
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
      if (form?.transition.id === transition.id || isBusy(form)) return state;
      const restored = action.restored ?? null;
      const opened: FormState = {
        transition,
        values: { waiting: restored },
        restored: restored ? { unanswered: action.unanswered === true, dropped: [] } : null,
        touched: {},
        showAllErrors: false,
        life: EDITING,
      };
      return { ...state, notice: null, form: opened };
    }
    case 'started':
      return form && 'waiting' in form.values && form.transition.id === action.transitionId
        ? {
            ...state,
            form: {
              ...form,
              values: action.start.values,
              restored: form.restored && { ...form.restored, dropped: action.start.dropped },
            },
          }
        : state;
    case 'close-form':
      return isBusy(form) ? state : { ...state, form: null };
    case 'touch':
      return form && !form.touched[action.key]
        ? { ...state, form: { ...form, touched: { ...form.touched, [action.key]: true } } }
        : state;
    case 'send-start':
      return form && !isBusy(form)
        ? { ...state, notice: null, form: { ...form, life: { is: 'sending', mode: action.mode } } }
        : state;
    case 'sent':
      return afterSend(state, action.end);
    case 'storage-refused':
      return { ...state, notice: { tone: 'info', text: msg('notice.storageRefused') } };
  }
}

/** The state after a send ended (the `sent` action). */
function afterSend(state: WidgetState, end: SendEnd): WidgetState {
  const form = state.form;
  switch (end.kind) {
    case 'closed':
      return state;
    case 'form':
      return form
        ? { ...state, form: { ...form, life: end.life ?? form.life, showAllErrors: form.showAllErrors || end.showAll } }
        : state;
    case 'reloaded': {
      const next = afterLoad(state, end.result, end.notice, end.keep);
      if (end.saved && next.form) return { ...next, form: { ...next.form, life: { is: 'editing', saved: end.saved } } };
      // A continuous process: the one manual transition that follows opens at once (docs/blueprint-api.md).
      return end.open ? { ...reduce(next, { type: 'open-form', transitionId: end.open }), notice: end.notice } : next;
    }
  }
}

/**
 * The state after a screen (re)loaded, with a notice. A form stays open only with `keep`, its values over the
 * transition's fresh definition, and while that transition is still offered; a failed load leaves it as it was.
 */
export function afterLoad(
  state: WidgetState,
  result: LoadResult,
  notice: Notice | null,
  keep: LiveForm | null,
): WidgetState {
  switch (result.kind) {
    case 'failed':
      return {
        screen: { status: 'failed', error: result.error, record: currentRecord(state) },
        form: state.form ? { ...state.form, life: settled(state.form.life) } : null,
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
      const kept = state.form;
      const fresh =
        keep && kept
          ? result.data.blueprint.transitions.find((candidate) => candidate.id === kept.transition.id)
          : undefined;
      const form =
        kept && keep && fresh ? { ...kept, transition: fresh, values: keep, life: settled(kept.life) } : null;
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
