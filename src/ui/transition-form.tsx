import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import type { FieldItem, FormItem } from '../blueprint/model.ts';
import type { DraftValue, FormContext } from '../fields/contract.ts';
import { initialValue, itemKey } from '../fields/drafts.ts';
import { ReadOnlyField, RequiredMark } from '../fields/field-frame.tsx';
import { InfoItem } from '../fields/info/info-item.tsx';
import { logicOf } from '../fields/kind-logic.ts';
import { viewOf } from '../fields/kind-views.ts';
import { kindOf } from '../fields/registry.ts';
import { isEmptyDraft, itemsOnlyInCrm } from '../fields/send-data.ts';
import type { EditorServices } from '../crm/editor-services.ts';
import { ErrorDetails } from './error-details.tsx';
import type { Translate } from '../i18n/translate.ts';
import { describeError } from './describe-error.ts';
import { FinishInCrm } from './finish-in-crm.tsx';
import { useT } from './i18n-context.ts';
import { msg } from '../i18n/message.ts';
import { liveForm, useBlocking, useLive, type LiveForm } from './live-form.ts';
import { SLICE, useRenderSlices } from './use-render-slices.ts';
import { pure } from './pure.ts';
import type { OpenForm } from './widget-state.ts';
import formCss from './transition-form.css?inline';
import { addStyle } from './add-style.ts';

// This chunk's own CSS, added when the chunk loads (add-style.ts says why it is not a file).
addStyle(formCss);

// The editors' services (search, upload) load with the form: LazyTransitionForm makes them from the client.
export { editorServicesOf } from '../crm/editor-services.ts';
// Reading a transition's starting values loads with the form too (widget-state.ts, `form-code`).
export { withStartingValues } from './starting-values.ts';
// The current stage's key fields load with the form (stepper-view.tsx; issue 25).
export { KeyFieldsPanel } from './key-fields/key-fields-panel.tsx';
// The celebration of a win loads with the form (lazy-transition-form.tsx, LazyCelebration).
export { Celebration } from './celebration.tsx';
// The form's actions (edit, cancel, send) load with it (use-form-actions.ts makes them on the form's first call).
export { formActions } from './form-actions.ts';
// Saving drafts at most every 250 ms loads with the form too (use-draft-saving.ts makes it on the first keep).
export { throttledSaving } from './throttled-saving.ts';

/** Callbacks of the form; stable across renders, so unchanged rows skip re-rendering while the rep types. */
export interface FormHandlers {
  onEdit: (key: string, value: DraftValue) => void;
  onTouch: (key: string) => void;
  onSubmit: (mode: 'complete' | 'partial') => void;
  onCancel: () => void;
  /** Opens the record in the CRM, for a transition only the CRM can finish; absent where there is no record (bulk). */
  onOpenInCrm?: () => void;
}

/** Optional extras of the form, for bulk mode (issue 11): a note beside some fields, and no partial save. */
export interface FormExtras {
  /** A short note shown beside the field with this key (bulk mode: "Values differ: left empty"). */
  fieldNotes?: Record<string, string>;
  /** False hides "Save progress" (bulk mode sends complete transitions only). */
  partialSave?: boolean;
}

