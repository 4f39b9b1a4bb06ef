/**
 * The test hooks the simulator's host page puts on its window (`window.crmSim`, README.md lists them): one type,
 * for the host page that sets them and the browser tests and bench that use them.
 */
import type { CrmStore } from '../crm/crm-store.ts';
import type { CrmEventData } from '../protocol.ts';

/** The test hooks on the host window. */
export interface CrmSimHooks {
  calls: Array<{ name: string; data: CrmEventData }>;
  updates: Array<{ Entity: unknown; RecordID: unknown; BlueprintData: unknown }>;
  crm: CrmStore;
  setLatency(ms: number): void;
  setFailure(failure: { code: string; on?: string; times?: number | 'always' } | null): void;
  /**
   * The CRM answers `on` calls `ms` late (every time, or `times` times), carrying them out on time or, with
   * `carriedOutLate`, only as it answers; null stops.
   */
  setLateAnswers(late: { on: string; ms: number; times?: number | 'always'; carriedOutLate?: boolean } | null): void;
  /** getFields answers `count` fields per module from now on, like a real org's (0: the seed's own). */
  setBigFields(count: number): void;
  openWidget(): void;
  closeWidget(): void;
  /** Shows the extension's settings page (the Settings tab). */
  openSettings(): void;
  /** Shows a module's list view (checkboxes and the mass-action button). */
  openList(module: string): void;
  /** Opens the popup on these records, as the list view's mass-action button does. */
  openBulk(module: string, ids: string[]): void;
  /** CRM calls (UI calls aside) asked and not yet answered, and the most at once since the popup opened. */
  readonly inFlight: number;
  readonly maxInFlight: number;
}

/**
 * The host page's window as browser tests reach it: `page.evaluate(() => (window as unknown as SimWindow).crmSim)`.
 * Not declared on every Window, so the widget's own code (type-checked in the same program) cannot reach it.
 */
export interface SimWindow {
  crmSim: CrmSimHooks;
}
