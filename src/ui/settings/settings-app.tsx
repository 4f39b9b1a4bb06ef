import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { CrmClient } from '../../crm/crm-client.ts';
import { failureOf } from '../../crm/crm-error.ts';
import type { BlueprintReader } from '../../crm/blueprint-reader.ts';
import { loadModuleFields, loadSettingsPage, readBlueprints, saveSettings } from '../../flow/settings-page.ts';
import type { LoadedMessages } from '../../i18n/load-messages.ts';
import { TranslateContext } from '../i18n-context.ts';
import { useLatestSignal, useLifetimeSignal } from '../use-abort-signals.ts';
import { useTexts } from '../use-texts.ts';
import { SettingsScreen } from './settings-screen.tsx';
import {
  canSave,
  initialSettingsState,
  pendingChanges,
  reduceSettings,
  type SettingsPageState,
} from './settings-state.ts';

/**
 * The extension's settings page: owns the state (settings-state.ts) and every call to the CRM (flow/settings-page.ts);
 * its views (settings-screen.tsx) only render and report.
 */
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
  const t = useTexts(locale, loadMessages);
  // With the texts, as the page shows them (a layout effect: no frame shows the page under another title).
  useLayoutEffect(() => {
    if (t) document.title = t('settings.title');
  }, [t]);
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

  if (!t) return <main class="settings" aria-busy="true" />;
  return (
    <TranslateContext.Provider value={t}>
      <SettingsScreen
        state={state}
        dispatch={dispatch}
        onRetry={() => void load()}
        onRetryFields={(module) => void loadFields(module)}
        onSave={() => void save()}
        onReadBlueprints={reader ? () => void readDefinitions() : null}
      />
    </TranslateContext.Provider>
  );
}
