import type { StepperData } from './load-stepper.ts';

/**
 * Whether the record now stands in a won closing stage: one the admin marked "won", or, where the admin marked
 * no closing stages, one whose name says won ("Closed Won").
 */
export function isWon(data: StepperData): boolean {
  const { closing, steps } = data.path;
  const current = [...closing, ...steps].find((s) => s.status === 'current');
  if (!current) return false;
  if (closing.length > 0) return 'outcome' in current && current.outcome === 'won';
  return /\bwon\b/i.test(current.state.label);
}

const KEY = 'blueprint-stepper:celebrate';

/** The rep's choice to see a short celebration on a win, kept in the browser (on unless turned off). */
export function celebrationPreference(storage: Storage | null) {
  return {
    enabled(): boolean {
      try {
        return storage?.getItem(KEY) !== 'off';
      } catch {
        return true;
      }
    },
    set(on: boolean): void {
      try {
        storage?.setItem(KEY, on ? 'on' : 'off');
      } catch {
        // Storage refused: the choice lasts until the widget closes.
      }
    },
  };
}
