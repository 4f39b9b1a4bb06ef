import { decodeOptions } from './decode-blueprint.ts';
import type { ProcessState, Transition } from './model.ts';
import { arr, num, obj, str } from './read-json.ts';
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
 * The process's states from a getFields answer: the picklist of the process field, in `sequence_number`
 * order (the blueprint answer lists only the transitions available now, not the whole process).
 */
export function decodeProcessStates(fieldsAnswer: unknown, processFieldApiName: string): ProcessState[] {
  const field = arr(obj(fieldsAnswer)?.fields)
    .map(obj)
    .find((f) => f !== null && str(f.api_name) === processFieldApiName);
  if (!field) return [];
  const extra = new Map<string, { colour: string | null; closing: 'won' | 'lost' | null }>();
  for (const v of arr(field.pick_list_values)) {
    const o = obj(v);
    const label = str(o?.display_value) ?? str(o?.actual_value);
    if (o && label) extra.set(label, { colour: str(o.colour_code), closing: closingKind(o) });
  }
  return decodeOptions(field.pick_list_values).map((o) => ({
    label: o.label,
    value: o.value,
    sequence: o.sequence,
    colour: extra.get(o.label)?.colour ?? null,
    closing: extra.get(o.label)?.closing ?? null,
  }));
}

/**
 * Whether the CRM says a picklist value closes the process: Deals' `Stage` values carry a forecast type
 * (`"Closed Won"`, `"Closed Lost"`, `"Open"`), a forecast category (`{name}` or a string) and a probability.
 * The forecast decides when present; otherwise a probability of 100 is won and 0 is lost. Values without
 * these (Leads' statuses) are ordinary.
 */
function closingKind(v: Record<string, unknown>): 'won' | 'lost' | null {
  const forecast = `${str(v.forecast_type)} ${str(v.forecast_category) ?? str(obj(v.forecast_category)?.name)}`;
  if (/closed.?won/i.test(forecast)) return 'won';
  if (/closed.?lost/i.test(forecast)) return 'lost';
  const probability = forecast === 'null null' ? num(v.probability) : null;
  return probability === 100 ? 'won' : probability === 0 ? 'lost' : null;
}

/**
 * Lays out the path: every state in order with the current one marked. A stage counts as passed only when the
 * record's history says so, never by its place in the picklist. When the process's states are unknown (the
 * field list failed to load) the path is built from what the blueprint itself names: the current state, then
 * the targets of the available transitions.
 */
export function buildPath(states: ProcessState[], currentState: string | null, transitions: Transition[], history: StageHistory = NO_HISTORY): PathStep[] {
  const known = states.length > 0 ? states : fallbackStates(currentState, transitions);
  const index = currentState === null ? -1 : known.findIndex((s) => s.label === currentState || s.value === currentState);
  return placeSteps(known, index, history);
}

/** Steps for states in display order, the current one at `index` (-1: none), with what the history says of each. */
export function placeSteps(states: ProcessState[], index: number, history: StageHistory): PathStep[] {
  return states.map((state, i) => {
    const entry = lastEntry(history, [state.label, state.value]);
    const visited = history.kind === 'known' ? entry !== undefined : null;
    const place = index === -1 || i > index ? 'after' : i === index ? 'current' : 'before';
    return { state, status: stepStatus(place, visited), visited, reachedAt: entry?.at ?? null };
  });
}

function fallbackStates(currentState: string | null, transitions: Transition[]): ProcessState[] {
  const labels = [currentState, ...transitions.map((t) => t.targetState)].filter((l): l is string => l !== null);
  return [...new Set(labels)].map((label, sequence) => ({ label, value: label, sequence, colour: null, closing: null }));
}
