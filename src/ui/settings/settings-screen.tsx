import type { ModuleEdit } from '../../settings/module-edits.ts';
import { settingsForModule } from '../../settings/settings-schema.ts';
import { CopyDiagnostics } from '../copy-diagnostics.tsx';
import { describeError } from '../describe-error.ts';
import { useT } from '../i18n-context.ts';
import { ProblemPanel } from '../problem-panel.tsx';
import { BlueprintsPanel } from './blueprints-panel.tsx';
import { ModuleEditor } from './module-editor.tsx';
import { ModuleNav } from './module-nav.tsx';
import { SaveBar } from './save-bar.tsx';
import { SettingsNote } from './settings-note.tsx';
import {
  canSave,
  pendingChanges,
  processFieldInUse,
  type SettingsAction,
  type SettingsPageState,
} from './settings-state.ts';

/**
 * The settings page for its state: the title, who may edit, why stored settings are not in use, then the
 * modules with the open one's editor and the save bar. Edits go to `dispatch`; loads and the save to the page
 * (settings-app.tsx).
 */
export function SettingsScreen(props: {
  state: SettingsPageState;
  dispatch: (action: SettingsAction) => void;
  onRetry: () => void;
  onRetryFields: (module: string) => void;
  onSave: () => void;
  /** Reads the org's blueprint definitions through the CRM connection; null where the page has none. */
  onReadBlueprints: (() => void) | null;
}) {
  const t = useT();
  const { state, dispatch } = props;
  const { selected, page } = state;
  const changes = pendingChanges(state);
  const module = state.modules.find((m) => m.apiName === selected) ?? null;
  return (
    <main class="settings">
      <header class="settings__header">
        <h1 class="settings__title">{t('settings.title')}</h1>
        <p class="settings__intro">{t('settings.intro')}</p>
      </header>
      {page.status === 'ready' && state.access !== 'admin' && (
        <p class="banner banner--info" role="note">
          {state.access === 'unknown' ? t('settings.readOnly.unknownUser') : t('settings.readOnly.notAdmin')}
        </p>
      )}
      {page.status === 'ready' && <SettingsNote source={state.source} />}
      {page.status === 'loading' ? (
        <p class="settings__loading" role="status">
          {t('settings.loading')}
        </p>
      ) : page.status === 'failed' ? (
        <ProblemPanel text={describeError(page.error)} onRetry={props.onRetry} />
      ) : (
        <>
          <BlueprintsPanel
            state={state.blueprints}
            draft={state.draft}
            onRead={state.access === 'admin' ? props.onReadBlueprints : null}
            disabled={state.save.status === 'saving'}
          />
          <div class="settings__layout">
            <ModuleNav
              modules={state.modules}
              selected={selected}
              draft={state.draft}
              stored={state.stored}
              onSelect={(m) => dispatch({ type: 'select', module: m })}
            />
            {module ? (
              <ModuleEditor
                module={module}
                settings={settingsForModule(state.draft, module.apiName)}
                process={state.editing.get(module.apiName) ?? null}
                onScope={(process) => dispatch({ type: 'edit-scope', module: module.apiName, process })}
                fields={state.fields.get(module.apiName) ?? { status: 'loading' }}
                fieldInUse={processFieldInUse(state, module.apiName)}
                disabled={state.save.status === 'saving' || state.access !== 'admin'}
                onEdit={(edit: ModuleEdit) => dispatch({ type: 'edit', module: module.apiName, edit })}
                onRetryFields={() => props.onRetryFields(module.apiName)}
              />
            ) : (
              <p class="empty-note">{t('settings.noModules')}</p>
            )}
          </div>
          {state.access === 'admin' && (
            <SaveBar
              changes={changes}
              save={state.save}
              canSave={canSave(state, changes)}
              onSave={props.onSave}
              onDiscard={() => dispatch({ type: 'discard' })}
            />
          )}
          <CopyDiagnostics />
        </>
      )}
      <span class="visually-hidden" role="status">
        {state.announcement && t(state.announcement)}
      </span>
    </main>
  );
}
