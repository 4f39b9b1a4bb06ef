import type { ProcessState, Transition } from './model.ts';
import { lastEntry, NO_HISTORY, type StageHistory } from './stage-history.ts';

/**
 * Where a stage stands for this record. Before the current stage, only the history may say a stage was passed:
 * `visited` (the history says the record was there), `not-visited` (the history is known and never names it),
 * `unknown` (no history: the stage is merely earlier in the process). After the current stage a stage is
 * `upcoming`, or `visited` when the history says the record was there before it went back.
 */
export type StepStatus = 'visited' | 'not-visited' | 'unknown' | 'current' | 'upcoming';

/** One step of the path the stepper draws. */
export interface PathStep {
  state: ProcessState;
  status: StepStatus;
  /** From the history: the stage was visited (true), never (false), or nobody knows (null or left out). */
  visited?: boolean | null;
  /** When the record last entered this stage (ISO 8601), if the history says. For the current stage: since when it is there. */
  reachedAt?: string | null;
}

/** A step's status from its place relative to the current stage and what the history says of it. */
export function stepStatus(place: 'before' | 'current' | 'after', visited: boolean | null): StepStatus {
  if (place === 'current') return 'current';
  if (visited === true) return 'visited';
  if (place === 'after') return 'upcoming';
  return visited === false ? 'not-visited' : 'unknown';
}

/**
 * Lays out the path: every state in order with the current one marked. A stage counts as passed only when the
 * record's history says so, never by its place in the picklist. When the process's states are unknown (the
 * field list failed to load) the path is built from what the blueprint itself names: the current state, then
 * the targets of the available transitions.
 */
export function buildPath(
  states: ProcessState[],
  currentState: string | null,
  transitions: Transition[],
  history: StageHistory = NO_HISTORY,
): PathStep[] {
  const known = states.length > 0 ? states : fallbackStates(currentState, transitions);
  const index =
    currentState === null ? -1 : known.findIndex((s) => s.label === currentState || s.value === currentState);
  return placeSteps(known, index, history);
}

/** Steps for states in display order, the current one at `index` (-1: none), with what the history says of each. */
export function placeSteps(states: ProcessState[], index: number, history: StageHistory): PathStep[] {
  // A current state outside the process's definition has no place in its order: no stage is earlier than it.
  const placed = index !== -1 && !states[index]?.outside;
  return states.map((state, i) => {
    const entry = lastEntry(history, [state.label, state.value]);
    const visited = history.kind === 'known' ? entry !== undefined : null;
    const place = i === index ? 'current' : !placed || i > index ? 'after' : 'before';
    return { state, status: stepStatus(place, visited), visited, reachedAt: entry?.at ?? null };
  });
}

function fallbackStates(currentState: string | null, transitions: Transition[]): ProcessState[] {
  const labels = [currentState, ...transitions.map((t) => t.targetState)].filter((l): l is string => l !== null);
  return [...new Set(labels)].map((label, sequence) => ({
    label,
    value: label,
    sequence,
    colour: null,
    closing: null,
  }));
}
