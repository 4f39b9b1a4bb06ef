import type { ModuleEdit } from '../../settings/module-edits.ts';
import { MAX_TRANSITION_NAME_LENGTH } from '../../settings/settings-schema.ts';
import { useT } from '../i18n-context.ts';

/**
 * Transitions the widget leaves out, by name. The CRM lists a record's transitions only from its current
 * stage, so the page cannot list them all: the admin types the name as the blueprint shows it.
 */
export function HiddenTransitions(props: {
  id: string;
  names: string[];
  disabled: boolean;
  onEdit: (edit: ModuleEdit) => void;
}) {
  const t = useT();
  const inputId = `${props.id}-hide-transition`;
  return (
    <fieldset class="group">
      <legend class="group__legend">{t('settings.hidden.legend')}</legend>
      <p class="hint" id={`${inputId}-help`}>
        {t('settings.hidden.help')}
      </p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const input = e.currentTarget.elements.namedItem('transition');
          if (!(input instanceof HTMLInputElement)) return;
          props.onEdit({ kind: 'hide-transition', name: input.value });
          input.value = '';
        }}
      >
        <label class="item__label" for={inputId}>
          {t('settings.hidden.name')}
        </label>
        <input
          id={inputId}
          name="transition"
          class="input"
          type="text"
          maxLength={MAX_TRANSITION_NAME_LENGTH}
          autoComplete="off"
          aria-describedby={`${inputId}-help`}
          disabled={props.disabled}
        />
        <button type="submit" class="button" disabled={props.disabled}>
          {t('settings.hidden.hide')}
        </button>
      </form>
      {props.names.length === 0 ? (
        <p class="hint">{t('settings.hidden.none')}</p>
      ) : (
        <ul class="chips" aria-label={t('settings.hidden.list')}>
          {props.names.map((name) => (
            <li key={name} class="chip">
              <span>{name}</span>
              <button
                type="button"
                class="chip__remove"
                aria-label={t('settings.hidden.showAgain', { name })}
                disabled={props.disabled}
                onClick={() => props.onEdit({ kind: 'show-transition', name })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
