/**
 * How a module's settings shape what the widget shows: the path (hidden states out, the admin's order, closing
 * states apart at the end), the transitions offered, and the guidance for the current state. Pure.
 */
import type { ProcessState, Transition } from '../blueprint/model.ts';
import { stepStatus, type PathStep } from '../blueprint/process-path.ts';
import type { ClosingKind, ModuleSettings, StateSettings } from './settings-schema.ts';

/** A closing state on the path, with how it closes. */
export interface ClosingStep extends PathStep {
  outcome: ClosingKind;
}

/** The path as the settings shape it. */
export interface ShapedPath {
  /** The stages in the admin's order, without hidden ones and without closing ones. */
  steps: PathStep[];
  /** Closing stages, shown apart after the path. */
  closing: ClosingStep[];
  /** The current state when the admin hid it: it shows anyway, so the rep sees where the record is. */
  hiddenCurrent: ProcessState | null;
}

/** One state with the settings that apply to it (defaults when the admin listed nothing for it). */
export interface OrderedState {
  state: ProcessState;
  settings: StateSettings;
}

/** Whether a settings entry names this state: by picklist value, or by label (paths built without the field list). */
export function namesState(entry: string, state: ProcessState): boolean {
  return entry === state.value || entry === state.label;
}

/**
 * The states in the admin's order: those the settings list first, then the rest in their given (picklist)
 * order. Entries that name no known state are ignored; an entry repeating a state is ignored too.
 */
export function orderStates(states: ProcessState[], entries: StateSettings[]): OrderedState[] {
  const placed = new Set<ProcessState>();
  const ordered: OrderedState[] = [];
  for (const entry of entries) {
    const state = states.find((s) => !placed.has(s) && namesState(entry.value, s));
    if (!state) continue;
    placed.add(state);
    ordered.push({ state, settings: { ...entry, value: state.value } });
  }
  for (const state of states) {
    if (!placed.has(state))
      ordered.push({ state, settings: { value: state.value, hidden: false, closing: null, guidance: '' } });
  }
  return ordered;
}

/**
 * Shapes a laid-out path (blueprint/process-path.ts buildPath) by the settings: the admin's order, hidden
 * stages out, closing stages apart. A stage before the current one counts as passed only where the record's
 * history says so (buildPath's `visited`), never by its place. Closing stages are the admin's; when the admin
 * marked none, those the CRM's picklist metadata marks (Deals' forecast type or probability).
 */
export function shapePath(path: PathStep[], settings: ModuleSettings): ShapedPath {
  const current = path.find((s) => s.status === 'current')?.state ?? null;
  const facts = new Map(path.map((s) => [s.state, s]));
  const adminClosing = settings.states.some((e) => e.closing !== null);
  const closingOf = (o: OrderedState): ClosingKind | null =>
    o.settings.closing ?? (adminClosing ? null : (o.state.closing ?? null));
  const ordered = orderStates(
    path.map((s) => s.state),
    settings.states,
  ).filter((o) => !o.settings.hidden || o.state === current);
  const main = ordered.filter((o) => closingOf(o) === null);
  const closingStates = ordered.filter((o) => closingOf(o) !== null);
  // A record in a closing state stands after every stage of the path.
  // A current state outside the process's definition has no place in its order: no stage is earlier than it.
  const index = current?.outside
    ? -1
    : closingStates.some((o) => o.state === current)
      ? main.length
      : main.findIndex((o) => o.state === current);
  const fact = (o: OrderedState) => ({
    visited: facts.get(o.state)?.visited ?? null,
    reachedAt: facts.get(o.state)?.reachedAt ?? null,
  });
  const steps: PathStep[] = main.map((o, i) => {
    const f = fact(o);
    return {
      state: o.state,
      status: stepStatus(o.state === current ? 'current' : index === -1 || i > index ? 'after' : 'before', f.visited),
      ...f,
    };
  });
  const closing: ClosingStep[] = closingStates.map((o) => {
    const f = fact(o);
    return {
      state: o.state,
      status: stepStatus(o.state === current ? 'current' : 'after', f.visited),
      ...f,
      outcome: closingOf(o) ?? 'won',
    };
  });
  const hiddenCurrent = ordered.find((o) => o.state === current && o.settings.hidden)?.state ?? null;
  return { steps, closing, hiddenCurrent };
}

/** A transition name as the admin's list compares it: trimmed, single-spaced, lower case. */
export function transitionKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The transitions the admin did not hide (by name, or by id where the definition was read), in the CRM's order. */
export function visibleTransitions(transitions: Transition[], hiddenNames: string[]): Transition[] {
  const hidden = new Set(hiddenNames.map(transitionKey));
  return transitions.filter((t) => !hidden.has(transitionKey(t.name)) && !hidden.has(t.id));
}

/** The admin's guidance for the current state, or null when there is none. */
export function guidanceFor(path: PathStep[], settings: ModuleSettings): string | null {
  const current = path.find((s) => s.status === 'current')?.state;
  if (!current) return null;
  const text = settings.states.find((e) => namesState(e.value, current))?.guidance.trim();
  return text ? text : null;
}

/** Everything the settings change on the stepper's screen. */
export interface AppliedSettings {
  path: ShapedPath;
  transitions: Transition[];
  guidance: string | null;
}

/** Applies a module's settings to a laid-out path and the transitions available now. */
export function applySettings(
  input: { path: PathStep[]; transitions: Transition[] },
  settings: ModuleSettings,
): AppliedSettings {
  return {
    path: shapePath(input.path, settings),
    transitions: visibleTransitions(input.transitions, settings.hiddenTransitions),
    guidance: guidanceFor(input.path, settings),
  };
}
