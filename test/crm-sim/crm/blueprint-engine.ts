/**
 * The blueprint engine: the GET view of a record's process (only the transitions available from its current
 * state) and the PUT that performs one transition with the CRM's checks. Shapes: docs/blueprint-api.md.
 */
import type { ProcessDef, TransitionDef } from './blueprint-model.ts';
import type { CrmStore, SimRecord } from './crm-store.ts';
import type { ApiError } from '../protocol.ts';
import { checkSpecialValue, isSpecialComplete, SPECIAL_KEYS } from './special-items.ts';
import { checkFieldValue, invalidData, isEmpty } from './value-checks.ts';
import type { FieldMeta } from './zoho-fields.ts';

/** The engine's answer: the value the CRM returns, or its error body. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The success body of a PUT (a full or a partial save). */
export interface UpdateSuccess {
  code: 'SUCCESS';
  details: Record<string, unknown>;
  message: 'transition updated successfully' | 'transition saved partially';
  status: 'success';
}

const DAY_MS = 86_400_000;

const fail = (
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): { ok: false; error: ApiError } => ({
  ok: false,
  error: { code, details, message, status: 'error' },
});

/** An ISO 8601 datetime with the offset of `timeZone`, as the CRM writes times ("2026-11-29T10:00:00-05:00"). */
export function isoInZone(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const offset = Math.round((Date.parse(`${local}Z`) - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Whether a transition item is a record field rather than a special item. */
const isRealField = (f: FieldMeta): boolean => f._type === 'fields';

/** The key an item's value travels under in `data`. */
const keyOf = (f: FieldMeta): string =>
  isRealField(f) ? (f.api_name ?? '') : (SPECIAL_KEYS[f.data_type] ?? f.data_type);

/** Required = `mandatory ?? system_mandatory`, as the reference says to read it. */
const isRequired = (f: FieldMeta): boolean => Boolean(f.mandatory ?? f.system_mandatory);

/** The record's current state (the process field's value). */
const stateOf = (p: ProcessDef, r: SimRecord): string => String(r.values[p.field.api_name] ?? '-None-');

/** The transitions a record may see from its current state. */
const availableFrom = (p: ProcessDef, state: string): TransitionDef[] =>
  p.transitions.filter((t) => t.from.includes(state) && !t.owners);

/** Whether the transition's criteria hold for the record (no criteria: always). */
const criteriaMatched = (t: TransitionDef, r: SimRecord): boolean =>
  !t.criteria || !isEmpty(r.values[t.criteria.api_name]);

/** The record, its process, or the CRM's error for a record the blueprint API cannot serve. */
function locate(store: CrmStore, module: string, recordId: string): Outcome<{ p: ProcessDef; r: SimRecord }> {
  if (!store.processes[module]) return fail('INVALID_MODULE', 'the module name given seems to be invalid', {});
  const r = store.record(module, recordId);
  if (!r) return fail('INVALID_DATA', 'the related id given seems to be invalid', { id: recordId });
  return { ok: true, value: { p: store.processFor(r)!, r } };
}

/** The percent of a transition's required items saved so far by partial saves. */
function percentSaved(t: TransitionDef, r: SimRecord): number {
  const required = t.fields.filter(isRequired).length;
  const saved = r.partial[t.id]?.length ?? 0;
  return required === 0 ? 0 : Math.round((100 * saved) / required);
}

/** One transition as the GET lists it, with the record's current values in `data`. */
function viewTransition(store: CrmStore, p: ProcessDef, t: TransitionDef, r: SimRecord): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of t.fields.filter(isRealField)) {
    const multi = f.json_type === 'jsonarray';
    data[keyOf(f)] = structuredClone(r.values[keyOf(f)] ?? (multi ? [] : null));
  }
  if (t.widget) data.widget = { ...t.widget };
  const matched = criteriaMatched(t, r);
  const executes =
    t.type === 'automatic' ? new Date(r.stateSince.getTime() + (t.executeAfterDays ?? 1) * DAY_MS) : null;
  return {
    next_transitions: availableFrom(p, t.to).map((n) => ({
      id: n.id,
      name: n.name,
      type: n.type,
      criteria_matched: criteriaMatched(n, r),
    })),
    data,
    next_field_value: t.to,
    name: t.name,
    criteria_matched: matched,
    id: t.id,
    fields: structuredClone(t.fields),
    type: t.type,
    criteria_message: matched ? null : (t.criteria?.message ?? null),
    percent_partial_save: percentSaved(t, r),
    execution_time: executes && isoInZone(executes, store.org.time_zone),
    color_code: t.color_code,
    text_color_code: t.color_code ? '#FFFFFF' : null,
    parent_transition: t.parent ? { ...t.parent } : null,
    // A step of a parallel group says whether it is done (the key is an assumption: docs/assumptions.md).
    ...(t.parent ? { completed: r.parallelDone.includes(t.id) } : {}),
  };
}

/** GET /{module}/{id}/actions/blueprint: `{ blueprint: { process_info, transitions } }`, or undefined (HTTP 204). */
export function getBlueprint(
  store: CrmStore,
  module: string,
  recordId: string,
): Outcome<{ blueprint: Record<string, unknown> } | undefined> {
  const found = locate(store, module, recordId);
  if (!found.ok) return found;
  const { p, r } = found.value;
  if (r.flags.noBlueprint === 'empty') return { ok: true, value: undefined };
  if (r.flags.noBlueprint === 'error') return fail('RECORD_NOT_IN_PROCESS', 'Record not in process');
  const state = stateOf(p, r);
  const current = p.field.pick_list_values?.find((v) => v.actual_value === state);
  const processInfo = {
    field_id: p.field.id,
    escalation: p.escalations?.find((e) => e.state === state)?.period ?? null,
    is_continuous: Boolean(r.flags.continuous),
    api_name: p.field.api_name,
    continuous: Boolean(r.flags.continuous),
    field_label: p.field.field_label,
    name: p.name,
    column_name: p.field.column_name,
    field_value: current?.display_value ?? state,
    id: p.id,
    field_name: p.field.field_label,
    current_picklist: current
      ? { id: current.id, value: current.display_value, colour_code: current.colour_code }
      : null,
  };
  const transitions = availableFrom(p, state).map((t) => viewTransition(store, p, t, r));
  return { ok: true, value: { blueprint: { process_info: processInfo, transitions } } };
}

/** Reads `{ blueprint: [ { transition_id, data } ] }`, one transition per call. */
function readBody(body: unknown): { transitionId: string; data: Record<string, unknown> } | null {
  const list = typeof body === 'object' && body !== null ? (body as { blueprint?: unknown }).blueprint : undefined;
  if (!Array.isArray(list) || list.length !== 1) return null;
  const entry = list[0] as { transition_id?: unknown; data?: unknown } | null;
  if (typeof entry !== 'object' || entry === null || typeof entry.transition_id !== 'string') return null;
  const data = entry.data ?? {};
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? { transitionId: entry.transition_id, data: data as Record<string, unknown> }
    : null;
}

/** PUT /{module}/{id}/actions/blueprint: checks like the CRM, then moves the record (or saves partially). */
export function updateBlueprint(
  store: CrmStore,
  module: string,
  recordId: string,
  body: unknown,
): Outcome<UpdateSuccess> {
  const found = locate(store, module, recordId);
  if (!found.ok) return found;
  const { p, r } = found.value;
  if (r.flags.noBlueprint) return fail('RECORD_NOT_IN_PROCESS', 'Record not in process');
  if (r.flags.locked) return fail('RECORD_LOCKED', 'You cannot perform this operation as the record is locked.');
  if (r.flags.noPermission) return fail('NO_PERMISSION', 'Permission denied to update records');
  if (r.flags.staleTo) {
    // Someone else moved the record after the widget read it (bulk-seed.ts): the transition is now stale.
    r.values[p.field.api_name] = r.flags.staleTo;
    delete r.flags.staleTo;
  }

  const request = readBody(body);
  if (!request)
    return fail(
      'INVALID_DATA',
      'invalid data: the body must be { "blueprint": [ { "transition_id": "…", "data": { … } } ] }',
      { api_name: 'blueprint' },
    );
  const t = p.transitions.find((x) => x.id === request.transitionId);
  const state = stateOf(p, r);
  if (!t || !t.from.includes(state)) {
    return fail('INVALID_DATA', `the transition is not available for the record's current state "${state}"`, {
      api_name: 'transition_id',
      transition_id: request.transitionId,
    });
  }
  if (t.type === 'automatic')
    return fail('INVALID_DATA', 'an automatic transition cannot be performed by hand', { transition_id: t.id });
  if (t.parent && r.parallelDone.includes(t.id))
    return fail('INVALID_DATA', 'this step of the parallel transition is already done', { transition_id: t.id });
  if (!criteriaMatched(t, r))
    return fail('INVALID_DATA', t.criteria!.message, { transition_id: t.id, criteria_matched: false });

  const items = new Map(t.fields.filter((f) => f.data_type !== 'message').map((f) => [keyOf(f), f]));
  const toStore: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request.data)) {
    const item = items.get(key);
    if (!item) return fail('INVALID_DATA', `the field ${key} is not part of the transition`, { api_name: key });
    if (isRealField(item)) {
      const checked = checkFieldValue(item, value, store);
      if (!checked.ok) return checked;
      toStore[key] = checked.value;
    } else {
      const error = checkSpecialValue(item, value, t, store);
      if (error) return { ok: false, error };
    }
  }

  const saved = new Set(r.partial[t.id] ?? []);
  const isDone = (f: FieldMeta): boolean => {
    const key = keyOf(f);
    return (
      saved.has(key) ||
      (isRealField(f) ? key in request.data && !isEmpty(request.data[key]) : isSpecialComplete(f, request.data[key]))
    );
  };
  const missing = t.fields.filter((f) => isRequired(f) && !isDone(f));
  if (missing.length > 0 && !r.flags.partialSave)
    return fail('MANDATORY_NOT_FOUND', 'required field not found', { api_name: keyOf(missing[0]!) });
  Object.assign(r.values, toStore);

  if (missing.length > 0) {
    r.partial[t.id] = t.fields.filter((f) => isRequired(f) && isDone(f)).map(keyOf);
    return {
      ok: true,
      value: { code: 'SUCCESS', details: {}, message: 'transition saved partially', status: 'success' },
    };
  }
  if (t.parent) {
    // One step of a parallel group: the record moves only once every step of the group is done.
    delete r.partial[t.id];
    r.parallelDone = [...r.parallelDone, t.id];
    const steps = p.transitions.filter((x) => x.parent?.id === t.parent!.id && x.from.includes(state));
    if (steps.some((x) => !r.parallelDone.includes(x.id)))
      return {
        ok: true,
        value: { code: 'SUCCESS', details: {}, message: 'transition updated successfully', status: 'success' },
      };
  }
  r.values[p.field.api_name] = t.to;
  r.stateSince = store.now();
  r.partial = {};
  r.parallelDone = [];
  return {
    ok: true,
    value: { code: 'SUCCESS', details: {}, message: 'transition updated successfully', status: 'success' },
  };
}

