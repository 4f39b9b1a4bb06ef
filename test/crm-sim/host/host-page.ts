/**
 * Boots the CRM simulator's host page: the in-memory CRM, the record page, the popup with the widget, the
 * extension's settings page (the Settings tab), the Simulator panel, and `window.crmSim` for browser tests
 * (README.md lists the hooks).
 */
import type { HostUi } from '../crm/crm-calls.ts';
import { CrmStore } from '../crm/crm-store.ts';
import { connectWidget } from './bridge.ts';
import { readHostParams, widgetOrigin } from './url-params.ts';
import { WidgetPopup } from './popup.ts';
import type { PageLoadData } from '../protocol.ts';
import { SETTINGS_VARIABLE } from '../seed/crm-data.ts';
import { renderRecordPage, type Selection } from './record-page.ts';
import { renderSettingsPage } from './settings-tab.ts';
import { mountSimPanel } from './panel.ts';
import { SimKnobs, type Failure, type LateAnswers } from './knobs.ts';
import { CallMeter } from './call-meter.ts';
import { renderListView } from './list-view.ts';
import type { CrmSimHooks, SimWindow } from './sim-window.ts';

const params = readHostParams(location.search);
const store = new CrmStore();
const knobs = new SimKnobs();
knobs.setLatency(params.latencyMs);
knobs.setFailure(params.failure);
// The widget's settings variable as an admin left it, or broken on purpose (README.md, `settings`).
if (params.settingsSeed !== null) store.setVariable(SETTINGS_VARIABLE, params.settingsSeed);
store.connection = params.connection;
store.bigFields = params.bigFields;
// The signed-in user's language (README.md, `locale`): getCurrentUser answers it, as Zoho does.
if (params.userLocale) Object.assign(store.users[0]!, { locale: params.userLocale, country_locale: params.userLocale });

const firstId = (module: string): string => store.list(module)[0]?.values.id ?? '';
let selection: Selection = {
  module: params.module,
  recordId: params.recordId && store.record(params.module, params.recordId) ? params.recordId : firstId(params.module),
};
const calls: CrmSimHooks['calls'] = [];
const updates: CrmSimHooks['updates'] = [];
const pageRoot = document.getElementById('crm-page')!;
const log = mountSimPanel(document.getElementById('sim-dock')!, knobs);
let disconnect: (() => void) | null = null;
let disconnectSettings: (() => void) | null = null;
let view = params.view;

/** Re-renders the record page from the CRM (the settings view has nothing to re-render). */
const render = (): void => {
  if (view === 'record') renderRecordPage(pageRoot, store, selection, { select, openWidget, openSettings });
  if (view === 'list')
    renderListView(pageRoot, store, selection.module, listSelection, { select, openSettings, openBulk, openList });
};
const meter = new CallMeter();
/** The list view's ticked records (kept across re-renders of the list). */
const listSelection = new Set<string>();

const popup = new WidgetPopup(document.getElementById('crm-stage')!, () => closeWidget(false));

/** Shows another record, and keeps it in the URL so a reload stays there. */
function select(next: Selection): void {
  closeWidget(false);
  closeSettings();
  view = 'record';
  selection = next;
  const url = new URL(location.href);
  url.searchParams.set('module', next.module);
  url.searchParams.set('record', next.recordId);
  url.searchParams.delete('view');
  history.replaceState(null, '', url);
  render();
}

/** Answers a widget page in `iframe` from the in-memory CRM, recording every call for the test hooks. */
function bridge(iframe: HTMLIFrameElement, page: PageLoadData): () => void {
  return connectWidget({
    iframe,
    page,
    store,
    knobs,
    ui,
    log,
    onCall: (name, data) => {
      meter.asked(name);
      calls.push({ name, data });
      if (name === 'updateBluePrint')
        updates.push({ Entity: data.Entity, RecordID: data.RecordID, BlueprintData: data.BlueprintData });
    },
    // The page behind the popup shows the record's new state as soon as the CRM has it.
    onAnswer: (name) => {
      meter.answered(name);
      if (name === 'updateBluePrint') render();
    },
  });
}

/** Where the widget's pages come from: another site than this page, as in Zoho (README.md, `widgetSite`). */
const pagesOrigin = widgetOrigin(location, params.widgetSite);

