import type { FieldItem } from '../../blueprint/model.ts';
import { characterCount } from '../text/text-logic.ts';
import { inputAttributes, type EditorProps, type KindView } from '../view-contract.ts';

/** Multi-line text, with a character count where the field has a limit. */
function TextareaEditor(props: EditorProps<FieldItem, string>) {
  const text = props.value;
  const max = props.item.maxLength;
  // Counted as the check counts (text-logic.ts), so the counter and the error never disagree.
  const count = characterCount(text);
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
        <span class={`item__count${count > max ? ' item__count--over' : ''}`} aria-hidden="true">
          {count} / {max}
        </span>
      )}
    </>
  );
}

export const view: KindView<FieldItem, string> = { Editor: TextareaEditor, shown: (_field, value) => value };
