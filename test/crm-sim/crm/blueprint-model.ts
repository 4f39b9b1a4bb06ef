/**
 * How the simulator describes a blueprint: the whole process with every transition (the CRM's GET only ever
 * shows the ones available from the current state; the engine derives that view from this model).
 */
import type { FieldMeta } from './zoho-fields.ts';

/** One transition of a process; the same transition may start from several states. */
export interface TransitionDef {
  id: string;
  name: string;
  from: string[];
  to: string;
  type: 'manual' | 'automatic';
  /** For automatic transitions: days after which the CRM would fire it (execution_time = now + this). */
  executeAfterDays?: number;
  color_code: string | null;
  /** When set, the transition is shown but refused unless the record's field `api_name` is filled. */
  criteria?: { api_name: string; message: string };
  /** The nested widget a `widget` item renders; sent in the transition's `data.widget` and echoed back. */
  widget?: { name: string; id: string };
  /** The form's items, in transition_sequence order. */
  fields: FieldMeta[];
  /**
   * A step of a parallel group: listed with `parent_transition`, done on its own; the record moves to `to` once
   * every step of the group is done (docs/assumptions.md).
   */
  parent?: { id: string; name: string };
  /**
   * Who may perform it, by name (a team, a role). The simulator's signed-in user is in none: the CRM never offers
   * it to them, and only the blueprint's definition (the settings API) lists it.
   */
  owners?: string[];
}

/** A blueprint process bound to a module's picklist field. */
export interface ProcessDef {
  id: string;
  name: string;
  module: string;
  /** The process field (Lead_Status, Stage) with its full picklist. */
  field: FieldMeta & { api_name: string };
  /**
   * The escalation period configured for some states, sent in `process_info.escalation` as given whenever a record
   * is in that state (Zoho's Get Blueprint page: the key holds the period, not a sign that it passed). Its shape
   * is not documented: the seeds give each state another one the widget reads (docs/assumptions.md).
   */
  escalations?: { state: string; period: unknown }[];
  transitions: TransitionDef[];
  /** The layout the blueprint runs on (Zoho runs blueprints per module and layout); records name theirs. */
  layout: { name: string; id: string };
  /** The blueprint's states in its own order, and which end it (the settings API's definition). */
  states: string[];
  exits: string[];
}

/** Builds a transition, numbering its items' transition_sequence in the order given. */
export function transition(
  def: Omit<TransitionDef, 'type' | 'color_code'> & Partial<Pick<TransitionDef, 'type' | 'color_code'>>,
): TransitionDef {
  return {
    type: 'manual',
    color_code: null,
    ...def,
    fields: def.fields.map((f, i) => ({ ...f, transition_sequence: i + 1 })),
  };
}

/** A copy of a module field made mandatory (or with other overrides) for one transition. */
export function required(f: FieldMeta, overrides: Partial<FieldMeta> = {}): FieldMeta {
  return { ...f, mandatory: true, ...overrides };
}
