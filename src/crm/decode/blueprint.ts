import {
  KNOWN_FIELD_TYPES,
  type Blueprint,
  type FieldPermission,
  type FieldType,
  type FormItem,
  type PicklistOption,
  type ProcessInfo,
  type Transition,
} from '../../blueprint/model.ts';
import { arr, bool, num, obj, str } from '../../blueprint/read-json.ts';

/** What a getBluePrint answer turned out to be. */
export type BlueprintAnswer =
  | { kind: 'blueprint'; blueprint: Blueprint }
  /** The record is in no blueprint (an empty answer, the REST API's 204). */
  | { kind: 'none' }
  /** The answer cannot be read as a blueprint; `problem` says what was wrong, for the details line. */
  | { kind: 'malformed'; problem: string };

/**
 * Decodes a getBluePrint answer. Zoho omits keys, sends null and adds keys without notice
 * (docs/blueprint-api.md), so every key is optional and one odd transition or field never breaks the rest.
 */
export function decodeBlueprint(answer: unknown): BlueprintAnswer {
  let value = answer;
  if (typeof value === 'string') {
    if (value.trim() === '') return { kind: 'none' };
    try {
      value = JSON.parse(value);
    } catch {
      return { kind: 'malformed', problem: 'the answer is not JSON' };
    }
  }
  if (value === undefined || value === null) return { kind: 'none' };
  const root = obj(value);
  if (!root) return { kind: 'malformed', problem: 'the answer is not an object' };
  if (Object.keys(root).length === 0) return { kind: 'none' };
  const bp = obj(root.blueprint);
  if (!bp) return { kind: 'malformed', problem: 'the answer has no "blueprint" object' };
  const process = decodeProcessInfo(bp.process_info);
  if (!process) return { kind: 'malformed', problem: 'the blueprint has no usable "process_info"' };
  // A transition id listed twice would open one form twice with the same element ids: the first one wins.
  const byId = new Map<string, Transition>();
  for (const raw of arr(bp.transitions)) {
    for (const t of decodeListed(raw)) if (!byId.has(t.id)) byId.set(t.id, t);
  }
  const transitions = [...byId.values()];
  return { kind: 'blueprint', blueprint: { process, transitions } };
}

function decodeProcessInfo(raw: unknown): ProcessInfo | null {
  const p = obj(raw);
  if (!p) return null;
  const fieldApiName = str(p.api_name);
  if (!fieldApiName) return null;
  const state = str(p.field_value) ?? str(obj(p.current_picklist)?.value);
  return {
    id: str(p.id) ?? '',
    name: str(p.name) ?? '',
    fieldApiName,
    fieldLabel: str(p.field_label) ?? str(p.field_name) ?? fieldApiName,
    currentState: state === null || state === '-None-' ? null : state,
    escalation: p.escalation ?? null,
    // Zoho's sample carries both keys; either one true makes the process continuous.
    continuous: bool(p.is_continuous) === true || bool(p.continuous) === true,
  };
}

/**
 * One entry of `transitions`: an ordinary transition, a parallel child naming its `parent_transition`, or a
 * parent listing its children nested (`transitions` / `child_transitions`). A parent completes by itself when
 * all its children are done, so it is never offered; its children are, each naming it (docs/assumptions.md).
 */
function decodeListed(raw: unknown): Transition[] {
  const nested = obj(raw) ? arr(obj(raw)?.child_transitions ?? obj(raw)?.transitions) : [];
  const t = decodeTransition(raw);
  if (!t || nested.length === 0) return t ? [t] : [];
  const parent = { id: t.id, name: str(obj(raw)?.name) };
  return nested.flatMap((child) => {
    const c = decodeTransition(child);
    return c ? [{ ...c, parent: c.parent ?? parent }] : [];
  });
}