/** The open transition's items, inline under its action, with what is missing and the buttons that send it. */
export function TransitionForm(
  props: { form: OpenForm; ctx: FormContext; services: EditorServices; handlers: FormHandlers } & FormExtras,
) {
  const tr = useT();
  const { form, ctx, handlers } = props;
  const transition = form.transition;
  // The drafts as typed, each item's check kept: a keystroke renders its own row and the summary, nothing else.
  // A fresh definition of the same transition (a reload after a send) keeps what was typed over the same drafts.
  const previous = useRef<LiveForm | null>(null);
  const live = useMemo(() => {
    const before = previous.current;
    const kept = before && before.transitionId === transition.id && before.base() === form.drafts;
    return liveForm(transition.id, transition.items, kept ? before.drafts() : form.drafts, ctx, form.drafts);
  }, [transition, ctx]);
  previous.current = live;
  live.adopt(form.drafts);
  const readOnly = useMemo(() => readOnlyValues(transition, ctx), [transition, ctx]);
  // Kept while the send error stays: the groups of rows re-render only when something they show changed.
  const blame = useMemo(() => {
    const e = form.sendError;
    return e?.kind === 'api' && e.fieldApiName !== null ? { key: e.fieldApiName, text: e.message } : null;
  }, [form.sendError]);
  const sendError = form.sendError ? describeError(form.sendError) : null;
  // Items only the CRM can fill (finish-in-crm.tsx): Complete is blocked, the reason said, the record one click away.
  // Those are items the rep cannot edit here, so the drafts of the state (not each keystroke) tell.
  const inCrm = useMemo(() => itemsOnlyInCrm(transition.items, form.drafts), [form.drafts, transition]);
  const formId = `form-${transition.id}`;
  const onTouch = useTouchAfterPointer(handlers.onTouch);
  const onEdit = useCallback(
    (key: string, value: DraftValue) => {
      live.set(key, value);
      handlers.onEdit(key, value);
    },
    [live, handlers.onEdit],
  );
  const shown = useRenderSlices(transition.items.length, transition.id);
  const rows: RowsProps = {
    items: transition.items,
    live,
    formId,
    readOnly,
    touched: form.touched,
    showAllErrors: form.showAllErrors,
    blame,
    notes: props.fieldNotes,
    disabled: form.sending !== null,
    ctx,
    services: props.services,
    onEdit,
    onTouch,
  };
  const groups: number[] = [];
  for (let from = 0; from < shown; from += SLICE) groups.push(from);
  return (
    <form
      class="form"
      id={formId}
      aria-label={transition.name}
      aria-busy={form.sending !== null}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        handlers.onSubmit('complete');
      }}
    >
      {form.restored && (
        <p class="banner banner--info">{tr(form.unansweredBefore ? 'form.unansweredBefore' : 'form.restored')}</p>
      )}
      {form.dropped && form.dropped.length > 0 && (
        <p class="banner banner--info">
          {tr('form.restoredDropped', {
            count: form.dropped.length,
            items: transition.items
              .filter((i) => form.dropped?.includes(itemKey(i) ?? ''))
              .map((i) => labelOf(i, tr))
              .join(', '),
          })}
        </p>
      )}
      <FormProgress live={live} transition={transition} savedNow={!!form.saved} />
      {transition.items.length === 0 && <p class="item item--note">{tr('form.nothingAsked')}</p>}
      {/*
        Rows in groups of SLICE, past SLICE items one group a frame (use-render-slices.ts). Each group is built
        whole before it joins the form: Chromium's work per form control joining a form in the page grows with
        the form's controls, so rows added one by one to a long form made opening it quadratic.
      */}
      {groups.map((from) => (
        <RowGroup key={from} from={from} to={Math.min(shown, from + SLICE)} {...rows} />
      ))}
      {form.localError && (
        <div class="form__error" role="alert">
          <p class="form__error-title">{tr(form.localError.title)}</p>
          <p>{tr(form.localError.fix)}</p>
          {form.localError.detail && (
            <ErrorDetails lines={[{ label: msg('details.error'), value: form.localError.detail }]} />
          )}
        </div>
      )}
      {inCrm.length > 0 && (
        <FinishInCrm
          formId={formId}
          names={inCrm.map((b) => labelOf(b.item, tr))}
          onOpen={handlers.onOpenInCrm}
          disabled={form.sending !== null}
        />
      )}
      {sendError && (
        <div class={form.unanswered ? 'form__error form__error--waiting' : 'form__error'} role="alert">
          <p class="form__error-title">{form.unanswered ? tr('form.unanswered.title') : tr(sendError.title)}</p>
          {form.unanswered ? (
            <p>{tr('form.unanswered.text', { name: transition.name })}</p>
          ) : (
            sendError.fix && <p>{tr(sendError.fix)}</p>
          )}
          <ErrorDetails lines={sendError.details} />
        </div>
      )}
      <FormActions
        live={live}
        form={form}
        formId={formId}
        inCrm={inCrm.length > 0}
        retry={sendError?.retry === true && !form.unanswered}
        partialSave={props.partialSave !== false}
        handlers={handlers}
      />
    </form>
  );
}

/** How many required items are done: re-rendered when what blocks the form changes, not on each keystroke. */
function FormProgress(props: { live: LiveForm; transition: OpenForm['transition']; savedNow: boolean }) {
  const tr = useT();
  const { transition } = props;
  const blocking = useBlocking(props.live);
  const required = useMemo(
    () =>
      transition.items
        .map((i) =>
          itemKey(i) !== null && 'required' in i && i.required && !(i.kind === 'field' && i.readOnly)
            ? itemKey(i)
            : null,
        )
        .filter((key) => key !== null),
    [transition],
  );
  if (required.length === 0) return null;
  const blocked = new Set(blocking.map((b) => b.key));
  const done = required.filter((key) => !blocked.has(key)).length;
  return (
    <p class="form__progress">
      {tr('form.progress', { done, count: required.length })}
      {transition.percentPartialSave > 0 &&
        !props.savedNow &&
        ` · ${tr('form.savedEarlier', { percent: transition.percentPartialSave })}`}
    </p>
  );
}

