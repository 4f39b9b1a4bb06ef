import { inputAttributes, type EditorProps } from './editor-contract.ts';
import { useT } from '../i18n-context.ts';

/** A picklist: the CRM's choices in their order; the value kept is the choice's `actual_value`. */
export function PicklistEditor(props: EditorProps) {
  const t = useT();
  const value = typeof props.value === 'string' ? props.value : '';
  const known = props.field.options.some((o) => o.value === value);
  return (
    <select {...inputAttributes(props)} class="input" value={value} onChange={(e) => props.onChange(e.currentTarget.value)}>
      <option value="">{t('form.none')}</option>
      {!known && value !== '' && <option value={value}>{value}</option>}
      {props.field.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A multi-select picklist: one checkbox per choice, in the CRM's order. */
export function MultiPicklistEditor(props: EditorProps) {
  const chosen = Array.isArray(props.value) ? (props.value as string[]) : [];
  const toggle = (v: string, on: boolean) => props.onChange(on ? [...chosen, v] : chosen.filter((c) => c !== v));
  return (
    <div class="choices" role="group" id={props.inputId} tabIndex={-1} aria-labelledby={props.labelId} aria-describedby={props.describedBy} aria-invalid={props.invalid || undefined}>
      {props.field.options.map((o) => (
        <label key={o.value} class="choice">
          <input type="checkbox" checked={chosen.includes(o.value)} disabled={props.disabled} onChange={(e) => toggle(o.value, e.currentTarget.checked)} onBlur={props.onBlur} />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/** A yes/no field: a checkbox; unticked is an answer (false), not a missing value. */
export function BooleanEditor(props: EditorProps) {
  return (
    <input {...inputAttributes(props)} class="checkbox" type="checkbox" checked={props.value === true} onChange={(e) => props.onChange(e.currentTarget.checked)} />
  );
}