/**
 * PUT /{module} with `{data: [{id, <field>: value}]}` (the SDK's updateRecord): a record's fields changed outside a
 * transition. Refused as the CRM refuses it (docs/assumptions.md, "updateRecord"): a locked record, a profile
 * that may not edit, a read-only field, the process field, and a field a transition of the record's current
 * state asks for (the blueprint owns it there: RECORD_IN_BLUEPRINT). Answers the Records API's multi-status shape.
 */
export function updateRecord(store: CrmStore, module: string, apiData: unknown): { data: object[] } {
  const answer = (value: object) => ({ data: [value] });
  const data = typeof apiData === 'object' && apiData !== null ? (apiData as Record<string, unknown>) : {};
  const recordId = typeof data.id === 'string' ? data.id : '';
  const r = store.record(module, recordId);
  if (!r) return answer(fail('INVALID_DATA', 'the id given seems to be invalid', { api_name: 'id' }).error);
  if (r.flags.locked)
    return answer(
      fail('RECORD_LOCKED', 'You cannot perform this operation as the record is locked.', { id: recordId }).error,
    );
  if (r.flags.noPermission) return answer(fail('NO_PERMISSION', 'permission denied', { id: recordId }).error);
  const p = store.processes[module];
  const owned = new Set(
    p && !r.flags.noBlueprint
      ? availableFrom(p, stateOf(p, r)).flatMap((t) => t.fields.filter(isRealField).map(keyOf))
      : [],
  );
  const toStore: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'id') continue;
    const meta = store.fields(module)?.find((f) => f.api_name === key);
    if (!meta) return answer(invalidData(key, 'field', 'invalid field'));
    if (p && key === p.field.api_name)
      return answer(fail('RECORD_IN_BLUEPRINT', 'the record is in a blueprint', { api_name: key }).error);
    if (owned.has(key))
      return answer(
        fail('RECORD_IN_BLUEPRINT', 'the field cannot be updated as it is part of a blueprint transition', {
          api_name: key,
        }).error,
      );
    const checked = checkFieldValue(meta, value, store);
    if (!checked.ok) return answer(checked.error);
    toStore[key] = checked.value;
  }
  Object.assign(r.values, toStore);
  const modified = store
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, '+00:00');
  return answer({
    code: 'SUCCESS',
    details: {
      Modified_Time: modified,
      Modified_By: { name: store.users[0]!.full_name, id: store.users[0]!.id },
      id: recordId,
    },
    message: 'record updated',
    status: 'success',
  });
}
