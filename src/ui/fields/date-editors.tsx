import { dateTimePattern } from '../../blueprint/date-format.ts';
import { DatePicker } from './calendar.tsx';
import { inputAttributes, type EditorProps } from './editor-contract.ts';

/**
 * A date or a date and time, typed in the user's own format from their CRM settings (the browser's date
 * input would use the browser's format instead). The pattern shows as the placeholder and in the help text.
 * A calendar beside the input (calendar.tsx) writes a picked date into the text, in the same format.
 */
export function DateEditor(props: EditorProps) {
  const pattern = props.field.type === 'datetime' ? dateTimePattern(props.ctx.formats) : props.ctx.formats.dateFormat;
  const text = typeof props.value === 'string' ? props.value : '';
  return (
    <DatePicker id={props.inputId} labelId={props.labelId} text={text} formats={props.ctx.formats} time={props.field.type === 'datetime'} disabled={props.disabled} onChange={props.onChange}>
      <input
        {...inputAttributes(props)}
        class={`input ${props.field.type === 'datetime' ? 'input--datetime' : 'input--date'}`}
        type="text"
        autoComplete="off"
        placeholder={pattern}
        value={text}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
    </DatePicker>
  );
}
