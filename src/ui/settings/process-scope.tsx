import type { ModuleInfo } from '../../settings/crm-metadata.ts';
import type { ModuleSettings } from '../../settings/settings-schema.ts';
import { useT } from '../i18n-context.ts';

/**
 * Whose settings the editor below shows: the module's (every blueprint's defaults) or one blueprint's own, for a
 * module whose blueprints were read or set up (README, "Settings per process").
 */
export function ProcessScope(props: {
  module: ModuleInfo;
  settings: ModuleSettings;
  process: string | null;
  onScope: (process: string | null) => void;
}) {
  const t = useT();
  const processes = Object.entries(props.settings.processes ?? {});
  if (processes.length === 0) return null;
  const id = `module-${props.module.apiName}-scope`;
  return (
    <div class="item">
      <label class="item__label" for={id}>
        {t('settings.scope.label')}
      </label>
      <select
        id={id}
        class="input"
        value={props.process ?? ''}
        aria-describedby={`${id}-help`}
        onChange={(e) => props.onScope(e.currentTarget.value || null)}
      >
        <option value="">{t('settings.scope.module', { module: props.module.label })}</option>
        {processes.map(([pid, p]) => (
          <option key={pid} value={pid}>
            {p.name}
          </option>
        ))}
      </select>
      <span class="item__help" id={`${id}-help`}>
        {props.process === null ? t('settings.scope.moduleHelp') : t('settings.scope.processHelp')}
      </span>
    </div>
  );
}
