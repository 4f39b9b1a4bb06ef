import { dateTimePattern } from '../../blueprint/date-format.ts';
import type { FieldItem } from '../../blueprint/model.ts';
import { inputAttributes, type EditorProps, type KindView } from '../view-contract.ts';
import { DatePicker } from './calendar.tsx';

/**
 * A date or a date and time, typed in the user's own format from their CRM settings (the browser's date
 * input would use the browser's format instead). The pattern shows as the placeholder and in the help text.
 * A calendar beside the input (calendar.tsx) writes a picked date into the text, in the same format.
 */
function DateEditor(props: EditorProps<FieldItem, string>) {
  const datetime = props.item.type === 'datetime';
  return (
    <DatePicker
      id={props.inputId}
      labelId={props.labelId}
      text={props.value}
      formats={props.ctx.formats}
      time={datetime}
      disabled={props.disabled}
      onChange={props.onChange}
    >
      <input
        {...inputAttributes(props)}
        class={`input ${datetime ? 'input--datetime' : 'input--date'}`}
        type="text"
        autoComplete="off"
        placeholder={datetime ? dateTimePattern(props.ctx.formats) : props.ctx.formats.dateFormat}
        value={props.value}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
    </DatePicker>
  );
}

/** Already in the user's format: the starting value wrote it so. */
export const view: KindView<FieldItem, string> = { Editor: DateEditor, shown: (_field, value) => value };
