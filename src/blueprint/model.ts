/** The widget's own view of a blueprint, decoded once from the CRM's JSON (src/crm/decode/blueprint.ts). */

/** One state of the process: a value of the process field's picklist. */
export interface ProcessState {
  /** What the CRM shows (`display_value`); blueprint answers name states by it. */
  label: string;
  /** What the CRM stores (`actual_value`). */
  value: string;
  /** Position in the process (`sequence_number`). */
  sequence: number;
  /** The picklist colour (`colour_code`), if the admin set one. */
  colour: string | null;
  /** Whether the CRM's own metadata says this value closes the process (Deals' forecast type or probability). */
  closing?: 'won' | 'lost' | null;
  /** Not a state of the blueprint's definition: shown, marked, because the record is in it. */
  outside?: boolean;
}

/** The record's blueprint as it stands now. */
export interface Blueprint {
  process: ProcessInfo;
  /** Only the transitions available from the current state: the CRM lists no others. */
  transitions: Transition[];
}

/** Which process the record is in and where. */
export interface ProcessInfo {
  id: string;
  /** The process's name, e.g. "Lead nurturing process". */
  name: string;
  /** API name of the process field, e.g. `Lead_Status`. */
  fieldApiName: string;
  /** Label of the process field, e.g. "Lead Status". */
  fieldLabel: string;
  /** The current state's display value, or null when the record has none ("-None-"). */
  currentState: string | null;
  /**
   * The escalation period configured for the current state (`process_info.escalation`), as the CRM sent it: its
   * shape is not documented, so it is read only when the time line shows, after the first screen
   * (blueprint/stage-time.ts, readEscalationPeriod; docs/assumptions.md). Not a sign that the period has passed.
   */
  escalation: unknown;
  /**
   * A continuous process (`is_continuous` / `continuous`): after a completed transition the next one opens at
   * once where exactly one manual transition follows.
   */
  continuous: boolean;
}

/** A transition the record can take from its current state. */
export interface Transition {
  id: string;
  name: string;
  /** The state the record moves to (display value). */
  targetState: string | null;
  /** `automatic` transitions fire by themselves at `executionTime`. */
  kind: 'manual' | 'automatic';
  executionTime: string | null;
  /** False: shown, but the record does not meet the transition's criteria yet. */
  criteriaMatched: boolean;
  criteriaMessage: string | null;
  /** How much of the form was saved by an earlier partial save, 0 to 100. */
  percentPartialSave: number;
  /** What follows this transition (`next_transitions`): the transitions its target stage offers, automatic ones marked. */
  nextTransitions: { id: string; name: string; automatic?: boolean }[];
  /** Parallel transitions name their parent (completed when all its children are); null for ordinary ones. */
  parent: { id: string; name: string | null } | null;
  /**
   * For a parallel child: whether it is already done. Undefined when the answer does not say (then the group
   * shows no count); a done child is shown, never offered (docs/assumptions.md).
   */
  done?: boolean | undefined;
  colour: string | null;
  textColour: string | null;
  /** Current values keyed by field API name, plus special entries such as `widget`. */
  data: Record<string, unknown>;
  /** What the transition asks for, in `transition_sequence` order. */
  items: FormItem[];
}

/** Something a transition asks of the rep. */
export type FormItem = FieldItem | MessageItem | WidgetItem | NotesItem | ChecklistItem | AttachmentsItem | UnknownItem;

/** Every field type of the Fields API the widget knows by name. */
export const KNOWN_FIELD_TYPES = [
  'text',
  'textarea',
  'email',
  'phone',
  'website',
  'picklist',
  'multiselectpicklist',
  'date',
  'datetime',
  'integer',
  'bigint',
  'double',
  'currency',
  'percent',
  'boolean',
  'lookup',
  'ownerlookup',
  'userlookup',
  'multiuserlookup',
  'multiselectlookup',
  'fileupload',
  'imageupload',
  'formula',
  'autonumber',
] as const;

/** A field type the widget knows; anything else decodes to `other`. */
export type FieldType = (typeof KNOWN_FIELD_TYPES)[number] | 'other';

/** A picklist choice. */
export interface PicklistOption {
  label: string;
  value: string;
  sequence: number;
}

/** A record field the transition asks for. */
export interface FieldItem {
  kind: 'field';
  id: string;
  apiName: string;
  label: string;
  type: FieldType;
  /** The CRM's `data_type` as sent, kept to name an unsupported type to the rep. */
  rawType: string;
  required: boolean;
  readOnly: boolean;
  /** Maximum length, for text-like fields. */
  maxLength: number | null;
  decimalPlaces: number | null;
  tooltip: string | null;
  options: PicklistOption[];
  /** For lookups: the module searched. */
  lookupModule: string | null;
  /** For multi-lookups: the key each value is sent under (`connectedlookup_apiname`). */
  connectedLookupApiName: string | null;
  /**
   * What each profile may do with the field (`profiles[].permission_type`), by profile id; blueprint/field-access.ts
   * applies the current user's. Absent or empty: no per-profile rule known.
   */
  profileAccess?: Record<string, FieldPermission>;
  /** Read-only here although the CRM lets the rep edit it (a lookup whose module the answer does not name). */
  editInCrm?: boolean;
  /** Read-only because the current user's profile may only view it (set by blueprint/field-access.ts). */
  readOnlyForProfile?: boolean;
}

/** A profile's permission on a field, as the blueprint answer's `profiles[].permission_type` says. */
export type FieldPermission = 'read_write' | 'read_only' | 'hidden';

/** Guidance text the admin attached to the transition. */
export interface MessageItem {
  kind: 'message';
  content: string;
}

/** A widget the CRM renders inside its own transition screen; the widget can only name it. */
export interface WidgetItem {
  kind: 'widget';
  name: string | null;
  id: string | null;
  required: boolean;
}

/** The transition's note. */
export interface NotesItem {
  kind: 'notes';
  required: boolean;
}

/** A checklist whose items must be ticked. */
export interface ChecklistItem {
  kind: 'checklist';
  label: string;
  entries: string[];
  required: boolean;
}

/** Files or links attached to the transition. */
export interface AttachmentsItem {
  kind: 'attachments';
  required: boolean;
}

/** An item the widget does not recognise; shown as a labelled read-only line, never dropped. */
export interface UnknownItem {
  kind: 'unknown';
  label: string;
  rawType: string;
  required: boolean;
}
