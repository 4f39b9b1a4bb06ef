import { dateTimePattern } from '../../blueprint/date-format.ts';
import type { FieldItem } from '../../blueprint/model.ts';
import { inputAttributes, type EditorProps, type KindView } from '../view-contract.ts';

/**
 * A date or a date and time, typed in the user's own format from their CRM settings (the browser's date
 * input would use the browser's format instead). The pattern shows as the placeholder and in the help text.
 */
function DateEditor(props: EditorProps<FieldItem, string>) {
  const datetime = props.item.type === 'datetime';
  return (
    <input
      {...inputAttributes(props)}
      class={`input ${datetime ? 'input--datetime' : 'input--date'}`}
      type="text"
      autoComplete="off"
      placeholder={datetime ? dateTimePattern(props.ctx.formats) : props.ctx.formats.dateFormat}
      value={props.value}
      onInput={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}

/** Already in the user's format: the starting value wrote it so. */
export const view: KindView<FieldItem, string> = { Editor: DateEditor, shown: (_field, value) => value };
