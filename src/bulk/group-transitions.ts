import type { Transition } from '../blueprint/model.ts';

/** A record of the selection whose blueprint loaded, with the transitions the admin lets the widget offer. */
export interface LoadedRecord {
  id: string;
  name: string | null;
  /** The current stage (display value); null for a record with none. */
  currentState: string | null;
  transitions: Transition[];
}

/** One transition across the selection, grouped by its id. */
export interface TransitionChoice {
  id: string;
  name: string;
  targetState: string | null;
  /** Records that can take it now (criteria met), in selection order. */
  ready: string[];
  /** Records that list it but do not meet its criteria, with the CRM's reason (null when it gives none). */
  blocked: Array<{ id: string; reason: string | null }>;
  /** The blocked records counted by reason, most common first. */
  blockedReasons: Array<{ reason: string | null; count: number }>;
  /** The records offered it, by their current stage, stages in order of first appearance. */
  byStage: Array<{ state: string | null; recordIds: string[] }>;
  /** The definition the form shows (from the first record that can take it, else the first that lists it). */
  transition: Transition;
}

/**
 * Groups the transitions offered across the loaded records by transition id. Automatic transitions are left
 * out (the CRM performs them itself), as is a parallel step a record has done already. Choices come with most ready records first, then by name.
 */
export function groupTransitions(records: readonly LoadedRecord[]): TransitionChoice[] {
  const groups = new Map<string, TransitionChoice>();
  for (const record of records) {
    const seen = new Set<string>();
    for (const t of record.transitions) {
      if (t.kind === 'automatic' || t.done === true || seen.has(t.id)) continue;
      seen.add(t.id);
      let g = groups.get(t.id);
      if (!g) {
        g = {
          id: t.id,
          name: t.name,
          targetState: t.targetState,
          ready: [],
          blocked: [],
          blockedReasons: [],
          byStage: [],
          transition: t,
        };
        groups.set(t.id, g);
      }
      if (t.criteriaMatched) {
        if (g.ready.length === 0) g.transition = t;
        g.ready.push(record.id);
      } else {
        g.blocked.push({ id: record.id, reason: t.criteriaMessage });
      }
      let stage = g.byStage.find((s) => s.state === record.currentState);
      if (!stage) {
        stage = { state: record.currentState, recordIds: [] };
        g.byStage.push(stage);
      }
      stage.recordIds.push(record.id);
    }
  }
  for (const g of groups.values()) g.blockedReasons = countReasons(g.blocked);
  return [...groups.values()].sort((a, b) => b.ready.length - a.ready.length || a.name.localeCompare(b.name));
}

function countReasons(blocked: TransitionChoice['blocked']): TransitionChoice['blockedReasons'] {
  const counts = new Map<string | null, number>();
  for (const b of blocked) counts.set(b.reason, (counts.get(b.reason) ?? 0) + 1);
  return [...counts.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
