import type { FieldItem } from '../../blueprint/model.ts';
import { inputAttributes, type EditorProps, type KindView } from '../view-contract.ts';

const INPUT_TYPES = { email: 'email', phone: 'tel', website: 'url' } as const;

/** Single-line text, email, phone and website: text as typed; the checks say what a value must look like. */
function TextEditor(props: EditorProps<FieldItem, string>) {
  const type = INPUT_TYPES[props.item.type as keyof typeof INPUT_TYPES] ?? 'text';
  return (
    <input
      {...inputAttributes(props)}
      class="input"
      type={type as 'text'}
      autoComplete="off"
      value={props.value}
      onInput={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}

export const view: KindView<FieldItem, string> = { Editor: TextEditor, shown: (_field, value) => value };
