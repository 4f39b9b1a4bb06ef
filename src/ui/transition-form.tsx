import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import type { FieldItem, FormItem } from '../blueprint/model.ts';
import type { DraftValue, FormContext } from '../fields/contract.ts';
import { initialValue, itemKey } from '../fields/drafts.ts';
import { ReadOnlyField, RequiredMark } from '../fields/field-frame.tsx';
import { InfoItem } from '../fields/info/info-item.tsx';
import { logicOf } from '../fields/kind-logic.ts';
import { viewOf } from '../fields/kind-views.ts';
import { kindOf } from '../fields/registry.ts';
import { blockingItems, itemsOnlyInCrm } from '../fields/send-data.ts';
import type { EditorServices } from '../crm/editor-services.ts';
import { ErrorDetails } from './error-details.tsx';
import type { Translate } from '../i18n/translate.ts';
import { describeError } from './describe-error.ts';
import { FinishInCrm } from './finish-in-crm.tsx';
import { useT } from './i18n-context.ts';
import { msg } from '../i18n/message.ts';
import { useRenderSlices } from './use-render-slices.ts';
import { pure } from './pure.ts';
import type { OpenForm } from './widget-state.ts';
import formCss from './transition-form.css?inline';
import { addStyle } from './add-style.ts';

// This chunk's own CSS, added when the chunk loads (add-style.ts says why it is not a file).
addStyle(formCss);

