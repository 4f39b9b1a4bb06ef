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
