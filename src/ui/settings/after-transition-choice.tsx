import type { ModuleEdit } from '../../settings/module-edits.ts';
import { AFTER_TRANSITION_WORDS } from '../../settings/settings-diff.ts';
import { AFTER_TRANSITION, type AfterTransition } from '../../settings/settings-schema.ts';

/** What the widget does once a rep completes a transition, as one radio group. */
export function AfterTransitionChoice(props: { id: string; value: AfterTransition; disabled: boolean; onEdit: (edit: ModuleEdit) => void }) {
  return (
    <fieldset class="group">
      <legend class="group__legend">After a rep completes a transition</legend>
      {AFTER_TRANSITION.map((after) => (
        <label key={after} class="check">
          <input
            type="radio"
            name={`${props.id}-after`}
            value={after}
            checked={props.value === after}
            disabled={props.disabled}
            onChange={() => props.onEdit({ kind: 'after', after })}
          />
          {AFTER_TRANSITION_WORDS[after].charAt(0).toUpperCase() + AFTER_TRANSITION_WORDS[after].slice(1)}
        </label>
      ))}
    </fieldset>
  );
}
