/**
 * Zoho's settings API for blueprints, read through a CRM connection on the settings page (docs/blueprint-api.md,
 * "A blueprint's definition"): `GET /crm/v8/settings/blueprints` (the list) and `GET .../blueprints/{id}` (one,
 * whole). Decoded here into the widget's own ProcessDefinition; nothing past this file sees their JSON. The shapes
 * come from Zoho's v8 pages; what they leave open, and the connection's envelope, is in docs/assumptions.md.
 */
import { arr, bool, obj, str } from '../../blueprint/read-json.ts';
import type { DefinedTransition, ProcessDefinition } from '../../settings/process-definition.ts';

/** One blueprint of the list: enough to ask for it whole and to name it. */
export interface BlueprintSummary {
  id: string;
  name: string;
  module: string;
  layout: string | null;
  /** `active`, `draft` or `inactive` as Zoho says; null when it does not. */
  status: string | null;
}

/** A name from a string or from an object's `api_name` / `name` / `display_value`. */
function nameOf(v: unknown, ...keys: string[]): string | null {
  const o = obj(v);
  if (!o) return str(v);
  for (const k of keys) {
    const s = str(o[k]);
    if (s) return s;
  }
  return null;
}

/**
 * What the connection resolved with, unwrapped down to the API's own answer: Zoho's SDK gives
 * `{code: "SUCCESS", details: {statusMessage: <answer, as JSON or as text>}}` (docs/assumptions.md); the bare answer
 * is read too. A failure envelope, or an API error inside it, throws an Error with the CRM's words.
 */
export function unwrapConnectionAnswer(raw: unknown): unknown {
  let answer: unknown = raw;
  const envelope = obj(raw);
  if (envelope && 'details' in envelope) {
    if (str(envelope.code) && str(envelope.code) !== 'SUCCESS')
      throw new Error(`${str(envelope.code)}: ${str(envelope.message) ?? ''}`.trim());
    const details = obj(envelope.details);
    answer = details && 'statusMessage' in details ? details.statusMessage : envelope.details;
  }
  // No blueprints at all may come as an empty answer (HTTP 204).
  if (typeof answer === 'string' && answer.trim() === '') answer = null;
  if (typeof answer === 'string') {
    const text = answer;
    try {
      answer = JSON.parse(text) as unknown;
    } catch {
      throw new Error(`the connection answered with text that is not JSON: ${text.slice(0, 80)}`);
    }
  }
  const a = obj(answer);
  if (a && str(a.status) === 'error') throw new Error(`${str(a.code) ?? 'error'}: ${str(a.message) ?? ''}`.trim());
  return answer;
}

/** The list answer (`{blueprints: [...]}`): every blueprint that names an id and a module, in Zoho's order. */
export function decodeBlueprintList(raw: unknown): BlueprintSummary[] {
  const list: BlueprintSummary[] = [];
  for (const item of arr(obj(unwrapConnectionAnswer(raw))?.blueprints)) {
    const b = obj(item);
    const id = str(b?.id);
    const module = nameOf(b?.module, 'api_name', 'module_name');
    if (!b || !id || !module || list.some((x) => x.id === id)) continue;
    list.push({
      id,
      name: str(b.name) ?? id,
      module,
      layout: nameOf(b.layout, 'name', 'api_name'),
      status: str(b.status),
    });
  }
  return list;
}

/** One blueprint's answer (`{blueprints: [{...}]}`), whole; throws an Error saying what is missing. */
export function decodeBlueprintDefinition(raw: unknown): { id: string; module: string; definition: ProcessDefinition } {
  const b = obj(arr(obj(unwrapConnectionAnswer(raw))?.blueprints)[0]);
  const id = str(b?.id);
  const module = nameOf(b?.module, 'api_name', 'module_name');
  const field = nameOf(b?.process_field ?? b?.field, 'api_name');
  if (!b || !id || !module) throw new Error('the answer names no blueprint with an id and a module');
  if (!field) throw new Error(`the blueprint ${id} names no process field`);
  const states: string[] = [];
  const exits: string[] = [];
  const add = (name: string | null) => {
    if (name && !states.includes(name)) states.push(name);
    return name;
  };
  for (const s of arr(b.states)) {
    const name = add(nameOf(s, 'name', 'display_value', 'actual_value'));
    const o = obj(s);
    if (name && o && (str(o.type) === 'exit' || bool(o.exit) === true || bool(o.is_exit) === true)) exits.push(name);
  }
  const transitions: DefinedTransition[] = [];
  for (const item of arr(b.transitions)) {
    const t = obj(item);
    const tid = str(t?.id);
    const name = str(t?.name);
    if (!t || !tid || !name || transitions.some((x) => x.id === tid)) continue;
    // A transition names where it starts as a list (`current_states`) or one state (`current_state`).
    const from = [...arr(t.current_states), ...(t.current_state ? [t.current_state] : [])]
      .map((s) => add(nameOf(s, 'name', 'display_value', 'actual_value')))
      .filter((s): s is string => s !== null);
    const to = add(nameOf(t.next_state, 'name', 'display_value', 'actual_value'));
    const type = str(t.transition_type) ?? '';
    transitions.push({
      id: tid,
      name,
      from,
      to,
      automatic: str(t.trigger_type) === 'automatic' || str(t.type) === 'automatic',
      parallel: type.startsWith('parallel'),
      common: type.startsWith('common') || bool(t.common) === true,
      owners: ownerNames(t.owners),
    });
  }
  // Without a list of states, exits are the states no transition leaves (docs/assumptions.md).
  if (arr(b.states).length === 0)
    for (const s of states) if (!transitions.some((t) => t.from.includes(s))) exits.push(s);
  return {
    id,
    module,
    definition: {
      name: str(b.name) ?? id,
      layout: nameOf(b.layout, 'name', 'api_name'),
      field,
      states,
      exits,
      transitions,
    },
  };
}

/** Owners by name: each owner's `resources` (users, roles, groups) that carry one; ids alone are left out. */
function ownerNames(raw: unknown): string[] {
  const names: string[] = [];
  for (const owner of arr(raw)) {
    const o = obj(owner);
    for (const r of [...arr(o?.resources), ...(o && str(o.name) ? [o] : [])]) {
      const name = nameOf(r, 'name', 'full_name');
      if (name && obj(r) && !names.includes(name)) names.push(name);
    }
  }
  return names;
}
