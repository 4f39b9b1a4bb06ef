import { inputAttributes, type EditorProps } from './editor-contract.ts';

const INPUT_TYPES = { email: 'email', phone: 'tel', website: 'url' } as const;

/** Single-line text, email, phone and website: text as typed; the checks say what a value must look like. */
export function TextEditor(props: EditorProps) {
  const { field } = props;
  const type = INPUT_TYPES[field.type as keyof typeof INPUT_TYPES] ?? 'text';
  return (
    <input
      {...inputAttributes(props)}
      class="input"
      type={type as 'text'}
      autoComplete="off"
      value={typeof props.value === 'string' ? props.value : ''}
      onInput={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}

/** Multi-line text, with a character count where the field has a limit. */
export function TextareaEditor(props: EditorProps) {
  const text = typeof props.value === 'string' ? props.value : '';
  const max = props.field.maxLength;
  return (
    <>
      <textarea {...inputAttributes(props)} class="input input--area" rows={3} value={text} onInput={(e) => props.onChange(e.currentTarget.value)} />
      {max !== null && (
        <span class={`item__count${text.length > max ? ' item__count--over' : ''}`} aria-hidden="true">
          {text.length} / {max}
        </span>
      )}
    </>
  );
}
