import type { NotesItem } from '../../blueprint/model.ts';
import type { EditorProps, KindView } from '../view-contract.ts';

/** The transition's note. */
function NotesEditor(props: EditorProps<NotesItem, string>) {
  return (
    <textarea
      id={props.inputId}
      class="input input--area"
      rows={3}
      value={props.value}
      required={props.item.required}
      disabled={props.disabled}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onInput={(e) => props.onChange(e.currentTarget.value)}
      onBlur={props.onBlur}
    />
  );
}

export const view: KindView<NotesItem, string> = { Editor: NotesEditor, shown: (_item, value) => value };
