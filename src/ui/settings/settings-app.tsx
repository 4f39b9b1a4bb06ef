import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { CrmClient } from '../../crm/crm-client.ts';
import { failureOf } from '../../flow/load-stepper.ts';
import { loadModuleFields, loadSettingsPage, saveSettings } from '../../flow/settings-page.ts';
import type { ModuleEdit } from '../../settings/module-edits.ts';
import { settingsForModule, settingsNote, type SettingsSource } from '../../settings/settings-schema.ts';
import { describeError } from '../describe-error.ts';
import type { LoadedMessages } from '../../i18n/load-messages.ts';
import { createTranslator, type Translate } from '../../i18n/translate.ts';
import { TranslateContext } from '../i18n-context.ts';
import { ProblemPanel } from '../problem-panel.tsx';
import { ModuleEditor } from './module-editor.tsx';
import { ModuleNav } from './module-nav.tsx';
import { SaveBar } from './save-bar.tsx';
import { canSave, initialSettingsState, pendingChanges, processFieldInUse, reduceSettings, type SettingsPageState } from './settings-state.ts';

/** What saving would do to settings that are not in use, after the note that says why. */
const SAVE_HINT: Record<SettingsSource['kind'], string> = {
  stored: '',
  missing: '',
  unreadable: '',
  empty: 'Saving here replaces them.',
  'not-json': 'Saving here replaces them.',
  invalid: 'Saving here replaces them.',
  newer: 'Saving is turned off so that this older settings page cannot overwrite them: update the extension first.',
};

/** The extension's settings page: owns the state and every call to the CRM; the views below only render and report. */
export function SettingsApp(props: {
  client: CrmClient;
  ready: Promise<void>;
  /** Loads the texts for a locale (app/translations/<locale>.json), falling back to English. */
  loadMessages: (locale: string) => Promise<LoadedMessages>;
  /** The admin's locale (the browser's: the settings page asks the CRM for no user). */
  locale: string;
}) {
  const { client, ready, loadMessages, locale } = props;
  const [t, setT] = useState<Translate | null>(null);
  useEffect(() => {
    void loadMessages(locale).then((loaded) => {
      document.documentElement.lang = loaded.locale;
      setT(() => createTranslator(loaded.locale, loaded.messages, {}));
    });
  }, [loadMessages, locale]);
  const [state, dispatch] = useReducer(reduceSettings, initialSettingsState);
  const current = useRef<SettingsPageState>(state);
  current.current = state;
  // A ref, not state: two clicks in one frame both see the state before either re-render.
  const saving = useRef(false);

  const load = useCallback(async () => {
    dispatch({ type: 'loading' });
    try {
      dispatch({ type: 'loaded', result: await loadSettingsPage(client) });
    } catch (reason) {
      dispatch({ type: 'loaded', result: { kind: 'failed', error: failureOf(reason, 'load') } });
    }
  }, [client]);

  useEffect(() => {
    ready.then(load, (reason: unknown) => dispatch({ type: 'loaded', result: { kind: 'failed', error: failureOf(reason, 'PageLoad') } }));
  }, [ready, load]);

  const loadFields = useCallback(
    async (module: string) => {
      dispatch({ type: 'fields-loading', module });
      dispatch({ type: 'fields-loaded', module, result: await loadModuleFields(client, module) });
    },
    [client],
  );

  const { selected, page } = state;
  const fieldsWanted = selected !== null && page.status === 'ready' && state.fields[selected] === undefined;
  useEffect(() => {
    if (fieldsWanted && selected) void loadFields(selected);
  }, [fieldsWanted, selected, loadFields]);

  const changes = pendingChanges(state);
  const save = useCallback(async () => {
    const s = current.current;
    if (saving.current || !canSave(s, pendingChanges(s))) return;
    saving.current = true;
    dispatch({ type: 'save-start' });
    try {
      dispatch({ type: 'save-done', result: await saveSettings(client, s.draft) });
    } finally {
      saving.current = false;
    }
  }, [client]);

  const note = settingsNote(state.source);
  const module = state.modules.find((m) => m.apiName === selected) ?? null;
  if (!t) return <main class="settings" aria-busy="true" />;
  return (
    <TranslateContext.Provider value={t}>
    <main class="settings">
      <header class="settings__header">
        <h1 class="settings__title">Blueprint Stepper settings</h1>
        <p class="settings__intro">Set up the widget for each module. Reps see a change the next time they open the widget.</p>
      </header>
      {page.status === 'ready' && note && (
        <p class="banner banner--admin" role="note">
          {note} {SAVE_HINT[state.source.kind]}
        </p>
      )}
      {page.status === 'loading' ? (
        <p class="settings__loading" role="status">
          Loading the settings…
        </p>
      ) : page.status === 'failed' ? (
        <ProblemPanel text={describeError(page.error)} onRetry={() => void load()} />
      ) : (
        <>
          <div class="settings__layout">
            <ModuleNav modules={state.modules} selected={selected} draft={state.draft} stored={state.stored} onSelect={(m) => dispatch({ type: 'select', module: m })} />
            {module ? (
              <ModuleEditor
                module={module}
                settings={settingsForModule(state.draft, module.apiName)}
                fields={state.fields[module.apiName] ?? { status: 'loading' }}
                fieldInUse={processFieldInUse(state, module.apiName)}
                disabled={state.save.status === 'saving'}
                onEdit={(edit: ModuleEdit) => dispatch({ type: 'edit', module: module.apiName, edit })}
                onRetryFields={() => void loadFields(module.apiName)}
              />
            ) : (
              <p class="empty-note">The CRM lists no modules this widget can work with.</p>
            )}
          </div>
          <SaveBar
            changes={changes}
            save={state.save}
            canSave={canSave(state, changes)}
            onSave={() => void save()}
            onDiscard={() => dispatch({ type: 'discard' })}
          />
        </>
      )}
      <span class="visually-hidden" role="status">
        {state.announcement}
      </span>
    </main>
    </TranslateContext.Provider>
  );
}
