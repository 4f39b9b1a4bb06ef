import { decodeOptions } from './decode-blueprint.ts';
import type { ProcessState, Transition } from './model.ts';
import { arr, obj, str } from './read-json.ts';

/** One step of the path the stepper draws. */
export interface PathStep {
  state: ProcessState;
  /** `done`: before the current state; `current`: where the record is; `upcoming`: after it. */
  status: 'done' | 'current' | 'upcoming';
}

/**
 * The process's states from a getFields answer: the picklist of the process field, in `sequence_number`
 * order (the blueprint answer lists only the transitions available now, not the whole process).
 */
export function decodeProcessStates(fieldsAnswer: unknown, processFieldApiName: string): ProcessState[] {
  const field = arr(obj(fieldsAnswer)?.fields)
    .map(obj)
    .find((f) => f !== null && str(f.api_name) === processFieldApiName);
  if (!field) return [];
  const colours = new Map<string, string | null>();
  for (const v of arr(field.pick_list_values)) {
    const o = obj(v);
    const label = str(o?.display_value) ?? str(o?.actual_value);
    if (label) colours.set(label, str(o?.colour_code));
  }
  return decodeOptions(field.pick_list_values).map((o) => ({
    label: o.label,
    value: o.value,
    sequence: o.sequence,
    colour: colours.get(o.label) ?? null,
  }));
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
