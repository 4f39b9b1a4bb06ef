import type { FieldItem } from '../../blueprint/model.ts';
import { inputAttributes, type EditorProps, type KindView } from '../view-contract.ts';

/** Multi-line text, with a character count where the field has a limit. */
function TextareaEditor(props: EditorProps<FieldItem, string>) {
  const text = props.value;
  const max = props.item.maxLength;
  return (
    <>
      <textarea
        {...inputAttributes(props)}
        class="input input--area"
        rows={3}
        value={text}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
      {max !== null && (
        <span class={`item__count${text.length > max ? ' item__count--over' : ''}`} aria-hidden="true">
          {text.length} / {max}
        </span>
      )}
    </>
  );
}

export const view: KindView<FieldItem, string> = { Editor: TextareaEditor, shown: (_field, value) => value };
