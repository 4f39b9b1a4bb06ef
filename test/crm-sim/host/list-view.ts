/**
 * The CRM's list view of a module: records with checkboxes and the widget's mass-action button, which opens the
 * popup with the selected ids (PageLoad `{Entity, EntityId: [...], ButtonPosition: "ListView"}`).
 */
import type { CrmStore } from '../crm/crm-store.ts';
import { el } from './el.ts';
import { topbar, type TopbarHandlers } from './record-page.ts';

/** What the list view asks its host to do. */
export interface ListViewHandlers extends TopbarHandlers {
  /** Opens the widget on the selected records. */
  openBulk(module: string, ids: string[]): void;
  /** Shows the module's list view. */
  openList(module: string): void;
}

/** Renders the list view of `module` into `root`; `selected` survives re-renders. */
export function renderListView(
  root: HTMLElement,
  store: CrmStore,
  module: string,
  selected: Set<string>,
  on: ListViewHandlers,
): void {
  const records = store.list(module);
  const process = store.processes[module];
  const count = el('span', { class: 'list-count', role: 'status' });
  const button = el(
    'button',
    {
      type: 'button',
      class: 'widget-button',
      onclick: () =>
        on.openBulk(
          module,
          records.map((r) => r.values.id).filter((id) => selected.has(id)),
        ),
    },
    'Blueprint Stepper',
  );
  const boxes: HTMLInputElement[] = [];
  const update = (): void => {
    count.textContent = `${selected.size} selected`;
    button.toggleAttribute('disabled', selected.size === 0);
    all.checked = selected.size === records.length && records.length > 0;
  };
  const all = el('input', {
    type: 'checkbox',
    'aria-label': `Select all ${module}`,
    onchange: () => {
      for (const r of records) {
        if (all.checked) selected.add(r.values.id);
        else selected.delete(r.values.id);
      }
      boxes.forEach((b) => (b.checked = all.checked));
      update();
    },
  });
  const rows = records.map((r) => {
    const box = el('input', {
      type: 'checkbox',
      'aria-label': `Select ${store.nameOf(r)}`,
      'data-id': r.values.id,
      checked: selected.has(r.values.id),
      onchange: () => {
        if (box.checked) selected.add(r.values.id);
        else selected.delete(r.values.id);
        update();
      },
    });
    boxes.push(box);
    return el(
      'tr',
      {},
      el('td', {}, box),
      el('td', {}, store.nameOf(r)),
      el('td', {}, process ? String(r.values[process.field.api_name] ?? '') : ''),
    );
  });
  root.replaceChildren(
    topbar(store, module, on),
    el(
      'main',
      { class: 'list-view' },
      el('div', { class: 'list-toolbar' }, el('h1', { class: 'list-title' }, `All ${module}`), count, button),
      el(
        'table',
        { class: 'list-table', 'aria-label': `${module} list view` },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, all),
            el('th', { scope: 'col' }, 'Name'),
            el('th', { scope: 'col' }, process?.field.field_label ?? 'Stage'),
          ),
        ),
        el('tbody', {}, ...rows),
      ),
    ),
  );
  update();
}
