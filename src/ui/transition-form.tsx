import type { DraftValue } from '../blueprint/form-values.ts';
import type { FieldItem } from '../blueprint/model.ts';
import { describeError } from './describe-error.ts';
import { editorFor } from './fields/registry.ts';
import { RequiredMark, SpecialItem, UnsupportedField } from './read-only-item.tsx';
import { blockingFields, visibleErrors, type OpenForm } from './widget-state.ts';

/** The open transition's fields, inline under its action, with what is missing and the button that sends it. */
export function TransitionForm(props: {
  form: OpenForm;
  onEdit: (apiName: string, value: DraftValue) => void;
  onTouch: (apiName: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { form } = props;
  const t = form.transition;
  const errors = visibleErrors(form);
  const blocking = blockingFields(form);
  const sendError = form.sendError ? describeError(form.sendError) : null;
  const formId = `form-${t.id}`;
  return (
    <form
      class="form"
      id={formId}
      aria-label={t.name}
      aria-busy={form.sending}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {t.items.length === 0 && <p class="item item--note">This transition asks for nothing: complete it when you're ready.</p>}
      {t.items.map((item, index) =>
        item.kind === 'field' ? (
          <FieldRow
            key={item.apiName}
            field={item}
            formId={formId}
            value={form.drafts[item.apiName] ?? null}
            original={t.data[item.apiName]}
            error={errors[item.apiName] ?? null}
            disabled={form.sending}
            onEdit={props.onEdit}
            onTouch={props.onTouch}
          />
        ) : (
          <SpecialItem key={`item-${index}`} item={item} />
        ),
      )}
      {sendError && (
        <div class="form__error" role="alert">
          <p class="form__error-title">{sendError.title}</p>
          {sendError.fix && <p>{sendError.fix}</p>}
          {sendError.detail && <p class="problem__detail">{sendError.detail}</p>}
        </div>
      )}
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={form.sending} aria-describedby={blocking.length > 0 ? `${formId}-missing` : undefined}>
          {form.sending ? 'Saving…' : sendError?.retry ? 'Try again' : `Complete “${t.name}”`}
        </button>
        <button type="button" class="button" onClick={props.onCancel} disabled={form.sending}>
          Cancel
        </button>
        {blocking.length > 0 && (
          <span class="form__missing" id={`${formId}-missing`}>
            Still needed: {blocking.map((f) => f.label).join(', ')}
          </span>
        )}
      </div>
      <span class="visually-hidden" role="status">
        {form.sending ? 'Saving the transition…' : ''}
      </span>
    </form>
  );
}

function FieldRow(props: {
  field: FieldItem;
  formId: string;
  value: DraftValue;
  original: unknown;
  error: string | null;
  disabled: boolean;
  onEdit: (apiName: string, value: DraftValue) => void;
  onTouch: (apiName: string) => void;
}) {
  const { field } = props;
  const Editor = editorFor(field.type);
  if (!Editor || field.readOnly) return <UnsupportedField field={field} value={props.original} />;
  const inputId = `${props.formId}-${field.apiName}`;
  const helpId = field.tooltip ? `${inputId}-help` : null;
  const errorId = props.error ? `${inputId}-error` : null;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`item${props.error ? ' item--invalid' : ''}`}>
      <label class="item__label" for={inputId}>
        {field.label}
        {field.required && <RequiredMark />}
      </label>
      <Editor
        field={field}
        value={props.value}
        inputId={inputId}
        describedBy={describedBy}
        invalid={props.error !== null}
        disabled={props.disabled}
        onChange={(v) => props.onEdit(field.apiName, v)}
        onBlur={() => props.onTouch(field.apiName)}
      />
      {field.tooltip && (
        <span class="item__help" id={helpId ?? undefined}>
          {field.tooltip}
        </span>
      )}
      {props.error && (
        <span class="item__error" id={errorId ?? undefined}>
          {props.error}
        </span>
      )}
    </div>
  );
}
