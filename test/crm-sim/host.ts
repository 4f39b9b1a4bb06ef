/**
 * Boots the CRM simulator's host page: the in-memory CRM, the record page, the popup with the widget, the
 * Simulator panel, and `window.crmSim` for browser tests (README.md lists the hooks).
 */
import type { HostUi } from './crm-calls.ts';
import { CrmStore } from './crm-store.ts';
import { connectWidget } from './host-bridge.ts';
import { readHostParams } from './host-params.ts';
import { WidgetPopup } from './popup.ts';
import type { CrmEventData } from './protocol.ts';
import { renderRecordPage, type Selection } from './record-page.ts';
import { mountSimPanel } from './sim-panel.ts';
import { SimSettings, type Failure } from './sim-settings.ts';

/** The test hooks on the host window. */
export interface CrmSimHooks {
  calls: Array<{ name: string; data: CrmEventData }>;
  updates: Array<{ Entity: unknown; RecordID: unknown; BlueprintData: unknown }>;
  crm: CrmStore;
  setLatency(ms: number): void;
  setFailure(failure: { code: string; on?: string; times?: number | 'always' } | null): void;
  openWidget(): void;
  closeWidget(): void;
}

declare global {
  interface Window {
    crmSim: CrmSimHooks;
  }
}

const params = readHostParams(location.search);
const store = new CrmStore();
const settings = new SimSettings();
settings.setLatency(params.latencyMs);
settings.setFailure(params.failure);

const firstId = (module: string): string => store.list(module)[0]?.values.id ?? '';
let selection: Selection = {
  module: params.module,
  recordId: params.recordId && store.record(params.module, params.recordId) ? params.recordId : firstId(params.module),
};
const calls: CrmSimHooks['calls'] = [];
const updates: CrmSimHooks['updates'] = [];
const pageRoot = document.getElementById('crm-page')!;
const log = mountSimPanel(document.getElementById('sim-dock')!, settings);
let disconnect: (() => void) | null = null;

const render = (): void => renderRecordPage(pageRoot, store, selection, { select, openWidget });
const popup = new WidgetPopup(() => closeWidget(false));

/** Shows another record, and keeps it in the URL so a reload stays there. */
function select(next: Selection): void {
  closeWidget(false);
  selection = next;
  const url = new URL(location.href);
  url.searchParams.set('module', next.module);
  url.searchParams.set('record', next.recordId);
  history.replaceState(null, '', url);
  render();
}

const ui: HostUi = {
  resize: (size) => popup.resize(size),
  close: (reload) => closeWidget(reload),
  openRecord: (entity, recordId) => (store.record(entity, recordId) ? select({ module: entity, recordId }) : log(`Record.open: no ${entity} ${recordId}`)),
};

/** Opens the popup with the widget for the selected record, as the CRM does for a detail-view button. */
function openWidget(): void {
  closeWidget(false);
  const deadline = params.deadline ? `&deadline=${encodeURIComponent(params.deadline)}` : '';
  const src = `${params.widgetPath}?serviceOrigin=${encodeURIComponent(location.origin)}${deadline}`;
  const iframe = popup.open(src, 'Blueprint Stepper');
  disconnect = connectWidget({
    iframe,
    page: { Entity: selection.module, EntityId: [selection.recordId], ButtonPosition: 'DetailView' },
    store,
    settings,
    ui,
    log,
    onCall: (name, data) => {
      calls.push({ name, data });
      if (name === 'updateBluePrint') updates.push({ Entity: data.Entity, RecordID: data.RecordID, BlueprintData: data.BlueprintData });
    },
    // The page behind the popup shows the record's new state as soon as the CRM has it.
    onAnswer: (name) => (name === 'updateBluePrint' ? render() : undefined),
  });
  log(`Popup opened: ${src}`);
}

/** Closes the popup; `reload` re-renders the record page from the CRM, like closeReload. */
function closeWidget(reload: boolean): void {
  if (!disconnect && !popup.iframe) return;
  disconnect?.();
  disconnect = null;
  popup.close();
  if (reload) render();
}

window.crmSim = {
  calls,
  updates,
  crm: store,
  setLatency: (ms) => settings.setLatency(ms),
  setFailure: (f) => {
    const times = f?.times === undefined || f.times === 'always' ? Infinity : f.times;
    settings.setFailure(f ? ({ code: f.code, on: f.on ?? 'updateBluePrint', times } satisfies Failure) : null);
  },
  openWidget,
  closeWidget: () => closeWidget(false),
};

render();
if (params.open) openWidget();
