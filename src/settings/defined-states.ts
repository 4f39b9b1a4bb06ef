/**
 * The path's states from a process's stored definition (settings/process-definition.ts, PackedDefinition): the
 * first screen reads only its states and exits (`s`, `x`), so the rest of the definition's code loads later.
 */
import type { ProcessState } from '../blueprint/model.ts';
import type { PackedDefinition } from './process-definition.ts';

/**
 * The process's states for the path, from its definition: in the blueprint's order, each with what the picklist
 * says of it where known (its value, colour), exits as closing stages (the picklist's won or lost, else lost;
 * other states never close). The record's current state, when the definition lacks it, comes last, `outside`.
 */
export function definedStates(def: PackedDefinition, picklist: ProcessState[], current: string | null): ProcessState[] {
  const states: ProcessState[] = def.s.map((label, sequence) => {
    const known = picklist.find((p) => p.label === label || p.value === label);
    return {
      label,
      value: known?.value ?? label,
      sequence,
      colour: known?.colour ?? null,
      closing: def.x?.includes(sequence) ? (known?.closing ?? 'lost') : null,
    };
  });
  if (current !== null && !def.s.includes(current))
    states.push({
      label: current,
      value: current,
      sequence: states.length,
      colour: null,
      closing: null,
      outside: true,
    });
  return states;
}
