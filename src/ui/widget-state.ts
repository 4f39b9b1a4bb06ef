import type { DraftValue, Drafts } from '../fields/contract.ts';
import type { initialDrafts } from '../fields/drafts.ts';
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
  /** Keys of restored drafts left out because they did not fit their item (shown as a note). */
  dropped?: string[];
  /** A failure on the widget's side before anything was sent (the checks' code did not load, preparing threw). */
  localError?: { title: Message; fix: Message; detail: string | null } | null;
  /** Set when a send timed out and the blueprint, read again, showed the record had not moved: safe to send again. */
  notMoved?: boolean;
  /**
   * Present while the form's code (which reads the starting values) is still loading: the form shows a line
   * until `form-code` fills `drafts` and `initial`, with the drafts kept from an earlier visit, if any.
   */
  waiting?: { restored?: Drafts };
}

/** Reads a transition's starting drafts from the record: fields/drafts.ts, loaded with the form's code. */
export type InitialDrafts = typeof initialDrafts;

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
  | { type: 'open-form'; transitionId: string; restored?: Drafts; initialDrafts?: InitialDrafts }
  /** The form's code arrived: a waiting form gets its starting values. */
  | { type: 'form-code'; initialDrafts: InitialDrafts }
  | { type: 'close-form' }
  | { type: 'edit'; key: string; value: DraftValue }
  /**
   * The drafts as the rep typed them, handed over at once (before a send): keystrokes do not go through the
   * state, so the App does not render for them (use-form-actions.ts).
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
        waiting: action.restored ? { restored: action.restored } : {},
      };
      return {
        ...state,
        notice: null,
        form: action.initialDrafts ? withStartingValues(opened, action.initialDrafts, state.screen.data) : opened,
      };
    }
    case 'form-code':
      return form?.waiting && state.screen.status === 'ready'
        ? { ...state, form: withStartingValues(form, action.initialDrafts, state.screen.data) }
        : state;
    case 'close-form':
      return form?.sending ? state : { ...state, form: null };
    case 'edit':
      return form && !form.sending
        ? { ...state, form: { ...form, drafts: { ...form.drafts, [action.key]: action.value } } }
        : state;
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
        ? { ...state, notice: null, form: { ...form, sending: action.mode, sendError: null, localError: null } }
        : state;
    case 'sent':
      return action.after(state, action.outcome);
    case 'storage-refused':
      return { ...state, notice: { tone: 'info', text: msg('notice.storageRefused') } };
  }
}

/** A form with its starting values read from the record, and the drafts kept from an earlier visit over them. */
function withStartingValues(form: OpenForm, read: InitialDrafts, data: StepperData): OpenForm {
  const { waiting, ...rest } = form;
  const initial = read(form.transition.items, form.transition.data, data.context.formats);
  // The drafts stay the very `initial` object until the rep edits: the App keeps only drafts that differ.
  const fitted = waiting?.restored ? fitRestored(waiting.restored, initial, form.transition) : null;
  const drafts = fitted ? { ...initial, ...fitted.drafts } : initial;
  return { ...rest, drafts, initial, dropped: fitted?.dropped ?? [], localError: null };
}

/**
 * Restored drafts only for keys the transition still has, and only those that fit their item: a value of a
 * shape its kind does not hold (`{"Notes": 12345}`), or a picklist value the list no longer has, is left out,
 * and its key listed in `dropped` so the form can say so.
 */
function fitRestored(restored: Drafts, initial: Drafts, transition: Transition): { drafts: Drafts; dropped: string[] } {
  const drafts: Drafts = {};
  const dropped: string[] = [];
  for (const key of Object.keys(initial)) {
    if (!Object.hasOwn(restored, key)) continue;
    const item = transition.items.find((i) => i.kind === 'field' && i.apiName === key);
    const value: unknown = restored[key];
    const fits =
      sameShape(shapeOf(value), shapeOf(initial[key])) &&
      !(
        item?.kind === 'field' &&
        item.type === 'picklist' &&
        typeof value === 'string' &&
        value !== '' &&
        item.options.length > 0 &&
        !item.options.some((o) => o.value === value)
      );
    if (fits) drafts[key] = value as DraftValue;
    else dropped.push(key);
  }
  return { drafts, dropped };
}

/** The shape of a draft value: which member of DraftValue it is; `bad` for anything no kind holds. */
function shapeOf(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string' || typeof v === 'boolean') return typeof v;
  if (Array.isArray(v)) {
    if (v.length === 0) return 'empty';
    if (v.every((x) => typeof x === 'string')) return 'strings';
    return v.every(isChoice) ? 'choices' : 'bad';
  }
  if (isChoice(v)) return 'choice';
  if (typeof v === 'object' && 'files' in v && 'links' in v) {
    const a = v as { files: unknown; links: unknown };
    return Array.isArray(a.files) && a.files.every(isChoice) && Array.isArray(a.links) ? 'attachments' : 'bad';
  }
  return 'bad';
}

function isChoice(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
}

/** Whether a restored value's shape fits the item's starting value's (an empty start takes any good shape). */
function sameShape(restored: string, start: string): boolean {
  if (restored === 'bad') return false;
  if (restored === 'null' || start === 'null') return true;
  if (restored === 'empty') return start === 'empty' || start === 'strings' || start === 'choices';
  if (start === 'empty') return restored === 'strings' || restored === 'choices';
  return restored === start;
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
