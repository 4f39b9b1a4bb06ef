/** The host page's URL parameters (see README.md), read once at load. */
import type { Failure } from './knobs.ts';

/** Where the widget's pages are served from: the live source through Vite, or the build in app/. */
export const WIDGET_PATHS = { src: '/src/widget.html', app: '/app/widget.html' } as const;

/** Where the extension's settings page is served from, likewise. */
export const SETTINGS_PATHS = { src: '/src/settings.html', app: '/app/settings.html' } as const;

/**
 * The loopback names the simulator answers on. They are different *sites* (an IP address is a site of its own), so
 * a page on one and a frame on the other are as cross-site as Zoho's CRM page and the widget's frame.
 */
const LOOPBACK_PAIR: Record<string, string> = { '127.0.0.1': 'localhost', localhost: '127.0.0.1' };

/**
 * The origin the widget's pages are served from, for a host page at `host`: by default the same server under the
 * other loopback name (the host on `http://127.0.0.1:5173`, the widget on `http://localhost:5173`), like Zoho,
 * whose widget frame is on another site than the CRM's page. `same` (or a host page opened under any other name)
 * serves them from the host's own origin.
 */
export function widgetOrigin(
  host: { protocol: string; hostname: string; port: string },
  site: 'cross' | 'same',
): string {
  const other = site === 'cross' ? LOOPBACK_PAIR[host.hostname] : undefined;
  return `${host.protocol}//${other ?? host.hostname}${host.port ? `:${host.port}` : ''}`;
}

/** Named values `?settings=` seeds the settings variable with, to show the widget's fallbacks. */
export const SETTINGS_SEEDS: Record<string, string> = {
  /** Cut off mid-document: not JSON. */
  broken: '{"version": 1, "modules": {"Leads": {"enabled": ',
  empty: '',
  /** A format this build cannot know. */
  newer: '{"version": 99, "modules": {}}',
  /** Deals expected in Needs Analysis for 2 days: Contoso — Analytics add-on, 3 days in, is past it (issue 25). */
  // Listed stages come first on the path (README, "The settings page"): Qualification keeps its place before it.
  expectedDays:
    '{"version": 1, "modules": {"Deals": {"states": [{"value": "Qualification"}, {"value": "Needs Analysis", "expectedDays": 2}]}}}',
  /**
   * Key fields on some stages (issue 25): an editable field or two, a field a transition of the stage asks for
   * (the CRM refuses its update: RECORD_IN_BLUEPRINT) and a read-only one, for Deals and Leads.
   */
  'key-fields': JSON.stringify({
    version: 1,
    modules: {
      Deals: {
        processField: 'Stage',
        states: [
          { value: 'Qualification', keyFields: ['Amount', 'Next_Step', 'Pain_Points', 'Deal_Number'] },
          { value: 'Needs Analysis', keyFields: ['Amount', 'Probability', 'Closing_Date'] },
        ],
      },
      Leads: {
        processField: 'Lead_Status',
        states: [{ value: 'Not Contacted', keyFields: ['Phone', 'Lead_Source', 'Next_Steps', 'Lead_Number'] }],
      },
    },
  }),
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
  /** `cross` (the default): the widget's pages come from another site than the host page; `same`: from its origin. */
  widgetSite: 'cross' | 'same';
  /** Passed on to the widget's own URL: its deadline per CRM call, so a silent CRM shows quickly in tests. */
  deadline: string | null;
  /** getFields answers this many fields per module, like a real org's (seed/big-field-list.ts); 0: the seed's own. */
  bigFields: number;
  /** The signed-in user's CRM locale as Zoho writes it (`ar_EG`); null: the seed's (`en_US`). */
  userLocale: string | null;
  /** Whether the admin created the blueprint connection; `?connection=none`: not. */
  connection: boolean;
}

/**
 * The page of app/ the record button opens with `widget=app` and `widgetPage=<path in app/>`, in place of
 * widget.html: the bench's floor widget (test/tools/bench/). Only a plain relative `.html` path is taken.
 */
function builtWidgetPath(page: string | null): string {
  return page && /^[\w-]+(\/[\w-]+)*\.html$/.test(page) ? `/app/${page}` : WIDGET_PATHS.app;
}

/**
 * Reads `?module=&record=&latency=&fail=&failOn=&failTimes=&open=&widget=&widgetPage=&view=&settings=&deadline=
 * &widgetSite=&bigFields=&locale=&connection=`;
 * unset ones take their defaults.
 */
export function readHostParams(search: string): HostParams {
  const q = new URLSearchParams(search);
  const latency = Number(q.get('latency'));
  const times = Number(q.get('failTimes'));
  const fail = q.get('fail');
  const built = q.get('widget') === 'app';
  const seed = q.get('settings');
  const bigFields = Number(q.get('bigFields'));
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
    widgetPath: built ? builtWidgetPath(q.get('widgetPage')) : WIDGET_PATHS.src,
    settingsPath: built ? SETTINGS_PATHS.app : SETTINGS_PATHS.src,
    view: q.get('view') === 'settings' ? 'settings' : q.get('view') === 'list' ? 'list' : 'record',
    settingsSeed: seed === null ? null : (SETTINGS_SEEDS[seed] ?? seed),
    deadline: q.get('deadline'),
    widgetSite: q.get('widgetSite') === 'same' ? 'same' : 'cross',
    bigFields: Number.isInteger(bigFields) && bigFields > 0 ? Math.min(bigFields, 5000) : 0,
    connection: q.get('connection') !== 'none',
    userLocale: /^[a-z]{2,3}(_[A-Za-z0-9]{2,4}){0,2}$/.test(q.get('locale') ?? '') ? q.get('locale') : null,
  };
}
