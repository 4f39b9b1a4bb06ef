/**
 * The Simulator panel (latency and failure injection, plain controls) and the CRM log, in the dock: a strip below
 * the CRM's page that never lies over it or over the widget's popup (host.css).
 */
import { CALL_NAMES } from '../crm/crm-calls.ts';
import { el } from './el.ts';
import { describeFailure, FAILURE_CODES, type SimKnobs } from './knobs.ts';

/** The log the panel shows; kept short so a long session stays fast. */
const MAX_LOG_LINES = 300;

/** Mounts the panel into `root`; returns a function that appends one line to the CRM log. */
export function mountSimPanel(root: HTMLElement, knobs: SimKnobs): (line: string) => void {
  const latency = el('input', { type: 'number', min: 0, step: 50, id: 'sim-latency' });
  const code = el(
    'select',
    { id: 'sim-fail' },
    el('option', { value: '' }, 'no failure'),
    ...FAILURE_CODES.map((c) => el('option', { value: c }, c)),
  );
  const on = el(
    'select',
    { id: 'sim-fail-on' },
    el('option', { value: 'any' }, 'any'),
    ...CALL_NAMES.map((c) => el('option', { value: c }, c)),
  );
  const times = el('input', { type: 'number', min: 1, step: 1, id: 'sim-fail-times' });
  const always = el('input', { type: 'checkbox', id: 'sim-fail-always' });
  const status = el('p', { class: 'sim-status', 'aria-live': 'polite' });
  const log = el('ol', { class: 'sim-log', 'aria-label': 'CRM log' });
  const logPanel = el(
    'details',
    { class: 'sim-panel' },
    el('summary', {}, 'CRM log'),
    el('button', { type: 'button', class: 'sim-clear', onclick: () => log.replaceChildren() }, 'Clear'),
    log,
  ) as HTMLDetailsElement;
  // The newest line in view, once a frame and only while the log is open: scrolled on every line, the page laid
  // itself out again as it answered each call (10 ms a line on a first open in traces), a cost no CRM page has,
  // which spread the answers of calls sent together.
  let scrolling = false;
  const toLatest = () => {
    if (!logPanel.open || scrolling) return;
    scrolling = true;
    requestAnimationFrame(() => {
      scrolling = false;
      log.scrollTop = log.scrollHeight;
    });
  };
  logPanel.addEventListener('toggle', toLatest);

  const applyFailure = (): void => {
    const count = always.checked ? Infinity : Math.max(1, Number(times.value) || 1);
    knobs.setFailure(code.value ? { code: code.value, on: on.value, times: count } : null);
  };
  latency.addEventListener('change', () => knobs.setLatency(Number(latency.value)));
  [code, on, times, always].forEach((c) => c.addEventListener('change', applyFailure));

  // The controls mirror the knobs, which also change through the URL, the test hooks and by counting down.
  const sync = (): void => {
    latency.value = String(knobs.latencyMs);
    const f = knobs.failure;
    code.value = f?.code ?? '';
    on.value = f?.on ?? (on.value || 'updateBluePrint');
    always.checked = f ? f.times === Infinity : always.checked;
    times.value = f && f.times !== Infinity ? String(f.times) : times.value || '1';
    status.textContent = describeFailure(f);
  };
  knobs.onChange(sync);
  on.value = 'updateBluePrint';
  sync();

  const row = (label: string, control: HTMLElement) =>
    el('label', { class: 'sim-row' }, el('span', {}, label), control);
  root.replaceChildren(
    el(
      'details',
      { class: 'sim-panel' },
      el('summary', {}, 'Simulator'),
      row('Latency per call (ms)', latency),
      row('Fail with', code),
      row('Which call', on),
      row('How many times', times),
      row('Every time', always),
      status,
    ),
    logPanel,
  );

  return (line: string) => {
    log.append(el('li', {}, `${new Date().toISOString().slice(11, 23)} ${line}`));
    while (log.childElementCount > MAX_LOG_LINES) log.firstElementChild?.remove();
    toLatest();
  };
}