// The editors' services (search, upload) load with the form: LazyTransitionForm makes them from the client.
export { editorServicesOf } from '../crm/editor-services.ts';
// Reading a transition's starting values loads with the form too (widget-state.ts, `form-code`).
export { initialDrafts } from '../fields/drafts.ts';
// The celebration of a win loads with the form (lazy-transition-form.tsx, LazyCelebration).
export { Celebration } from './celebration.tsx';

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
  const blocking = useMemo(() => blockingItems(transition.items, form.drafts, ctx), [form.drafts, transition, ctx]);
  const readOnly = useMemo(() => readOnlyValues(transition, ctx), [transition, ctx]);
  const problems = useMemo(() => new Map(blocking.map((b) => [b.key, b])), [blocking]);
  const blamed = form.sendError?.kind === 'api' ? form.sendError.fieldApiName : null;
  const sendError = form.sendError ? describeError(form.sendError) : null;
  const required = transition.items.filter(
    (i) => itemKey(i) !== null && 'required' in i && i.required && !(i.kind === 'field' && i.readOnly),
  );
  const requiredDone = required.filter((i) => !problems.has(itemKey(i) ?? '')).length;
  const missingRequired = blocking.filter((b) => b.missing);
  // Items only the CRM can fill (finish-in-crm.tsx): Complete is blocked, the reason said, the record one click away.
  const inCrm = useMemo(() => itemsOnlyInCrm(transition.items, form.drafts), [form.drafts, transition]);
  const formId = `form-${transition.id}`;
  const onTouch = useTouchAfterPointer(handlers.onTouch);
  const shown = useRenderSlices(transition.items.length, transition.id);
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
      {form.restored && <p class="banner banner--info">{tr('form.restored')}</p>}
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
      {required.length > 0 && (
        <p class="form__progress">
          {tr('form.progress', { done: requiredDone, count: required.length })}
          {transition.percentPartialSave > 0 &&
            ` · ${tr('form.savedEarlier', { percent: transition.percentPartialSave })}`}
        </p>
      )}
      {transition.items.length === 0 && <p class="item item--note">{tr('form.nothingAsked')}</p>}
      {/* Past SLICE items, the rows render in slices (use-render-slices.ts); keys and ids stay the same. */}
      {transition.items.slice(0, shown).map((item, index) => {
        const key = itemKey(item);
        // A wrong value shows once the rep leaves the field; a missing one only after they try to send, so
        // errors do not pop up (and move the buttons) while the rep is still working down the form.
        const problem = key === null ? undefined : problems.get(key);
        const error =
          problem && (form.showAllErrors || (form.touched[key ?? ''] === true && !problem.missing))
            ? tr(problem.problem)
            : null;
        const blame = key !== null && key === blamed && form.sendError?.kind === 'api' ? form.sendError.message : null;
        return (
          <ItemRow
            key={key ?? `item-${index}`}
            item={item}
            itemKeyName={key}
            formId={formId}
            value={key === null ? null : (form.drafts[key] ?? null)}
            readOnlyValue={key === null ? null : (readOnly.get(key) ?? null)}
            error={error ?? blame}
            note={key === null ? undefined : props.fieldNotes?.[key]}
            disabled={form.sending !== null}
            ctx={ctx}
            services={props.services}
            onEdit={handlers.onEdit}
            onTouch={onTouch}
          />
        );
      })}
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
        <div class="form__error" role="alert">
          <p class="form__error-title">{tr(sendError.title)}</p>
          {form.notMoved ? <p>{tr('form.notMovedAfterTimeout')}</p> : sendError.fix && <p>{tr(sendError.fix)}</p>}
          <ErrorDetails lines={sendError.details} />
        </div>
      )}
      <div class="form__actions">
        <button
          type="submit"
          class="button button--primary"
          disabled={form.sending !== null || inCrm.length > 0}
          aria-describedby={
            inCrm.length > 0 ? `${formId}-in-crm` : blocking.length > 0 ? `${formId}-missing` : undefined
          }
        >
          {form.sending === 'complete'
            ? tr('form.saving')
            : sendError?.retry
              ? tr('action.tryAgain')
              : tr('form.complete', { name: transition.name })}
        </button>
        {props.partialSave !== false &&
          (missingRequired.length > 0 || inCrm.length > 0) &&
          missingRequired.length === blocking.length && (
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
        {blocking.length > 0 && (
          <span class="form__missing" id={`${formId}-missing`}>
            {tr('form.stillNeeded', { items: blocking.map((b) => labelOf(b.item, tr)).join(', ') })}
          </span>
        )}
      </div>
      <span class="visually-hidden" role="status">
        {form.sending ? tr('form.savingStatus') : ''}
      </span>
    </form>
  );
}

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
  value: DraftValue;
  /** A read-only field's value, decoded by its kind from the transition's current data; null for others. */
  readOnlyValue: DraftValue;
  error: string | null;
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
  if (item.kind === 'message' || item.kind === 'widget' || item.kind === 'unknown') return <InfoItem item={item} />;
  const kind = kindOf(item);
  if (key === null || kind === null) return null;
  if (item.kind === 'field' && showsReadOnly(item))
    return <ReadOnlyField field={item} value={props.readOnlyValue} ctx={props.ctx} />;
  const Editor = viewOf(kind).Editor;
  if (!Editor) return null;
  const inputId = `${props.formId}-${key}`;
  const labelId = `${inputId}-label`;
  const tooltip = item.kind === 'field' ? item.tooltip : null;
  const helpId = tooltip ? `${inputId}-help` : null;
  const errorId = props.error ? `${inputId}-error` : null;
  const noteId = props.note ? `${inputId}-note` : null;
  const describedBy = [helpId, noteId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      class={`item${props.error ? ' item--invalid' : ''}${item.kind === 'field' && item.type === 'boolean' ? ' item--inline' : ''}`}
    >
      <label class="item__label" id={labelId} for={inputId} elementtiming="bs-form-item">
        {labelOf(item, tr)}
        {item.required && <RequiredMark />}
      </label>
      <Editor
        item={item}
        value={logicOf(kind).read(props.value)}
        ctx={props.ctx}
        inputId={inputId}
        labelId={labelId}
        describedBy={describedBy}
        invalid={props.error !== null}
        disabled={props.disabled}
        services={props.services}
        onChange={(v: DraftValue) => props.onEdit(key, v)}
        onBlur={() => props.onTouch(key)}
      />
      {tooltip && (
        <span class="item__help" id={helpId ?? undefined}>
          {tooltip}
        </span>
      )}
      {props.note && (
        <span class="item__help item__note" id={noteId ?? undefined}>
          {props.note}
        </span>
      )}
      {props.error && (
        <span class="item__error" id={errorId ?? undefined}>
          {props.error}
        </span>
      )}
    </div>
  );
});
