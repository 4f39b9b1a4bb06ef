import { useState } from 'preact/hooks';
import type { KeyFieldChoice } from '../../flow/settings-page.ts';
import { MAX_KEY_FIELDS } from '../../settings/key-fields.ts';
import { useT } from '../i18n-context.ts';

/**
 * A stage's key fields (issue 25): the fields chosen, in the admin's order, each with a remove button; a search by
 * label (or API name) adds one more, up to five. A stored name the module's field list lacks shows as such, to be
 * removed.
 */
export function KeyFieldsPicker(props: {
  id: string;
  chosen: string[];
  choices: KeyFieldChoice[];
  /** Every field the module has, by API name. */
  known: string[];
  disabled: boolean;
  onChange: (fields: string[]) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const { chosen, choices, id } = props;
  const labelOf = (name: string) => choices.find((c) => c.apiName === name)?.label ?? name;
  const words = query.trim().toLowerCase();
  const matches = words
    ? choices
        .filter((c) => !chosen.includes(c.apiName))
        .filter((c) => c.label.toLowerCase().includes(words) || c.apiName.toLowerCase().includes(words))
        .slice(0, 8)
    : [];
  return (
    <div class="key-fields-picker">
      <span class="item__label" id={`${id}-label`}>
        {t('settings.keyFields.label')}
      </span>
      <p class="hint" id={`${id}-help`}>
        {t('settings.keyFields.help')}
      </p>
      {chosen.length > 0 && (
        <ol class="chips" aria-labelledby={`${id}-label`}>
          {chosen.map((name) => (
            <li key={name} class="chip">
              <bdi>{labelOf(name)}</bdi>
              {!props.known.includes(name) && <span class="chip__note">({t('settings.keyFields.unknown')})</span>}
              <button
                type="button"
                class="chip__remove"
                aria-label={t('action.remove', { name: labelOf(name) })}
                disabled={props.disabled}
                onClick={() => props.onChange(chosen.filter((n) => n !== name))}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      {chosen.length >= MAX_KEY_FIELDS ? (
        <p class="hint">{t('settings.keyFields.full')}</p>
      ) : (
        <>
          <label class="item__label" for={`${id}-search`}>
            {t('settings.keyFields.add')}
          </label>
          <input
            id={`${id}-search`}
            class="input"
            type="search"
            autoComplete="off"
            value={query}
            disabled={props.disabled}
            aria-describedby={`${id}-help`}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          {matches.length > 0 && (
            <ul class="key-field-matches">
              {matches.map((c) => (
                <li key={c.apiName}>
                  <button
                    type="button"
                    class="button button--quiet"
                    disabled={props.disabled}
                    onClick={() => {
                      props.onChange([...chosen, c.apiName]);
                      setQuery('');
                      document.getElementById(`${id}-search`)?.focus();
                    }}
                  >
                    + <bdi>{c.label}</bdi> ({c.apiName})
                  </button>
                </li>
              ))}
            </ul>
          )}
          <span class="visually-hidden" role="status">
            {words && matches.length === 0 ? t('settings.keyFields.noMatch') : ''}
          </span>
          {words && matches.length === 0 && (
            <p class="hint" aria-hidden="true">
              {t('settings.keyFields.noMatch')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
