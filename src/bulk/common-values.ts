import type { Drafts, FormContext } from '../fields/contract.ts';
import { initialDrafts } from '../fields/drafts.ts';
import type { Transition } from '../blueprint/model.ts';

/** The form's starting values for many records at once. */
export interface CommonStart {
  /** Per item key: the records' common value when all agree, the item's empty value otherwise. */
  initial: Drafts;
  /** Keys whose values differ between the records (left empty, and said so beside the field). */
  differing: string[];
}

/**
 * The starting drafts of one transition for a set of records: each record's own starting values (from its copy
 * of the transition, whose `data` holds that record's current values), kept where every record agrees and
 * emptied where they do not. `definition` gives the items; `perRecord` each record's copy of the transition.
 */
export function commonStart(definition: Transition, perRecord: readonly Transition[], ctx: FormContext): CommonStart {
  const empty = initialDrafts(definition.items, {}, ctx.formats);
  const copies = perRecord.length > 0 ? perRecord : [definition];
  const starts = copies.map((t) => initialDrafts(definition.items, t.data, ctx.formats));
  const initial: Drafts = {};
  const differing: string[] = [];
  for (const key of Object.keys(empty)) {
    const first = starts[0]?.[key] ?? empty[key] ?? null;
    const agree = starts.every((s) => sameValue(s[key] ?? null, first));
    initial[key] = agree ? first : (empty[key] ?? null);
    if (!agree) differing.push(key);
  }
  return { initial, differing };
}

/** Deep equality for draft values (strings, booleans, arrays, small objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