/** The form's buttons and what is still needed: re-rendered when what blocks the form changes. */
function FormActions(props: {
  live: LiveForm;
  form: OpenForm;
  formId: string;
  inCrm: boolean;
  retry: boolean;
  partialSave: boolean;
  handlers: FormHandlers;
}) {
  const tr = useT();
  const { form, formId, inCrm, handlers } = props;
  const blocking = useBlocking(props.live);
  const missingRequired = blocking.filter((b) => b.missing);
  return (
    <div class="form__actions">
      <button
        type="submit"
        class="button button--primary"
        disabled={form.sending !== null || inCrm}
        aria-describedby={inCrm ? `${formId}-in-crm` : blocking.length > 0 ? `${formId}-missing` : undefined}
      >
        {form.sending === 'complete'
          ? tr('form.saving')
          : props.retry
            ? tr('action.tryAgain')
            : tr('form.complete', { name: form.transition.name })}
      </button>
      {props.partialSave && (missingRequired.length > 0 || inCrm) && missingRequired.length === blocking.length && (
        <button
          type="button"
          class="button"
          disabled={form.sending !== null}
          onClick={() => handlers.onSubmit('partial')}
        >
          {form.sending === 'partial' ? tr('form.saving') : tr('form.saveProgress')}
        </button>
      )}
      <button type="button" class="button button--quiet" onClick={handlers.onCancel} disabled={form.sending !== null}>
        {tr('action.cancel')}
      </button>
      {/* One status for what a send is doing: "saving" is heard only (the button says it), a partial save is shown. */}
      <span class={form.saved && !form.sending ? 'form__saved' : 'visually-hidden'} role="status">
        {form.sending ? tr('form.savingStatus') : form.saved ? tr(form.saved) : ''}
      </span>
      {blocking.length > 0 && (
        <span class="form__missing" id={`${formId}-missing`}>
          {tr('form.stillNeeded', { items: blocking.map((b) => labelOf(b.item, tr)).join(', ') })}
        </span>
      )}
    </div>
  );
}

/** What every row of the form shares; a group renders the rows from `from` to `to`. */
interface RowsProps {
  items: FormItem[];
  live: LiveForm;
  formId: string;
  readOnly: Map<string, DraftValue>;
  touched: Record<string, true>;
  showAllErrors: boolean;
  /** The field the CRM refused in the last send, with its words. */
  blame: { key: string; text: string } | null;
  notes: Record<string, string> | undefined;
  disabled: boolean;
  ctx: FormContext;
  services: EditorServices;
  onEdit: (key: string, value: DraftValue) => void;
  onTouch: (key: string) => void;
}

/** A group of rows: memoised, so a new group does not go through the groups already shown. */
const RowGroup = pure(function RowGroup(props: RowsProps & { from: number; to: number }) {
  const rows = [];
  for (let index = props.from; index < props.to; index += 1) {
    const item = props.items[index];
    if (!item) continue;
    const key = itemKey(item);
    rows.push(
      <ItemRow
        key={key ?? `item-${index}`}
        item={item}
        itemKeyName={key}
        formId={props.formId}
        live={props.live}
        readOnlyValue={key === null ? null : (props.readOnly.get(key) ?? null)}
        touched={key !== null && props.touched[key] === true}
        showAllErrors={props.showAllErrors}
        blame={key !== null && key === props.blame?.key ? props.blame.text : null}
        note={key === null ? undefined : props.notes?.[key]}
        disabled={props.disabled}
        ctx={props.ctx}
        services={props.services}
        onEdit={props.onEdit}
        onTouch={props.onTouch}
      />,
    );
  }
  return <div class="form__rows">{rows}</div>;
});

/**
 * Leaving a field can show its error, which pushes the buttons below it down. When the rep leaves a field by
 * pressing a button, that shift would move the button from under the pointer between press and release and
 * swallow the click; so while a pointer is down, the touch waits for the pointer to come up and the click to land.
 */
function useTouchAfterPointer(onTouch: (key: string) => void): (key: string) => void {
  const pressed = useRef(false);
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const down = () => (pressed.current = true);
    const up = () => {
      pressed.current = false;
      const keys = pending.current;
      pending.current = [];
      if (keys.length > 0) setTimeout(() => keys.forEach(onTouch), 0);
    };
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('pointercancel', up, true);
    return () => {
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('pointercancel', up, true);
    };
  }, [onTouch]);
  return useCallback((key: string) => (pressed.current ? pending.current.push(key) : onTouch(key)), [onTouch]);
}

/**
 * The values of the fields the form shows read-only, decoded by their kinds from the transition's current data
 * (fresh after a reload, unlike the drafts), once per transition so unchanged rows stay unchanged.
 */
