import type { ModuleEdit } from '../../settings/module-edits.ts';
import type { ProcessDefinition } from '../../settings/process-definition.ts';
import { useT } from '../i18n-context.ts';

/**
 * Transitions to hide, chosen by id from the blueprint's definition (where it was read): every manual transition,
 * each with the stages it moves between.
 */
export function DefinedTransitions(props: {
  id: string;
  definition: ProcessDefinition;
  hiddenIds: string[];
  disabled: boolean;
  onEdit: (edit: ModuleEdit) => void;
}) {
  const t = useT();
  const manual = props.definition.transitions.filter((x) => !x.automatic);
  return (
    <fieldset class="group">
      <legend class="group__legend">{t('settings.hiddenIds.legend')}</legend>
      <p class="hint">{t('settings.hiddenIds.help')}</p>
      {manual.map((x) => (
        <label key={x.id} class="check">
          <input
            type="checkbox"
            checked={props.hiddenIds.includes(x.id)}
            disabled={props.disabled}
            onChange={(e) => props.onEdit({ kind: 'transition-id', id: x.id, hidden: e.currentTarget.checked })}
          />
          <span>
            <bdi>{x.name}</bdi>{' '}
            <span class="hint">
              (<bdi>{x.from.join(', ')}</bdi> → <bdi>{x.to ?? '?'}</bdi>)
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
