/** The host page's URL parameters (see README.md), read once at load. */
import type { Failure } from './knobs.ts';

/** Where the widget's pages are served from: the live source through Vite, or the build in app/. */
export const WIDGET_PATHS = { src: '/src/widget.html', app: '/app/widget.html' } as const;

/** Where the extension's settings page is served from, likewise. */
export const SETTINGS_PATHS = { src: '/src/settings.html', app: '/app/settings.html' } as const;

/** Named values `?settings=` seeds the settings variable with, to show the widget's fallbacks. */
export const SETTINGS_SEEDS: Record<string, string> = {
  /** Cut off mid-document: not JSON. */
  broken: '{"version": 1, "modules": {"Leads": {"enabled": ',
  empty: '',
  /** A format this build cannot know. */
  newer: '{"version": 99, "modules": {}}',
};

/** What the host page's URL can set. */
export interface HostParams {
  module: string;
  recordId: string | null;
  latencyMs: number;
  failure: Failure | null;
  open: boolean;
  widgetPath: string;
  settingsPath: string;
  /** `settings` opens the extension's settings page instead of the record page. */
  view: 'record' | 'settings' | 'list';
  /** The settings variable's starting value (a seed's, or the parameter as given); null: no variable. */
  settingsSeed: string | null;
  /** Passed on to the widget's own URL: its deadline per CRM call, so a silent CRM shows quickly in tests. */
  deadline: string | null;
}

/**
 * Reads `?module=&record=&latency=&fail=&failOn=&failTimes=&open=&widget=&view=&settings=&deadline=`; unset ones
 * take their defaults.
 */
export function readHostParams(search: string): HostParams {
  const q = new URLSearchParams(search);
  const latency = Number(q.get('latency'));
  const times = Number(q.get('failTimes'));
  const fail = q.get('fail');
  const built = q.get('widget') === 'app';
  const seed = q.get('settings');
  return {
    module: q.get('module') === 'Deals' ? 'Deals' : 'Leads',
    recordId: q.get('record'),
    // A person opening the simulator sees realistic latency; tests pass latency=0 for speed.
    latencyMs: q.has('latency') && Number.isFinite(latency) && latency >= 0 ? latency : 250,
    failure: fail
      ? {
          code: fail,
          on: q.get('failOn') || 'updateBluePrint',
          times: Number.isInteger(times) && times > 0 ? times : Infinity,
        }
      : null,
    open: q.get('open') === '1',
    widgetPath: built ? WIDGET_PATHS.app : WIDGET_PATHS.src,
    settingsPath: built ? SETTINGS_PATHS.app : SETTINGS_PATHS.src,
    view: q.get('view') === 'settings' ? 'settings' : q.get('view') === 'list' ? 'list' : 'record',
    settingsSeed: seed === null ? null : (SETTINGS_SEEDS[seed] ?? seed),
    deadline: q.get('deadline'),
  };
}
