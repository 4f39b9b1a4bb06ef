import type { ModuleEdit } from '../../settings/module-edits.ts';
import { AFTER_TRANSITION_WORDS } from '../../settings/settings-diff.ts';
import { AFTER_TRANSITION, type AfterTransition } from '../../settings/settings-schema.ts';
import { useT } from '../i18n-context.ts';

/** What the widget does once a rep completes a transition, as one radio group. */
export function AfterTransitionChoice(props: {
  id: string;
  value: AfterTransition;
  disabled: boolean;
  onEdit: (edit: ModuleEdit) => void;
}) {
  const t = useT();
  return (
    <fieldset class="group">
      <legend class="group__legend">{t('settings.after.legend')}</legend>
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
          {t(AFTER_TRANSITION_WORDS[after])}
        </label>
      ))}
    </fieldset>
  );
}
