import type { ProcessState } from '../blueprint/model.ts';

const PREFIX = 'blueprint-stepper:states:';

/** Where a process's states are kept: the org, the module and the process field. */
export interface StatesKey {
  org: string;
  module: string;
  field: string;
}

/**
 * A module's process states (its process field's picklist, in order) as the last open read them from the field
 * list, kept in localStorage where the browser lets the frame have it. The first screen lays the whole path out
 * over them at once instead of only the stages the blueprint names, so the path does not grow under the rep's
 * pointer when the field list comes; it still refines then (docs/architecture.md, "The first screen"). Kept per
 * org, so one browser signed in to two orgs never shows one's stages in the other. A storage the browser refuses,
 * or anything unreadable in it, keeps nothing.
 */
export function statesCache(storage: Storage | null) {
  const keyOf = (k: StatesKey) => PREFIX + JSON.stringify([k.org, k.module, k.field]);
  return {
    get(key: StatesKey): ProcessState[] | null {
      try {
        const value: unknown = JSON.parse(storage?.getItem(keyOf(key)) ?? 'null');
        return Array.isArray(value) && value.every(isState) ? value : null;
      } catch {
        return null;
      }
    },
    set(key: StatesKey, states: ProcessState[]): void {
      try {
        storage?.setItem(keyOf(key), JSON.stringify(states));
      } catch {
        // Refused or full: the next open lays the path out from the blueprint first, as without storage.
      }
    },
  };
}

export type StatesCache = ReturnType<typeof statesCache>;

function isState(v: unknown): v is ProcessState {
  const s = v as Partial<Record<keyof ProcessState, unknown>> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.label === 'string' &&
    typeof s.value === 'string' &&
    typeof s.sequence === 'number' &&
    (s.colour === null || typeof s.colour === 'string') &&
    (s.closing === undefined || s.closing === null || s.closing === 'won' || s.closing === 'lost')
  );
}
