import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import { itemKey, type DraftValue, type FormContext } from '../blueprint/draft.ts';
import type { FormItem } from '../blueprint/model.ts';
import type { EditorServices } from '../flow/editor-services.ts';
import { describeError } from './describe-error.ts';
import { ErrorDetails } from './error-details.tsx';
import { editorFor } from './fields/registry.ts';
import { useT } from './i18n-context.ts';
import type { Translate } from '../i18n/translate.ts';
import { AttachmentsEditor, ChecklistEditor, NotesEditor } from './item-editors.tsx';
import { pure } from './pure.ts';
import { InfoItem, ReadOnlyField, RequiredMark } from './read-only-item.tsx';
import type { OpenForm } from './widget-state.ts';
import { blockingItems, encodeTransitionData, type Blocking } from '../blueprint/encode-draft.ts';
import './transition-form.css';

/**
 * What a send needs, checked: the items that stop it (a partial save may leave required items empty but never
 * sends a value the CRM would refuse) and the encoded `data`. Lives here, with the form's code, so the checks
 * and encoders load with the form rather than with the first screen.
 */
export function prepareSend(form: OpenForm, ctx: FormContext, mode: 'complete' | 'partial'): { stopping: Blocking[]; data: Record<string, unknown> } {
  const blocking = blockingItems(form.transition.items, form.drafts, ctx);
  const stopping = mode === 'complete' ? blocking : blocking.filter((b) => !b.missing);
  return { stopping, data: stopping.length > 0 ? {} : encodeTransitionData(form.transition, form.drafts, form.initial, ctx) };
}

/** Callbacks of the form; stable across renders, so unchanged rows skip re-rendering while the rep types. */
export interface FormHandlers {
  onEdit: (key: string, value: DraftValue) => void;
  onTouch: (key: string) => void;
  onSubmit: (mode: 'complete' | 'partial') => void;
  onCancel: () => void;
}

