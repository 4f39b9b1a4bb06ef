import type { FieldItem } from '../../blueprint/model.ts';
import { optionLabel } from '../picklist/picklist-view.tsx';
import type { EditorProps, KindView } from '../view-contract.ts';

/** A multi-select picklist: one checkbox per choice, in the CRM's order. */
function MultiPicklistEditor(props: EditorProps<FieldItem, string[]>) {
  const chosen = props.value;
  const toggle = (v: string, on: boolean) => props.onChange(on ? [...chosen, v] : chosen.filter((c) => c !== v));
  return (
    <div
      class="choices"
      role="group"
      id={props.inputId}
      tabIndex={-1}
      aria-labelledby={props.labelId}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
    >
      {props.item.options.map((o) => (
        <label key={o.value} class="choice">
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            disabled={props.disabled}
            onChange={(e) => toggle(o.value, e.currentTarget.checked)}
            onBlur={props.onBlur}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

export const view: KindView<FieldItem, string[]> = {
  Editor: MultiPicklistEditor,
  shown: (field, value) => value.map((v) => optionLabel(field, v)).join(', '),
};
