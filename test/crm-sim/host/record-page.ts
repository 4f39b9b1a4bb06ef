/**
 * The CRM record page: top bar (module tabs and the extension's Settings), the module's records, and the
 * selected record's detail view.
 */
import type { CrmStore, SimRecord } from '../crm/crm-store.ts';
import { el } from './el.ts';

/** Which record the page shows. */
export interface Selection {
  module: string;
  recordId: string;
}

/** What the top bar asks its host to do. */
export interface TopbarHandlers {
  select(selection: Selection): void;
  /** Shows the extension's settings page in place of the record page. */
  openSettings(): void;
}

/** What the page asks its host to do. */
export interface RecordPageHandlers extends TopbarHandlers {
  openWidget(): void;
}

/** The detail lines shown per module: [label, api_name]. */
const DETAILS: Record<string, Array<[string, string]>> = {
  Leads: [
    ['Company', 'Company'],
    ['Email', 'Email'],
    ['Phone', 'Phone'],
    ['Lead Source', 'Lead_Source'],
    ['Annual Revenue', 'Annual_Revenue'],
    ['Contact Method', 'Contact_Method'],
    ['Account', 'Account'],
  ],
  Deals: [
    ['Account Name', 'Account_Name'],
    ['Contact Name', 'Contact_Name'],
    ['Amount', 'Amount'],
    ['Closing Date', 'Closing_Date'],
    ['Probability (%)', 'Probability'],
    ['Type', 'Type'],
  ],
};

const MODULE_TABS = ['Leads', 'Deals'];

/** A record value as a person reads it: lookups by name, lists joined, money with its symbol. */
function show(value: unknown, apiName: string, currency: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((v) => show(v, '', currency)).join(', ') || '—';
  if (typeof value === 'object') return String((value as { name?: unknown }).name ?? JSON.stringify(value));
  if (typeof value === 'number' && /Amount|Revenue|Budget/.test(apiName))
    return `${currency}${value.toLocaleString('en-US')}`;
  return String(value);
}

/**
 * The CRM's top bar: a tab per module with a blueprint, and Settings, where an extension's settings page lives.
 * `current` is the module shown, or `Settings`.
 */
export function topbar(store: CrmStore, current: string, on: TopbarHandlers): HTMLElement {
  const tab = (label: string, onclick: () => void) =>
    el(
      'button',
      { type: 'button', class: 'tab', 'aria-current': label === current ? 'page' : undefined, onclick },
      label,
    );
  return el(
    'header',
    { class: 'topbar' },
    el('span', { class: 'brand' }, 'Zoho CRM (simulator)'),
    el(
      'nav',
      { class: 'tabs', 'aria-label': 'CRM sections' },
      ...MODULE_TABS.map((m) => tab(m, () => on.select({ module: m, recordId: store.list(m)[0]?.values.id ?? '' }))),
      tab('Settings', () => on.openSettings()),
    ),
  );
}

/** Renders the whole page into `root` from the in-memory CRM; call again to re-render after a change. */
export function renderRecordPage(root: HTMLElement, store: CrmStore, current: Selection, on: RecordPageHandlers): void {
  const records = store.list(current.module);
  const record = store.record(current.module, current.recordId) ?? records[0];
  const process = store.processes[current.module];

  const list = el(
    'ul',
    { class: 'record-list', 'aria-label': `${current.module} list` },
    ...records.map((r) =>
      el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            class: 'record-link',
            'aria-current': r === record ? 'true' : undefined,
            onclick: () => on.select({ module: current.module, recordId: r.values.id }),
          },
          el('span', { class: 'record-link-name' }, store.nameOf(r)),
          process ? el('span', { class: 'record-link-state' }, String(r.values[process.field.api_name] ?? '')) : null,
        ),
      ),
    ),
  );

  root.replaceChildren(
    topbar(store, current.module, on),
    el(
      'main',
      { class: 'layout' },
      el('aside', { class: 'sidebar' }, list),
      record ? detail(store, record, on) : el('p', {}, 'No records.'),
    ),
  );
}

/** The selected record's detail view with the Blueprint Stepper button. */
function detail(store: CrmStore, r: SimRecord, on: RecordPageHandlers): HTMLElement {
  const process = store.processFor(r);
  const state = process ? String(r.values[process.field.api_name] ?? '-None-') : '';
  const colour = process?.field.pick_list_values?.find((v) => v.actual_value === state)?.colour_code ?? '#8A94A6';
  const currency = store.org.currency_symbol;
  const owner = (r.values.Owner as { name?: string } | undefined)?.name ?? '—';

  return el(
    'section',
    { class: 'detail', 'aria-label': 'Record detail' },
    el(
      'div',
      { class: 'detail-head' },
      el(
        'div',
        {},
        el('p', { class: 'detail-module' }, r.module === 'Leads' ? 'Lead' : 'Deal'),
        el('h1', { class: 'detail-name' }, store.nameOf(r)),
        el('p', { class: 'detail-owner' }, `Owner: ${owner}`),
      ),
      el('button', { type: 'button', class: 'widget-button', onclick: () => on.openWidget() }, 'Blueprint Stepper'),
    ),
    process
      ? el(
          'div',
          { class: 'process' },
          el(
            'span',
            { class: 'process-label' },
            r.flags.noBlueprint
              ? `Not in a blueprint · ${process.field.field_label}`
              : `${process.name} · ${process.field.field_label}`,
          ),
          el(
            'span',
            { class: 'process-state', style: `--state-colour: ${colour}`, 'data-testid': 'process-state' },
            state,
          ),
        )
      : null,
    el(
      'dl',
      { class: 'fields' },
      ...(DETAILS[r.module] ?? []).flatMap(([label, api]) => [
        el('dt', {}, label),
        el('dd', {}, show(r.values[api], api, currency)),
      ]),
    ),
  );
}
