/**
 * A blueprint as its definition says (Zoho's `GET /crm/v8/settings/blueprints/{id}`, read by an administrator on
 * the settings page through a CRM connection: docs/blueprint-api.md, "A blueprint's definition"), reduced to what
 * the widget needs and kept compact in the settings document. Pure: no Preact, no SDK.
 *
 * Stored under `modules.<Module>.processes.<process id>.def` (README, "Blueprint definitions"):
 *   { "n": name, "l": layout, "f": process field, "s": [states in the blueprint's order], "x": [exit indexes],
 *     "o": [owner names], "p": id prefix, "t": [[id after the prefix, name, from (index or indexes), to (index or
 *     -1), flags (1 automatic, 2 parallel, 4 common), [owner indexes]?], ...] }
 */
import { arr, obj, str } from '../blueprint/read-json.ts';
import type { Transition } from '../blueprint/model.ts';

/** One transition of the definition. */
export interface DefinedTransition {
  id: string;
  name: string;
  /** The states it starts from (names as the blueprint gives them). */
  from: string[];
  /** The state it leads to; null when the definition does not say (a parallel step). */
  to: string | null;
  automatic: boolean;
  /** A parallel transition (its steps done by several people), rather than an ordinary one. */
  parallel: boolean;
  /** A common transition, available from several states. */
  common: boolean;
  /** Who may perform it, by name where the definition has names (users, roles, groups). */
  owners: string[];
}

/** What the widget keeps of one blueprint. */
export interface ProcessDefinition {
  name: string;
  /** The layout's name the blueprint runs on, when known. */
  layout: string | null;
  /** API name of the process field. */
  field: string;
  /** The states in the blueprint's order. */
  states: string[];
  /** States that end the process (Junk Lead, Closed Lost…): shown apart, as closing stages are. */
  exits: string[];
  transitions: DefinedTransition[];
}

/** The stored form (see the file's comment). */
export interface PackedDefinition {
  n: string;
  l?: string;
  f: string;
  s: string[];
  x?: number[];
  o?: string[];
  p?: string;
  t: PackedTransition[];
}

type PackedTransition = [string, string, number | number[], number, number, number[]?];

const AUTOMATIC = 1;
const PARALLEL = 2;
const COMMON = 4;

/** The definition as stored: states and owners by index, ids after their common prefix. */
export function packDefinition(d: ProcessDefinition): PackedDefinition {
  const index = new Map(d.states.map((s, i) => [s, i]));
  const owners = [...new Set(d.transitions.flatMap((t) => t.owners))];
  const prefix = commonPrefix(d.transitions.map((t) => t.id));
  const at = (s: string) => index.get(s) ?? -1;
  const packed: PackedDefinition = {
    n: d.name,
    f: d.field,
    s: d.states,
    t: d.transitions.map((t) => {
      const from = t.from.map(at).filter((i) => i >= 0);
      const flags = (t.automatic ? AUTOMATIC : 0) | (t.parallel ? PARALLEL : 0) | (t.common ? COMMON : 0);
      const row: PackedTransition = [
        t.id.slice(prefix.length),
        t.name,
        from.length === 1 ? from[0]! : from,
        t.to === null ? -1 : at(t.to),
        flags,
      ];
      if (t.owners.length > 0) row.push(t.owners.map((o) => owners.indexOf(o)));
      return row;
    }),
  };
  if (d.layout) packed.l = d.layout;
  const exits = d.exits.map(at).filter((i) => i >= 0);
  if (exits.length > 0) packed.x = exits;
  if (owners.length > 0) packed.o = owners;
  if (prefix) packed.p = prefix;
  return packed;
}

/**
 * A stored definition read back, or null when it is not one (the widget then draws today's path). Tolerant: an
 * entry of a transition that cannot be read leaves that transition out, an index out of range names nothing.
 */