/** The open transition's items, inline under its action, with what is missing and the buttons that send it. */
export function TransitionForm(props: { form: OpenForm; ctx: FormContext; services: EditorServices; handlers: FormHandlers }) {
  const tr = useT();
  const { form, ctx, handlers } = props;
  const t = form.transition;
  const blocking = useMemo(() => blockingItems(t.items, form.drafts, ctx), [form.drafts, t, ctx]);
  const problems = useMemo(() => new Map(blocking.map((b) => [b.key, b])), [blocking]);
  const blamed = form.sendError?.kind === 'api' ? form.sendError.fieldApiName : null;
  const sendError = form.sendError ? describeError(form.sendError) : null;
  const required = t.items.filter((i) => itemKey(i) !== null && 'required' in i && i.required && !(i.kind === 'field' && i.readOnly));
  const requiredDone = required.filter((i) => !problems.has(itemKey(i) ?? '')).length;
  const missingRequired = blocking.filter((b) => b.missing);
  const formId = `form-${t.id}`;
  const onTouch = useTouchAfterPointer(handlers.onTouch);
  return (
    <form
      class="form"
      id={formId}
      aria-label={t.name}
      aria-busy={form.sending !== null}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        handlers.onSubmit('complete');
      }}
    >
      {form.restored && <p class="banner banner--info">{tr('form.restored')}</p>}
      {required.length > 0 && (
        <p class="form__progress">
          {tr('form.progress', { done: requiredDone, count: required.length })}
          {t.percentPartialSave > 0 && ` · ${tr('form.savedEarlier', { percent: t.percentPartialSave })}`}
        </p>
      )}
      {t.items.length === 0 && <p class="item item--note">{tr('form.nothingAsked')}</p>}
      {t.items.map((item, index) => {
        const key = itemKey(item);
        // A wrong value shows once the rep leaves the field; a missing one only after they try to send, so
        // errors do not pop up (and move the buttons) while the rep is still working down the form.
        const problem = key === null ? undefined : problems.get(key);
        const error = problem && (form.showAllErrors || (form.touched[key ?? ''] === true && !problem.missing)) ? tr(problem.problem) : null;
        const blame = key !== null && key === blamed && form.sendError?.kind === 'api' ? form.sendError.message : null;
        return (
          <ItemRow
            key={key ?? `item-${index}`}
            item={item}
            itemKeyName={key}
            formId={formId}
            value={key === null ? null : (form.drafts[key] ?? null)}
            original={item.kind === 'field' ? t.data[item.apiName] : undefined}
            error={error ?? blame}
            disabled={form.sending !== null}
            ctx={ctx}
            services={props.services}
            onEdit={handlers.onEdit}
            onTouch={onTouch}
          />
        );
      })}
      {sendError && (
        <div class="form__error" role="alert">
          <p class="form__error-title">{tr(sendError.title)}</p>
          {sendError.fix && <p>{tr(sendError.fix)}</p>}
          <ErrorDetails lines={sendError.details} />
        </div>
      )}
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={form.sending !== null} aria-describedby={blocking.length > 0 ? `${formId}-missing` : undefined}>
          {form.sending === 'complete' ? tr('form.saving') : sendError?.retry ? tr('action.tryAgain') : tr('form.complete', { name: t.name })}
        </button>
        {missingRequired.length > 0 && missingRequired.length === blocking.length && (
          <button type="button" class="button" disabled={form.sending !== null} onClick={() => handlers.onSubmit('partial')}>
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

/** The name of an item, as the form shows it. */
export function labelOf(item: FormItem, t: Translate): string {
  switch (item.kind) {
    case 'field':
      return item.label;
    case 'notes':
      return t('form.notes');
    case 'checklist':
      return item.label;
    case 'attachments':
      return t('form.attachments');
    default:
      return '';
  }
}

interface RowProps {
  item: FormItem;
  itemKeyName: string | null;
  formId: string;
  value: DraftValue;
  original: unknown;
  error: string | null;
  disabled: boolean;
  ctx: FormContext;
  services: EditorServices;
  onEdit: (key: string, value: DraftValue) => void;
  onTouch: (key: string) => void;
}

/** One item of the form: label, editor, help and error. Memoised: typing in one field re-renders only that row. */
const ItemRow = pure(function ItemRow(props: RowProps) {
  const t = useT();
  const { item, itemKeyName: key } = props;
  if (item.kind === 'message' || item.kind === 'widget' || item.kind === 'unknown') return <InfoItem item={item} />;
  if (key === null) return null;
  if (item.kind === 'field' && (item.readOnly || !editorFor(item.type))) return <ReadOnlyField field={item} value={props.original} ctx={props.ctx} />;
  const inputId = `${props.formId}-${key}`;
  const labelId = `${inputId}-label`;
  const tooltip = item.kind === 'field' ? item.tooltip : null;
  const helpId = tooltip ? `${inputId}-help` : null;
  const errorId = props.error ? `${inputId}-error` : null;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    value: props.value,
    inputId,
    labelId,
    describedBy,
    invalid: props.error !== null,
    disabled: props.disabled,
    services: props.services,
    onChange: (v: DraftValue) => props.onEdit(key, v),
    onBlur: () => props.onTouch(key),
  };
  let editor;
  if (item.kind === 'field') {
    const Editor = editorFor(item.type);
    editor = Editor && <Editor field={item} ctx={props.ctx} {...common} />;
  } else if (item.kind === 'notes') editor = <NotesEditor item={item} {...common} />;
  else if (item.kind === 'checklist') editor = <ChecklistEditor item={item} {...common} />;
  else editor = <AttachmentsEditor item={item} {...common} />;
  return (
    <div class={`item${props.error ? ' item--invalid' : ''}${item.kind === 'field' && item.type === 'boolean' ? ' item--inline' : ''}`}>
      <label class="item__label" id={labelId} for={inputId}>
        {labelOf(item, t)}
        {item.required && <RequiredMark />}
      </label>
      {editor}
      {tooltip && (
        <span class="item__help" id={helpId ?? undefined}>
          {tooltip}
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
