import type { EditorProps } from './editor-contract.ts';

/** A calendar date, kept as `yyyy-MM-dd` (the browser's date input shows it in the user's own format). */
export function DateEditor(props: EditorProps) {
  return (
    <input
      id={props.inputId}
      class="input input--date"
      type="date"
      value={typeof props.value === 'string' ? props.value : ''}
      required={props.field.required}
      disabled={props.disabled}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onInput={(e) => props.onChange(e.currentTarget.value)}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      onBlur={props.onBlur}
    />
  );
}