/**
 * The URL a widget page opens at, on the widget's origin: the CRM names its own origin in `serviceOrigin` (where
 * the SDK posts, and the only origin whose messages the widget lets its SDK read), and passes the deadline on.
 */
function pageUrl(path: string): string {
  const deadline = params.deadline ? `&deadline=${encodeURIComponent(params.deadline)}` : '';
  return `${pagesOrigin}${path}?serviceOrigin=${encodeURIComponent(location.origin)}${deadline}`;
}

/** Shows the extension's settings page in place of the record page, as the CRM's setup area does. */
function openSettings(): void {
  closeWidget(false);
  closeSettings();
  view = 'settings';
  const url = new URL(location.href);
  url.searchParams.set('view', 'settings');
  history.replaceState(null, '', url);
  const src = pageUrl(params.settingsPath);
  const iframe = renderSettingsPage(pageRoot, store, src, { select, openSettings });
  disconnectSettings = bridge(iframe, {});
  log(`Settings page opened: ${src}`);
}

/** Stops answering the settings page (it unloads when the record page replaces it). */
function closeSettings(): void {
  disconnectSettings?.();
  disconnectSettings = null;
}

const ui: HostUi = {
  resize: (size) => popup.resize(size),
  close: (reload) => closeWidget(reload),
  openRecord: (entity, recordId) =>
    store.record(entity, recordId)
      ? select({ module: entity, recordId })
      : log(`Record.open: no ${entity} ${recordId}`),
};

/** Opens the popup with the widget for the selected record, as the CRM does for a detail-view button. */
function openWidget(): void {
  closeWidget(false);
  meter.reset();
  const src = pageUrl(params.widgetPath);
  const iframe = popup.open(src, 'Blueprint Stepper');
  disconnect = bridge(iframe, {
    Entity: selection.module,
    EntityId: [selection.recordId],
    ButtonPosition: 'DetailView',
  });
  log(`Popup opened: ${src}`);
}

/** Shows a module's list view, and keeps it in the URL. */
function openList(module: string): void {
  closeWidget(false);
  closeSettings();
  view = 'list';
  selection = { module, recordId: firstId(module) };
  listSelection.clear();
  const url = new URL(location.href);
  url.searchParams.set('view', 'list');
  url.searchParams.set('module', module);
  history.replaceState(null, '', url);
  render();
}

/** Opens the popup with the widget on the selected records, as the CRM does for a list view's mass-action button. */
function openBulk(module: string, ids: string[]): void {
  closeWidget(false);
  meter.reset();
  const src = pageUrl(params.widgetPath);
  const iframe = popup.open(src, 'Blueprint Stepper');
  disconnect = bridge(iframe, { Entity: module, EntityId: [...ids], ButtonPosition: 'ListView' });
  log(`Popup opened on ${ids.length} ${module}: ${src}`);
}

/** Closes the popup; `reload` re-renders the record page from the CRM, like closeReload. */
function closeWidget(reload: boolean): void {
  if (!disconnect && !popup.iframe) return;
  disconnect?.();
  disconnect = null;
  popup.close();
  if (reload) render();
}

(window as unknown as SimWindow).crmSim = {
  calls,
  updates,
  crm: store,
  setLatency: (ms) => knobs.setLatency(ms),
  setFailure: (f) => {
    const times = f?.times === undefined || f.times === 'always' ? Infinity : f.times;
    knobs.setFailure(f ? ({ code: f.code, on: f.on ?? 'updateBluePrint', times } satisfies Failure) : null);
  },
  setLateAnswers: (l) => {
    const times = l?.times === undefined || l.times === 'always' ? Infinity : l.times;
    knobs.setLate(
      l ? ({ on: l.on, ms: l.ms, times, carriedOutLate: l.carriedOutLate === true } satisfies LateAnswers) : null,
    );
  },
  setBigFields: (count) => {
    store.bigFields = count;
  },
  openWidget,
  closeWidget: () => closeWidget(false),
  openSettings,
  openList,
  openBulk,
  get inFlight() {
    return meter.inFlight;
  },
  get maxInFlight() {
    return meter.maxInFlight;
  },
};

if (view === 'settings') openSettings();
else if (view === 'list') openList(params.module);
else {
  render();
  if (params.open) openWidget();
}
