import { dateTimePattern } from '../../blueprint/date-format.ts';
import { inputAttributes, type EditorProps } from './editor-contract.ts';

/**
 * A date or a date and time, typed in the user's own format from their CRM settings (the browser's date
 * input would use the browser's format instead). The pattern shows as the placeholder and in the help text.
 */
export function DateEditor(props: EditorProps) {
  const pattern = props.field.type === 'datetime' ? dateTimePattern(props.ctx.formats) : props.ctx.formats.dateFormat;
  return (
    <input
      {...inputAttributes(props)}
      class={`input ${props.field.type === 'datetime' ? 'input--datetime' : 'input--date'}`}
      type="text"
      autoComplete="off"
      placeholder={pattern}
      value={typeof props.value === 'string' ? props.value : ''}
      onInput={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}
