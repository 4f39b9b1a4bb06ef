/** The CRM's modal popup that holds a widget in an iframe, sized by the widget through UI.Resize. */
import { el } from './el.ts';

const DEFAULT_SIZE = { width: 760, height: 560 };
/** Room the title bar and the margins take, so a resized popup always fits the stage it covers. */
const CHROME = { width: 32, height: 88 };

/**
 * One popup at a time, like the CRM's button popups. It covers `stage` (the CRM's page), not the whole window, so
 * the simulator's dock below the stage never lies over the widget.
 */
export class WidgetPopup {
  private overlay: HTMLElement | null = null;
  private frame: HTMLIFrameElement | null = null;

  constructor(
    private readonly stage: HTMLElement,
    private readonly onCloseClicked: () => void,
  ) {}

  /** The open popup's iframe, if any. */
  get iframe(): HTMLIFrameElement | null {
    return this.frame;
  }

  /** Opens the popup with the widget at `src`; returns its iframe. */
  open(src: string, title: string): HTMLIFrameElement {
    this.close();
    const frame = el('iframe', { src, title, name: 'blueprint-stepper', class: 'popup-frame' });
    const close = el(
      'button',
      { type: 'button', class: 'popup-close', 'aria-label': 'Close', onclick: () => this.onCloseClicked() },
      '×',
    );
    const dialog = el(
      'div',
      { class: 'popup', role: 'dialog', 'aria-modal': 'true', 'aria-label': title },
      el('div', { class: 'popup-bar' }, el('span', { class: 'popup-title' }, title), close),
      frame,
    );
    this.overlay = el('div', { class: 'popup-overlay' }, dialog);
    this.frame = frame;
    this.resize(DEFAULT_SIZE);
    this.stage.append(this.overlay);
    return frame;
  }

  /** Sets the widget's size in CSS pixels, clamped to the stage; a missing side keeps its size. */
  resize(size: { width?: unknown; height?: unknown }): void {
    if (!this.frame) return;
    const clamp = (v: unknown, max: number, current: number): number => {
      const n = Number(v);
      return Number.isFinite(n) && n > 0 ? Math.min(Math.round(n), max) : current;
    };
    const width = clamp(
      size.width,
      this.stage.clientWidth - CHROME.width,
      this.frame.offsetWidth || DEFAULT_SIZE.width,
    );
    const height = clamp(
      size.height,
      this.stage.clientHeight - CHROME.height,
      this.frame.offsetHeight || DEFAULT_SIZE.height,
    );
    this.frame.style.width = `${width}px`;
    this.frame.style.height = `${height}px`;
  }

  /** Removes the popup (and with it the widget page, which then unloads). */
  close(): void {
    this.overlay?.remove();
    this.overlay = null;
    this.frame = null;
  }
}
