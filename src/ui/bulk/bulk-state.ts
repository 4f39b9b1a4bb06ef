/**
 * Bulk mode's state and its one place of change: what the selection shares, each record's load and name, and
 * the step the rep is at. Pure: actions carry plain data; the calls are the flow's (flow/bulk-flow.ts).
 */
import { commonStart } from '../../bulk/common-values.ts';
import type { LoadedRecord, TransitionChoice } from '../../bulk/group-transitions.ts';
import { selectionMode, type SelectionMode } from '../../bulk/selection.ts';
import type { PageContext } from '../../crm/crm-client.ts';
import type { BulkNews, BulkShared, RecordLoad } from '../../flow/bulk-flow.ts';
import type { DraftsForm } from '../widget-state.ts';
import { openBulkForm, reduceBulkForm, type BulkFormAction } from './bulk-form-state.ts';

/** Where the rep is: choosing a transition, filling its one form, confirming, or sending (the flow's queue says how it goes). */
export type BulkStep =
  | { kind: 'choose' }
  | { kind: 'form'; choice: TransitionChoice; differing: string[]; form: DraftsForm }
  | { kind: 'confirm'; choice: TransitionChoice; data: Record<string, unknown> }
  | { kind: 'send'; choice: TransitionChoice };

/** Bulk mode's whole state. */
export interface BulkState {
  /** The selection's module. */
  entity: string;
  /** The selection: bulk mode's records, or too many (then nothing loads). It never changes for a page. */
  mode: SelectionMode;
  /** The selected records, in order (none when too many). */
  ids: string[];
  /** The shared first answers; null until they are in. */
  shared: BulkShared | null;
  /** How many records' blueprints have answered (the first progress, before the shared answers shape them). */
  read: number;
  /** Each record's load, by id, as they come in. */
  loads: ReadonlyMap<string, RecordLoad>;
  /** The records' names, by id, as they come in (after the loads). */
  names: ReadonlyMap<string, string>;
  step: BulkStep;
}

/** What can happen to bulk mode. */
export type BulkAction =
  | BulkNews
  /** A transition chosen (again, from the confirmation): its form opens with the records' common values. */
  | { type: 'choose'; choice: TransitionChoice }
  | BulkFormAction
  /** The form's checks passed: `data` is what will be sent. */
  | { type: 'confirm'; data: Record<string, unknown> }
  | { type: 'cancel' }
  /** The confirmed send started. */
  | { type: 'sending' };

/** Bulk mode as it opens on the page's selection: nothing loaded yet. */
export function openBulkState(ctx: PageContext): BulkState {
  const mode = selectionMode(ctx.recordIds);
  return {
    entity: ctx.record.entity,
    mode,
    ids: mode.kind === 'bulk' ? mode.recordIds : [],
    shared: null,
    read: 0,
    loads: new Map(),
    names: new Map(),
    step: { kind: 'choose' },
  };
}

/** Bulk mode's one place of change. */
export function reduceBulk(state: BulkState, action: BulkAction): BulkState {
  const { step, shared } = state;
  const to = (next: BulkStep): BulkState => ({ ...state, step: next });
  switch (action.type) {
    case 'shared':
      return { ...state, shared: action.shared };
    case 'loaded': {
      const { load } = action;
      return { ...state, loads: new Map(state.loads).set(load.kind === 'ready' ? load.record.id : load.id, load) };
    }
    case 'read':
      return { ...state, read: Math.max(state.read, action.read) };
    case 'named':
      return { ...state, names: new Map(state.names).set(action.id, action.name) };
    case 'choose': {
      if (shared?.kind !== 'ready') return state;
      const { choice } = action;
      // Each ready record's own copy of the transition holds its current values.
      const copies = choice.ready.flatMap((id) => {
        const load = state.loads.get(id);
        return load?.kind === 'ready' ? load.record.transitions.filter((t) => t.id === choice.id) : [];
      });
      const start = commonStart(choice.transition, copies, shared.context);
      return to({
        kind: 'form',
        choice,
        differing: start.differing,
        form: openBulkForm(choice.transition, start.initial),
      });
    }
    case 'confirm':
      return step.kind === 'form' ? to({ kind: 'confirm', choice: step.choice, data: action.data }) : state;
    case 'cancel':
      return to({ kind: 'choose' });
    case 'sending':
      return step.kind === 'confirm' ? to({ kind: 'send', choice: step.choice }) : state;
    default:
      return step.kind === 'form' ? to({ ...step, form: reduceBulkForm(step.form, action) }) : state;
  }
}

/** The records loaded, in the selection's order. */
export function readyRecords(ids: readonly string[], loads: BulkState['loads']): LoadedRecord[] {
  return ids.flatMap((id) => {
    const load = loads.get(id);
    return load?.kind === 'ready' ? [load.record] : [];
  });
}

/** The records left out of the choices (in no blueprint, or not loaded), in the selection's order. */
export function apartLoads(state: BulkState): Exclude<RecordLoad, { kind: 'ready' }>[] {
  return state.ids.flatMap((id) => {
    const load = state.loads.get(id);
    return load && load.kind !== 'ready' ? [load] : [];
  });
}