/** A parallel child's state, where the answer gives one: `completed` / `is_completed`, or a `status` word. */
function decodeDone(t: Record<string, unknown>): boolean | undefined {
  const flag = bool(t.completed) ?? bool(t.is_completed);
  if (flag !== null) return flag;
  const status = str(t.status)?.toLowerCase();
  if (status === 'completed' || status === 'done' || status === 'executed') return true;
  if (status === 'pending' || status === 'open' || status === 'not_completed') return false;
  return undefined;
}

function decodeTransition(raw: unknown): Transition | null {
  const t = obj(raw);
  const id = str(t?.id);
  if (!t || !id) return null;
  const data = obj(t.data) ?? {};
  const done = decodeDone(t);
  const items = arr(t.fields)
    .map((f, index) => ({ f: obj(f), index }))
    .filter((x): x is { f: Record<string, unknown>; index: number } => x.f !== null)
    .sort(
      (a, b) =>
        (num(a.f.transition_sequence) ?? Infinity) - (num(b.f.transition_sequence) ?? Infinity) || a.index - b.index,
    )
    .map(({ f }) => decodeItem(f, data));
  return {
    id,
    name: str(t.name) ?? 'Unnamed transition',
    targetState: str(t.next_field_value),
    kind: str(t.type) === 'automatic' ? 'automatic' : 'manual',
    executionTime: str(t.execution_time),
    criteriaMatched: bool(t.criteria_matched) ?? true,
    criteriaMessage: str(t.criteria_message),
    percentPartialSave: Math.min(100, Math.max(0, num(t.percent_partial_save) ?? 0)),
    nextTransitions: arr(t.next_transitions).flatMap((n) => {
      const o = obj(n);
      const nid = str(o?.id);
      return o && nid ? [{ id: nid, name: str(o.name) ?? '', automatic: str(o.type) === 'automatic' }] : [];
    }),
    parent: decodeParent(t.parent_transition),
    done,
    colour: str(t.color_code),
    textColour: str(t.text_color_code),
    data,
    items,
  };
}

function decodeParent(raw: unknown): Transition['parent'] {
  const o = obj(raw);
  const id = o ? str(o.id) : str(raw);
  return id ? { id, name: str(o?.name) } : null;
}

/** Lower-cased words a special item may be named by, in `data_type`, `_type`, `api_name` or its label. */
function namesOf(f: Record<string, unknown>): string[] {
  return [f.data_type, f._type, f.api_name, f.field_label, f.display_label]
    .map((v) => str(v)?.toLowerCase())
    .filter((v): v is string => v !== undefined && v !== null);
}

