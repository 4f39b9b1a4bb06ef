/** The Simulator panel (latency and failure injection, plain controls) and the CRM log, docked over the page. */
import { CALL_NAMES } from './crm-calls.ts';
import { el } from './el.ts';
import { FAILURE_CODES, type SimSettings } from './sim-settings.ts';

/** The log the panel shows; kept short so a long session stays fast. */
const MAX_LOG_LINES = 300;

/** Mounts the panel into `root`; returns a function that appends one line to the CRM log. */
export function mountSimPanel(root: HTMLElement, settings: SimSettings): (line: string) => void {
  const latency = el('input', { type: 'number', min: 0, step: 50, id: 'sim-latency' });
  const code = el('select', { id: 'sim-fail' }, el('option', { value: '' }, 'none'), ...FAILURE_CODES.map((c) => el('option', { value: c }, c)));
  const on = el('select', { id: 'sim-fail-on' }, el('option', { value: 'any' }, 'any'), ...CALL_NAMES.map((c) => el('option', { value: c }, c)));
  const times = el('input', { type: 'number', min: 1, step: 1, id: 'sim-fail-times' });
  const always = el('input', { type: 'checkbox', id: 'sim-fail-always' });
  const status = el('p', { class: 'sim-status', 'aria-live': 'polite' });
  const log = el('ol', { class: 'sim-log', 'aria-label': 'CRM log' });

  const applyFailure = (): void => {
    const count = always.checked ? Infinity : Math.max(1, Number(times.value) || 1);
    settings.setFailure(code.value ? { code: code.value, on: on.value, times: count } : null);
  };
  latency.addEventListener('change', () => settings.setLatency(Number(latency.value)));
  [code, on, times, always].forEach((c) => c.addEventListener('change', applyFailure));

  // The controls mirror the settings, which also change through the URL, the test hooks and by counting down.
  const sync = (): void => {
    latency.value = String(settings.latencyMs);
    const f = settings.failure;
    code.value = f?.code ?? '';
    on.value = f?.on ?? (on.value || 'updateBluePrint');
    always.checked = f ? f.times === Infinity : always.checked;
    times.value = f && f.times !== Infinity ? String(f.times) : times.value || '1';
    status.textContent = f ? `Next ${f.times === Infinity ? 'every' : f.times} ${f.on} call${f.times === 1 ? '' : 's'} → ${f.code}` : 'No failure injected.';
  };
  settings.onChange(sync);
  on.value = 'updateBluePrint';
  sync();

  const row = (label: string, control: HTMLElement) => el('label', { class: 'sim-row' }, el('span', {}, label), control);
  root.replaceChildren(
    el('details', { class: 'sim-panel' },
      el('summary', {}, 'Simulator'),
      row('Latency (ms per call)', latency),
      row('Failure', code),
      row('On call', on),
      row('Times', times),
      row('Always', always),
      status),
    el('details', { class: 'sim-panel' },
      el('summary', {}, 'CRM log'),
      el('button', { type: 'button', class: 'sim-clear', onclick: () => log.replaceChildren() }, 'Clear'),
      log),
  );

  return (line: string) => {
    log.append(el('li', {}, `${new Date().toISOString().slice(11, 23)} ${line}`));
    while (log.childElementCount > MAX_LOG_LINES) log.firstElementChild?.remove();
    log.scrollTop = log.scrollHeight;
  };
}
