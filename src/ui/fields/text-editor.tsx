import type { EditorProps } from './editor-contract.ts';

/** Single-line text, and the text-like types (email, phone, website) until they get their own editors. */
export function TextEditor(props: EditorProps) {
  const { field } = props;
  const inputType = field.type === 'email' ? 'email' : field.type === 'phone' ? 'tel' : field.type === 'website' ? 'url' : 'text';
  return (
    <input
      id={props.inputId}
      class="input"
      type={inputType as 'text'}
      value={typeof props.value === 'string' ? props.value : ''}
      required={field.required}
      disabled={props.disabled}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onInput={(e) => props.onChange(e.currentTarget.value)}
      onBlur={props.onBlur}
    />
  );
}

/** Multi-line text. */
export function TextareaEditor(props: EditorProps) {
  return (
    <textarea
      id={props.inputId}
      class="input input--area"
      rows={3}
      value={typeof props.value === 'string' ? props.value : ''}
      required={props.field.required}
      disabled={props.disabled}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onInput={(e) => props.onChange(e.currentTarget.value)}
      onBlur={props.onBlur}
    />
  );
}
