/** The CRM's page for an extension's settings: the top bar, then the extension's settings page in an iframe. */
import type { CrmStore } from '../crm/crm-store.ts';
import { el } from './el.ts';
import { topbar, type TopbarHandlers } from './record-page.ts';

/** Renders the settings view into `root` with the settings page at `src`; returns its iframe. */
export function renderSettingsPage(
  root: HTMLElement,
  store: CrmStore,
  src: string,
  on: TopbarHandlers,
): HTMLIFrameElement {
  const frame = el('iframe', {
    src,
    title: 'Blueprint Stepper settings',
    name: 'bpstepper-settings',
    class: 'settings-frame',
  });
  root.replaceChildren(topbar(store, 'Settings', on), el('main', { class: 'settings-host' }, frame));
  return frame;
}
