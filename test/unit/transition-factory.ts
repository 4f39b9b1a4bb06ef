import type { Transition } from '../../src/blueprint/model.ts';

/** A manual transition for unit tests: its id, and the overrides that matter (name, items, data…). */
export function transition(id: string, over: Partial<Transition> = {}): Transition {
  return {
    id,
    name: over.name ?? `Transition ${id}`,
    targetState: 'Next',
    kind: 'manual',
    executionTime: null,
    criteriaMatched: true,
    criteriaMessage: null,
    percentPartialSave: 0,
    nextTransitions: [],
    parent: null,
    colour: null,
    textColour: null,
    data: {},
    items: [],
    ...over,
  };
}
