import type { FieldItem } from '../../blueprint/model.ts';
import { inputAttributes, type EditorProps, type KindView } from '../view-contract.ts';

/** A yes/no field: a checkbox; unticked is an answer (false), not a missing value. */
function BooleanEditor(props: EditorProps<FieldItem, boolean>) {
  return (
    <input
      {...inputAttributes(props)}
      class="checkbox"
      type="checkbox"
      checked={props.value}
      onChange={(e) => props.onChange(e.currentTarget.checked)}
    />
  );
}

export const view: KindView<FieldItem, boolean> = {
  Editor: BooleanEditor,
  shown: (_field, value, _ctx, tr) => tr(value ? 'form.yes' : 'form.no'),
};
