import { isUiCall } from './bridge.ts';

/**
 * Counts the CRM calls in flight (asked, not yet answered) and the most seen at once, so tests can assert bulk
 * mode's cap of 5. UI calls (Resize, Popup.*, Record.open) are not API calls and are not counted.
 */
export class CallMeter {
  inFlight = 0;
  maxInFlight = 0;

  private static counts(name: string): boolean {
    return !isUiCall(name);
  }

  asked(name: string): void {
    if (!CallMeter.counts(name)) return;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
  }

  answered(name: string): void {
    if (CallMeter.counts(name) && this.inFlight > 0) this.inFlight--;
  }

  /** Starts counting afresh (a new popup: answers to the old one's calls are dropped). */
  reset(): void {
    this.inFlight = 0;
    this.maxInFlight = 0;
  }
}
