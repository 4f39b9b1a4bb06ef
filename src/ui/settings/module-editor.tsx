import type { ModuleInfo } from '../../settings/crm-metadata.ts';
import type { ModuleEdit, ProcessFieldInUse } from '../../settings/module-edits.ts';
import type { ModuleSettings } from '../../settings/settings-schema.ts';
import { describeError } from '../describe-error.ts';
import { ErrorDetails } from '../error-details.tsx';
import { useT } from '../i18n-context.ts';
import { AfterTransitionChoice } from './after-transition-choice.tsx';
import { HiddenTransitions } from './hidden-transitions.tsx';
import { PathEditor } from './path-editor.tsx';
import { DefinedTransitions } from './defined-transitions.tsx';
import { ProcessScope } from './process-scope.tsx';
import { definitionOf } from '../../settings/process-edits.ts';
import { settingsForProcess } from '../../settings/settings-schema.ts';
import type { FieldsState } from './settings-state.ts';

/** One module's settings: on or off, the process field and its path, hidden transitions, what follows a transition. */
export function ModuleEditor(props: {
  module: ModuleInfo;
  /** The module's own settings; the editor shows the process's over them when one is chosen (`process`). */
  settings: ModuleSettings;
  /** The blueprint whose own settings are edited, or null for the module's. */
  process: string | null;
  onScope: (process: string | null) => void;
  fields: FieldsState;
  fieldInUse: ProcessFieldInUse | null;
  disabled: boolean;
  onEdit: (edit: ModuleEdit) => void;
  onRetryFields: () => void;
}) {
  const t = useT();
  const { module, onEdit, process } = props;
  const settings = process === null ? props.settings : settingsForProcess(props.settings, process);
  const definition = process === null ? null : definitionOf(props.settings, process);
  const id = `module-${module.apiName}`;
  return (
    <section class="module" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="module__title">
        <bdi>{module.label}</bdi>
      </h2>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.enabled}
          disabled={props.disabled}
          onChange={(e) => onEdit({ kind: 'enabled', enabled: e.currentTarget.checked })}
        />
        {t('settings.module.enabled', { module: module.label })}
      </label>
      {!settings.enabled && <p class="hint">{t('settings.module.disabledHint', { module: module.label })}</p>}
      <ProcessScope module={module} settings={props.settings} process={process} onScope={props.onScope} />
      <ProcessSection {...props} settings={settings} />
      {definition && (
        <DefinedTransitions
          id={id}
          definition={definition}
          hiddenIds={settings.hiddenTransitions}
          disabled={props.disabled}
          onEdit={onEdit}
        />
      )}
      <HiddenTransitions
        id={id}
        names={settings.hiddenTransitions.filter((n) => !definition?.transitions.some((x) => x.id === n))}
        disabled={props.disabled}
        onEdit={onEdit}
      />
      <AfterTransitionChoice id={id} value={settings.afterTransition} disabled={props.disabled} onEdit={onEdit} />
    </section>
  );
}

/** The process field and the path, once the module's fields are loaded. */
function ProcessSection(props: Parameters<typeof ModuleEditor>[0]) {
  const t = useT();
  const { module, fields, settings, fieldInUse } = props;
  if (fields.status === 'loading')
    return (
      <p class="hint" role="status">
        {t('settings.fields.loading', { module: module.label })}
      </p>
    );
  if (fields.status === 'failed') {
    const text = describeError(fields.error);
    return (
      <div class="form__error" role="alert">
        <p class="form__error-title">{t('settings.fields.failed', { module: module.label })}</p>
        <p>
          {t(text.title)}
          {text.fix && ` ${t(text.fix)}`}
        </p>
        <ErrorDetails lines={text.details} />
        <button type="button" class="button" onClick={props.onRetryFields}>
          {t('settings.fields.retry')}
        </button>
      </div>
    );
  }
  if (fields.picklists.length === 0) {
    return <p class="hint">{t('settings.fields.noPicklists', { module: module.label })}</p>;
  }
  const selectId = `module-${module.apiName}-process-field`;
  const lost = settings.processField !== null && fieldInUse === null;
  return (
    <>
      <div class="item">
        <label class="item__label" for={selectId}>
          {t('settings.field.label')}
        </label>
        <select
          id={selectId}
          class="input"
          value={fieldInUse?.apiName ?? ''}
          disabled={props.disabled}
          aria-describedby={`${selectId}-help`}
          onChange={(e) => props.onEdit({ kind: 'process-field', field: e.currentTarget.value || null })}
        >
          {!fieldInUse && <option value="">{t('settings.field.choose')}</option>}
          {fields.picklists.map((p) => (
            <option key={p.apiName} value={p.apiName}>
              {p.label} ({p.apiName})
            </option>
          ))}
        </select>
        <span class="item__help" id={`${selectId}-help`}>
          {lost
            ? t('settings.field.lost', { field: settings.processField ?? '', module: module.label })
            : t('settings.field.help')}
        </span>
      </div>
      {fieldInUse && (
        <PathEditor
          id={`module-${module.apiName}`}
          settings={settings}
          field={fieldInUse}
          // The process field moves only by a transition: never offered as a key field.
          keyFields={{
            choices: fields.keyFieldChoices.filter((c) => c.apiName !== fieldInUse.apiName),
            known: fields.names,
          }}
          disabled={props.disabled}
          onEdit={props.onEdit}
        />
      )}
    </>
  );
}