export function unpackDefinition(raw: unknown): ProcessDefinition | null {
  const d = obj(raw);
  const field = str(d?.f);
  if (!d || !field || !Array.isArray(d.s) || !Array.isArray(d.t)) return null;
  const states = d.s.filter((s): s is string => typeof s === 'string');
  if (states.length !== d.s.length) return null;
  const owners = arr(d.o).map((o) => (typeof o === 'string' ? o : ''));
  const prefix = str(d.p) ?? '';
  const state = (i: unknown) => (typeof i === 'number' ? (states[i] ?? null) : null);
  const transitions: DefinedTransition[] = [];
  for (const row of d.t) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') continue;
    const flags = typeof row[4] === 'number' ? row[4] : 0;
    transitions.push({
      id: prefix + row[0],
      name: row[1],
      from: (Array.isArray(row[2]) ? row[2] : [row[2]]).map(state).filter((s): s is string => s !== null),
      to: state(row[3]),
      automatic: (flags & AUTOMATIC) > 0,
      parallel: (flags & PARALLEL) > 0,
      common: (flags & COMMON) > 0,
      owners: arr(row[5])
        .map((i) => (typeof i === 'number' ? owners[i] : undefined))
        .filter((o): o is string => !!o),
    });
  }
  return {
    name: str(d.n) ?? '',
    layout: str(d.l),
    field,
    states,
    exits: arr(d.x)
      .map(state)
      .filter((s): s is string => s !== null),
    transitions,
  };
}

function commonPrefix(ids: string[]): string {
  if (ids.length < 2) return '';
  let prefix = ids[0]!;
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // Each id keeps at least one character of its own.
  return ids.some((id) => id.length === prefix.length) ? prefix.slice(0, -1) : prefix;
}

/** One blueprint read on the settings page, with the process it is (`process_info.id` in a record's blueprint). */
export interface ReadBlueprint {
  id: string;
  module: string;
  definition: ProcessDefinition;
}

/** What fitting the definitions into the settings variable came to. */
export interface FittedDefinitions {
  kept: ReadBlueprint[];
  /** Blueprints left out because the variable would be too long with them, by name. */
  leftOut: ReadBlueprint[];
}

/**
 * The blueprints whose definitions fit in `room` characters of JSON (the variable's limit less the rest of the
 * document), in the order given; a blueprint that does not fit is left out whole and named, the ones after it
 * still tried. `sizeOf` measures one packed definition as it will be stored (with its key).
 */
export function fitDefinitions(
  read: ReadBlueprint[],
  room: number,
  sizeOf: (b: ReadBlueprint) => number = packedSize,
): FittedDefinitions {
  const kept: ReadBlueprint[] = [];
  const leftOut: ReadBlueprint[] = [];
  let used = 0;
  for (const b of read) {
    const size = sizeOf(b);
    if (used + size <= room) {
      kept.push(b);
      used += size;
    } else leftOut.push(b);
  }
  return { kept, leftOut };
}

/** The characters one blueprint adds to the document: its process entry's key and its packed definition. */
export function packedSize(b: ReadBlueprint): number {
  return JSON.stringify({ [b.id]: { name: b.definition.name, def: packDefinition(b.definition) } }).length;
}

/**
 * The transitions the definition knows from the current state that the CRM did not offer this user: manual ones
 * only (nobody performs an automatic one), and none the admin hid (by id or by name).
 */
export function unavailableTransitions(
  def: ProcessDefinition,
  current: string | null,
  offered: Transition[],
  /** The admin's hidden transitions: names, and ids (settings-schema.ts, `hiddenTransitions`). */
  hidden: string[],
): DefinedTransition[] {
  const key = (n: string) => n.trim().replace(/\s+/g, ' ').toLowerCase();
  const gone = new Set([...offered.flatMap((t) => [t.id, key(t.name), ...(t.parent ? [t.parent.id] : [])])]);
  const hiddenNames = new Set(hidden.map(key));
  return def.transitions.filter(
    (t) =>
      current !== null &&
      t.from.includes(current) &&
      !t.automatic &&
      !gone.has(t.id) &&
      !gone.has(key(t.name)) &&
      !hiddenNames.has(t.id) &&
      !hiddenNames.has(key(t.name)),
  );
}
