/** The host page's URL parameters (see README.md), read once at load. */
import type { Failure } from './sim-settings.ts';

/** Where the widget page is served from: the live source through Vite, or the build in app/. */
export const WIDGET_PATHS = { src: '/src/widget.html', app: '/app/widget.html' } as const;

/** The settings a URL can carry. */
export interface HostParams {
  module: string;
  recordId: string | null;
  latencyMs: number;
  failure: Failure | null;
  open: boolean;
  widgetPath: string;
  /** Passed on to the widget's own URL: its deadline per CRM call, so a silent CRM shows quickly in tests. */
  deadline: string | null;
}

/** Reads `?module=&record=&latency=&fail=&failOn=&failTimes=&open=&widget=&deadline=`; unset ones take their defaults. */
export function readHostParams(search: string): HostParams {
  const q = new URLSearchParams(search);
  const latency = Number(q.get('latency'));
  const times = Number(q.get('failTimes'));
  const fail = q.get('fail');
  return {
    module: q.get('module') === 'Deals' ? 'Deals' : 'Leads',
    recordId: q.get('record'),
    // A person opening the simulator sees realistic latency; tests pass latency=0 for speed.
    latencyMs: q.has('latency') && Number.isFinite(latency) && latency >= 0 ? latency : 250,
    failure: fail ? { code: fail, on: q.get('failOn') || 'updateBluePrint', times: Number.isInteger(times) && times > 0 ? times : Infinity } : null,
    open: q.get('open') === '1',
    widgetPath: q.get('widget') === 'app' ? WIDGET_PATHS.app : WIDGET_PATHS.src,
    deadline: q.get('deadline'),
  };
}
