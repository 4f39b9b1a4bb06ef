import type { ModuleInfo } from '../../settings/crm-metadata.ts';
import { settingsForModule, type SettingsDoc } from '../../settings/settings-schema.ts';
import { useT } from '../i18n-context.ts';

/** The org's modules to choose from, each saying whether the widget is on there and whether it has unsaved edits. */
export function ModuleNav(props: {
  modules: ModuleInfo[];
  selected: string | null;
  draft: SettingsDoc;
  stored: SettingsDoc;
  onSelect: (module: string) => void;
}) {
  const t = useT();
  return (
    <nav class="modules" aria-label={t('settings.nav.label')}>
      <ul class="modules__list">
        {props.modules.map((m) => {
          const now = settingsForModule(props.draft, m.apiName);
          const edited = JSON.stringify(now) !== JSON.stringify(settingsForModule(props.stored, m.apiName));
          return (
            <li key={m.apiName}>
              <button
                type="button"
                class="modules__item"
                aria-current={m.apiName === props.selected ? 'true' : undefined}
                onClick={() => props.onSelect(m.apiName)}
              >
                <bdi class="modules__name">{m.label}</bdi>
                <span class="modules__state">
                  {now.enabled ? t('settings.nav.on') : t('settings.nav.off')}
                  {edited && ` · ${t('settings.nav.edited')}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