/** One item of a transition; a field of the Fields API reads the same way (decode/fields.ts, key fields). */
export function decodeItem(f: Record<string, unknown>, data: Record<string, unknown>): FormItem {
  const names = namesOf(f);
  const required = bool(f.mandatory) ?? bool(f.system_mandatory) ?? false;
  const label = str(f.display_label) ?? str(f.field_label) ?? str(f.api_name) ?? 'Unnamed item';
  const dataType = str(f.data_type) ?? str(f._type) ?? 'unknown';
  if (names.includes('widget')) {
    const w = obj(data.widget);
    return { kind: 'widget', name: str(w?.name) ?? str(f.display_label), id: str(w?.id), required };
  }
  if (names.includes('message')) {
    const content = Array.isArray(f.content) ? f.content.map((c) => str(c) ?? '').join('\n') : str(f.content);
    return { kind: 'message', content: content ?? '' };
  }
  if (names.includes('notes')) return { kind: 'notes', required };
  if (names.some((n) => n === 'checklist' || n === 'checklists')) {
    const entries = arr(f.content ?? f.items ?? f.checklists).flatMap((e) => {
      const o = obj(e);
      const text = o ? (str(o.item) ?? str(o.name) ?? str(o.title)) : str(e);
      return text ? [text] : [];
    });
    return { kind: 'checklist', label, entries, required };
  }
  if (names.some((n) => n === 'attachment' || n === 'attachments')) return { kind: 'attachments', required };
  const apiName = str(f.api_name);
  if (!apiName) return { kind: 'unknown', label, rawType: dataType, required };
  const type = fieldType(dataType);
  const connected = obj(f.multiselectlookup) ?? obj(f.multiuserlookup);
  // A multi-lookup's module: a string in Zoho's blueprint sample, `{api_name, id}` in the Fields API's sample.
  const lookupModule =
    str(obj(obj(f.lookup)?.module)?.api_name) ??
    str(connected?.connected_module) ??
    str(obj(connected?.connected_module)?.api_name);
  // A record lookup whose answer names no module cannot be searched: shown read-only, edited in the CRM,
  // never a search of a guessed module (docs/blueprint-api.md, "Lookups").
  const noModule = (type === 'lookup' || type === 'multiselectlookup') && !lookupModule;
  const viewType = obj(f.view_type);
  return {
    kind: 'field',
    id: str(f.id) ?? apiName,
    apiName,
    label,
    type,
    rawType: dataType,
    required,
    // `view_type.edit: false` is read-only for everyone. `visible` is not read: Zoho's own sample answer has
    // `"visible": false` on editable multi-lookups (docs/blueprint-api.md, "Field permissions").
    readOnly:
      bool(f.read_only) === true ||
      bool(f.field_read_only) === true ||
      bool(viewType?.edit) === false ||
      type === 'formula' ||
      type === 'autonumber' ||
      noModule,
    maxLength: num(f.length),
    decimalPlaces: num(f.decimal_place) ?? num(obj(f.currency)?.precision),
    tooltip: str(obj(f.tooltip)?.value) ?? str(f.tooltip),
    options: decodeOptions(f.pick_list_values),
    lookupModule,
    connectedLookupApiName: str(connected?.connectedlookup_apiname),
    profileAccess: decodeProfileAccess(f.profiles, bool(viewType?.view) === false),
    editInCrm: noModule,
  };
}

import { ANY_PROFILE } from '../../blueprint/field-access.ts';

const PERMISSIONS: readonly FieldPermission[] = ['read_write', 'read_only', 'hidden'];

/**
 * Each profile's permission on a field (`profiles: [{id, permission_type}]`), by profile id. A field the layout
 * never shows (`view_type.view: false`) is hidden for every listed profile; an unknown permission reads as
 * read-only, the safe side.
 */
function decodeProfileAccess(raw: unknown, neverShown: boolean): Record<string, FieldPermission> {
  const out: Record<string, FieldPermission> = {};
  for (const p of arr(raw)) {
    const o = obj(p);
    const id = str(o?.id);
    if (!o || !id) continue;
    const type = str(o.permission_type);
    const permission = PERMISSIONS.find((x) => x === type) ?? 'read_only';
    out[id] = neverShown ? 'hidden' : permission;
  }
  if (neverShown) out[ANY_PROFILE] = 'hidden';
  return out;
}

function fieldType(dataType: string): FieldType {
  const t = dataType.toLowerCase();
  return (KNOWN_FIELD_TYPES as readonly string[]).includes(t) ? (t as FieldType) : 'other';
}

/** Decodes picklist values in `sequence_number` order, dropping "-None-" and values with no label. */
export function decodeOptions(raw: unknown): PicklistOption[] {
  return arr(raw)
    .flatMap((v, index) => {
      const o = obj(v);
      const label = str(o?.display_value) ?? str(o?.actual_value);
      if (!o || !label || label === '-None-') return [];
      return [
        {
          label,
          value: str(o.actual_value) ?? label,
          sequence: num(o.sequence_number) ?? Number.MAX_SAFE_INTEGER,
          index,
        },
      ];
    })
    .sort((a, b) => a.sequence - b.sequence || a.index - b.index)
    .map(({ label, value, sequence }) => ({ label, value, sequence }));
}
