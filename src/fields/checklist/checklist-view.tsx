import type { ChecklistItem } from '../../blueprint/model.ts';
import type { EditorProps, KindView } from '../view-contract.ts';

/** A checklist: one checkbox per entry; a required checklist needs every entry ticked. */
function ChecklistEditor(props: EditorProps<ChecklistItem, string[]>) {
  const ticked = props.value;
  return (
    <div
      class="choices choices--column"
      role="group"
      id={props.inputId}
      tabIndex={-1}
      aria-labelledby={props.labelId}
      aria-describedby={props.describedBy}
    >
      {props.item.entries.map((entry) => (
        <label key={entry} class="choice">
          <input
            type="checkbox"
            checked={ticked.includes(entry)}
            disabled={props.disabled}
            onChange={(e) =>
              props.onChange(e.currentTarget.checked ? [...ticked, entry] : ticked.filter((other) => other !== entry))
            }
            onBlur={props.onBlur}
          />
          {entry}
        </label>
      ))}
    </div>
  );
}

export const view: KindView<ChecklistItem, string[]> = {
  Editor: ChecklistEditor,
  shown: (_item, value) => value.join(', '),
};
