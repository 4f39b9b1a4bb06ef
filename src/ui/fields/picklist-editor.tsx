import type { EditorProps } from './editor-contract.ts';

/** A picklist: the CRM's choices in their order; the value kept is the choice's `actual_value`. */
export function PicklistEditor(props: EditorProps) {
  const value = typeof props.value === 'string' ? props.value : '';
  const known = props.field.options.some((o) => o.value === value);
  return (
    <select
      id={props.inputId}
      class="input"
      value={value}
      required={props.field.required}
      disabled={props.disabled}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      onBlur={props.onBlur}
    >
      <option value="">-None-</option>
      {!known && value !== '' && <option value={value}>{value}</option>}
      {props.field.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
