import type { FieldItem, FormItem } from '../blueprint/model.ts';
import type { EditorServices } from '../crm/editor-services.ts';
import type { DraftValue, FormContext } from '../fields/contract.ts';
import { ReadOnlyField, RequiredMark } from '../fields/field-frame.tsx';
import { InfoItem } from '../fields/info/info-item.tsx';
import { logicOf } from '../fields/kind-logic.ts';
import { viewOf } from '../fields/kind-views.ts';
import { kindOf } from '../fields/registry.ts';
import { isEmptyDraft } from '../fields/send-data.ts';
import { useT } from './i18n-context.ts';
import { labelOf } from './item-label.ts';
import { useLive, type LiveForm } from './live-form.ts';
import { pure } from './pure.ts';

/** A field the rep cannot edit here: read-only, or of a kind with no editor (computed, or unknown to the widget). */
export function showsReadOnly(field: FieldItem): boolean {
  return field.readOnly || !viewOf(kindOf(field) ?? 'other').Editor;
}

export interface RowProps {
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
export const ItemRow = pure(function ItemRow(props: RowProps) {
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
