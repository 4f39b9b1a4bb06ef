import type { ProcessState, Transition } from './model.ts';

/** One step of the path the stepper draws. */
export interface PathStep {
  state: ProcessState;
  /** `done`: before the current state; `current`: where the record is; `upcoming`: after it. */
  status: 'done' | 'current' | 'upcoming';
}

/**
 * Lays out the path: every state in order with the current one marked and those before it passed. When the
 * process's states are unknown (the field list failed to load) the path is built from what the blueprint
 * itself names: the current state, then the targets of the available transitions.
 */
export function buildPath(states: ProcessState[], currentState: string | null, transitions: Transition[]): PathStep[] {
  const known = states.length > 0 ? states : fallbackStates(currentState, transitions);
  const index = currentState === null ? -1 : known.findIndex((s) => s.label === currentState || s.value === currentState);
  return known.map((state, i) => ({
    state,
    status: index === -1 ? 'upcoming' : i < index ? 'done' : i === index ? 'current' : 'upcoming',
  }));
}

function fallbackStates(currentState: string | null, transitions: Transition[]): ProcessState[] {
  const labels = [currentState, ...transitions.map((t) => t.targetState)].filter((l): l is string => l !== null);
  return [...new Set(labels)].map((label, sequence) => ({ label, value: label, sequence, colour: null }));
}
