import type { FieldItem } from '../../blueprint/model.ts';
import { useT } from '../../ui/i18n-context.ts';
import { inputAttributes, type EditorProps, type KindView } from '../view-contract.ts';

/** A picklist: the CRM's choices in their order; the value kept is the choice's `actual_value`. */
function PicklistEditor(props: EditorProps<FieldItem, string>) {
  const tr = useT();
  const value = props.value;
  const known = props.item.options.some((o) => o.value === value);
  return (
    <select
      {...inputAttributes(props)}
      class="input"
      value={value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      <option value="">{tr('form.none')}</option>
      {!known && value !== '' && <option value={value}>{value}</option>}
      {props.item.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A choice's display value, or the value itself when the CRM does not list it. */
export function optionLabel(field: FieldItem, value: string): string {
  return field.options.find((o) => o.value === value)?.label ?? value;
}

export const view: KindView<FieldItem, string> = { Editor: PicklistEditor, shown: optionLabel };