function readOnlyValues(transition: OpenForm['transition'], ctx: FormContext): Map<string, DraftValue> {
  const values = new Map<string, DraftValue>();
  for (const item of transition.items) {
    if (item.kind === 'field' && showsReadOnly(item))
      values.set(item.apiName, initialValue(item, transition.data, ctx.formats));
  }
  return values;
}

/** A field the rep cannot edit here: read-only, or of a kind with no editor (computed, or unknown to the widget). */
function showsReadOnly(field: FieldItem): boolean {
  return field.readOnly || !viewOf(kindOf(field) ?? 'other').Editor;
}

/** The name of an item, as the form shows it. */
export function labelOf(item: FormItem, tr: Translate): string {
  switch (item.kind) {
    case 'field':
      return item.label;
    case 'notes':
      return tr('form.notes');
    case 'checklist':
      return item.label;
    case 'attachments':
      return tr('form.attachments');
    case 'widget':
      return item.name ?? tr('form.finishInCrmItem');
    case 'unknown':
      return item.label;
    default:
      return '';
  }
}

interface RowProps {
  item: FormItem;
  itemKeyName: string | null;
  formId: string;
  /** The drafts as typed: the row reads its own value and check there, and re-renders when they change. */
  live: LiveForm;
  /** A read-only field's value, decoded by its kind from the transition's current data; null for others. */
  readOnlyValue: DraftValue;
  /** Whether the rep has left this item: a wrong value shows from then on. */
  touched: boolean;
  /** Set by a submit attempt: every error shows. */
  showAllErrors: boolean;
  /** The CRM's words when it refused this field in the last send. */
  blame: string | null;
  /** A note beside the field (bulk mode), if any. */
  note?: string | undefined;
  disabled: boolean;
  ctx: FormContext;
  services: EditorServices;
  onEdit: (key: string, value: DraftValue) => void;
  onTouch: (key: string) => void;
}

/** One item of the form: label, editor, help and error. Memoised: typing in one field re-renders only that row. */
const ItemRow = pure(function ItemRow(props: RowProps) {
  const tr = useT();
  const { item, itemKeyName: key } = props;
  useLive(props.live, key);
  if (item.kind === 'message' || item.kind === 'widget' || item.kind === 'unknown') return <InfoItem item={item} />;
  const kind = kindOf(item);
  if (key === null || kind === null) return null;
  if (item.kind === 'field' && showsReadOnly(item))
    return <ReadOnlyField field={item} value={props.readOnlyValue} ctx={props.ctx} />;
  const Editor = viewOf(kind).Editor;
  if (!Editor) return null;
  // A wrong value shows once the rep leaves the field; a missing one only after they try to send, so
  // errors do not pop up (and move the buttons) while the rep is still working down the form.
  const problem = props.live.problem(key);
  const error =
    (problem && (props.showAllErrors || (props.touched && !problem.missing)) ? tr(problem.problem) : null) ??
    props.blame;
  const inputId = `${props.formId}-${key}`;
  const labelId = `${inputId}-label`;
  const tooltip = item.kind === 'field' ? item.tooltip : null;
  const helpId = tooltip ? `${inputId}-help` : null;
  const errorId = error ? `${inputId}-error` : null;
  // Bulk mode's "values differ: left empty" holds while the field is empty; a chosen value makes it untrue.
  const note = props.note && isEmptyDraft(props.live.value(key)) ? props.note : null;
  const noteId = note ? `${inputId}-note` : null;
  const describedBy = [helpId, noteId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      class={`item${error ? ' item--invalid' : ''}${item.kind === 'field' && item.type === 'boolean' ? ' item--inline' : ''}`}
    >
      <label class="item__label" id={labelId} for={inputId} elementtiming="bs-form-item">
        <bdi>{labelOf(item, tr)}</bdi>
        {item.required && <RequiredMark />}
      </label>
      <Editor
        item={item}
        value={logicOf(kind).read(props.live.value(key))}
        ctx={props.ctx}
        inputId={inputId}
        labelId={labelId}
        describedBy={describedBy}
        invalid={error !== null}
        disabled={props.disabled}
        services={props.services}
        onChange={(v: DraftValue) => props.onEdit(key, v)}
        onBlur={() => props.onTouch(key)}
      />
      {tooltip && (
        <span class="item__help" id={helpId ?? undefined}>
          <bdi>{tooltip}</bdi>
        </span>
      )}
      {note && (
        <span class="item__help item__note" id={noteId ?? undefined}>
          {note}
        </span>
      )}
      {error && (
        <span class="item__error" id={errorId ?? undefined}>
          {error}
        </span>
      )}
    </div>
  );
});
