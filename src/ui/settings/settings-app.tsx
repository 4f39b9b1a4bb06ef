import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { CrmClient } from '../../crm/crm-client.ts';
import { failureOf } from '../../crm/crm-error.ts';
import { loadModuleFields, loadSettingsPage, readBlueprints, saveSettings } from '../../flow/settings-page.ts';
import type { ModuleEdit } from '../../settings/module-edits.ts';
import {
  ignoredSettingsMessages,
  settingsForModule,
  settingsNoteDetail,
  settingsNoteMessage,
  type SettingsSource,
} from '../../settings/settings-schema.ts';
import { CopyDiagnostics } from '../copy-diagnostics.tsx';
import { describeError } from '../describe-error.ts';
import type { LoadedMessages } from '../../i18n/load-messages.ts';
import { msg, type Message } from '../../i18n/message.ts';
import { createTranslator, type Translate } from '../../i18n/translate.ts';
import { textDirection } from '../../i18n/direction.ts';
import { TranslateContext } from '../i18n-context.ts';
import { useLatestSignal, useLifetimeSignal } from '../use-abort-signals.ts';
import { ProblemPanel } from '../problem-panel.tsx';
import { ModuleEditor } from './module-editor.tsx';
import { BlueprintsPanel } from './blueprints-panel.tsx';
import type { BlueprintReader } from '../../crm/blueprint-reader.ts';
import { ModuleNav } from './module-nav.tsx';
import { SaveBar } from './save-bar.tsx';
import {
  canSave,
  initialSettingsState,
  pendingChanges,
  processFieldInUse,
  reduceSettings,
  type SettingsPageState,
} from './settings-state.ts';

/** What saving would do to settings that are not in use, after the note that says why. */
const SAVE_HINT: Record<SettingsSource['kind'], Message | null> = {
  stored: null,
  missing: null,
  unreadable: null,
  empty: msg('settings.saveHint.replaces'),
  'not-json': msg('settings.saveHint.replaces'),
  invalid: msg('settings.saveHint.replaces'),
  partial: msg('settings.saveHint.repairs'),
  newer: msg('settings.saveHint.newer'),
};

/** The extension's settings page: owns the state and every call to the CRM; the views below only render and report. */
export function SettingsApp(props: {
  client: CrmClient;
  ready: Promise<void>;
  /** Loads the texts for a locale (app/translations/<locale>.json), falling back to English. */
  loadMessages: (locale: string) => Promise<LoadedMessages>;
  /** The locale to start in (the browser's), until the CRM says the user's. */
  locale: string;
  /** Reads the blueprints' definitions through the admin's CRM connection; null where the page has none. */
  blueprints?: BlueprintReader | null;
}) {
  const { client, ready, loadMessages } = props;
  // The user's CRM locale once the first load says it, as in the widget (issue 26); the browser's until then.
  const [locale, setLocale] = useState(props.locale);
  const [t, setT] = useState<Translate | null>(null);
  useEffect(() => {
    void loadMessages(locale).then((loaded) => {
      document.documentElement.lang = loaded.locale;
      document.documentElement.dir = textDirection(loaded.locale);
      const translate = createTranslator(loaded.locale, loaded.messages, {});
      document.title = translate('settings.title');
      setT(() => translate);
    });
  }, [loadMessages, locale]);
  const [state, dispatch] = useReducer(reduceSettings, initialSettingsState);
  const current = useRef<SettingsPageState>(state);
  current.current = state;
  // A ref, not state: two clicks in one frame both see the state before either re-render.
  const saving = useRef(false);
  // A retried load makes the one before it stale; fields and saves are only cut short by the page going.
  const nextLoad = useLatestSignal();
  const lifetime = useLifetimeSignal();

  const load = useCallback(async () => {
    const signal = nextLoad();
    dispatch({ type: 'loading' });
    try {
      const result = await loadSettingsPage(client, signal);
      if (result.kind === 'ready' && result.locale) setLocale(result.locale);
      dispatch({ type: 'loaded', result });
    } catch (reason) {
      if (!signal.aborted) dispatch({ type: 'loaded', result: { kind: 'failed', error: failureOf(reason, 'load') } });
    }
  }, [client, nextLoad]);

  useEffect(() => {
    ready.then(load, (reason: unknown) =>
      dispatch({ type: 'loaded', result: { kind: 'failed', error: failureOf(reason, 'PageLoad') } }),
    );
  }, [ready, load]);

  const loadFields = useCallback(
    async (module: string) => {
      dispatch({ type: 'fields-loading', module });
      const result = await loadModuleFields(client, module, lifetime).catch(() => null);
      if (result) dispatch({ type: 'fields-loaded', module, result });
    },
    [client, lifetime],
  );

  const { selected, page } = state;
  const fieldsWanted = selected !== null && page.status === 'ready' && !state.fields.has(selected);
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
      dispatch({ type: 'save-done', result: await saveSettings(client, s.draft, lifetime) });
    } catch {
      // Aborted: the page went.
    } finally {
      saving.current = false;
    }
  }, [client, lifetime]);

  const reader = props.blueprints ?? null;
  const readDefinitions = useCallback(async () => {
    if (!reader) return;
    dispatch({ type: 'blueprints-reading' });
    try {
      dispatch({ type: 'blueprints-done', result: await readBlueprints(reader, lifetime) });
    } catch {
      // Aborted: the page went.
    }
  }, [reader, lifetime]);

  const note = settingsNoteMessage(state.source);
  const noteDetail = settingsNoteDetail(state.source);
  const ignored = ignoredSettingsMessages(state.source);
  const saveHint = SAVE_HINT[state.source.kind];
  const module = state.modules.find((m) => m.apiName === selected) ?? null;
  if (!t) return <main class="settings" aria-busy="true" />;
  return (
    <TranslateContext.Provider value={t}>
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
        {page.status === 'ready' && note && (
          <div class="banner banner--admin" role="note">
            <p class="settings__note">
              {t(note)}
              {saveHint && ` ${t(saveHint)}`}
            </p>
            {ignored.length > 0 && (
              <ul class="settings__ignored">
                {ignored.map((m, i) => (
                  <li key={i}>{t(m)}</li>
                ))}
              </ul>
            )}
            {noteDetail && (
              <p class="settings__note-detail">
                {t('settings.technicalDetail')} <span lang="en">{noteDetail}</span>
              </p>
            )}
          </div>
        )}
        {page.status === 'loading' ? (
          <p class="settings__loading" role="status">
            {t('settings.loading')}
          </p>
        ) : page.status === 'failed' ? (
          <ProblemPanel text={describeError(page.error)} onRetry={() => void load()} />
        ) : (
          <>
            <BlueprintsPanel
              state={state.blueprints}
              draft={state.draft}
              onRead={reader && state.access === 'admin' ? () => void readDefinitions() : null}
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
                  onRetryFields={() => void loadFields(module.apiName)}
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
                onSave={() => void save()}
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
    </TranslateContext.Provider>
  );
}
