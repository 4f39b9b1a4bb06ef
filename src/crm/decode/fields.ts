import type { FieldItem, ProcessState } from '../../blueprint/model.ts';
import { arr, num, obj, str } from '../../blueprint/read-json.ts';
import { picklistFields, type PicklistField } from '../../settings/crm-metadata.ts';
import { decodeItem, decodeOptions } from './blueprint.ts';

/** One field of a module, as the widget needs it: its name, type and (for a picklist) its values in order. */
export interface ModuleField {
  apiName: string;
  label: string;
  /** Zoho's `data_type` (`picklist`, `text`, ...); empty when the CRM did not say. */
  dataType: string;
  /** The picklist's values in `sequence_number` order, with their colours; empty for other fields. */
  states: ProcessState[];
  /**
   * The field as a form's field (the Fields API names its keys as a transition's fields do: length, read-only,
   * picklist values, lookup module, profiles), for a stage's key fields; absent for what no form could show.
   */
  item?: FieldItem;
}

/** A getFields answer (`{fields: [...]}`): every field with an API name, in the CRM's order. */
export function decodeFields(answer: unknown): ModuleField[] {
  return arr(obj(answer)?.fields).flatMap((raw) => {
    const f = obj(raw);
    const apiName = str(f?.api_name);
    if (!f || !apiName) return [];
    const item = decodeItem(f, {});
    return [
      {
        apiName,
        label: str(f.field_label) ?? str(f.display_label) ?? apiName,
        dataType: str(f.data_type) ?? '',
        states: decodeStates(f.pick_list_values),
        ...(item.kind === 'field' && { item }),
      },
    ];
  });
}

function decodeStates(values: unknown): ProcessState[] {
  const extra = new Map<string, { colour: string | null; closing: 'won' | 'lost' | null }>();
  for (const v of arr(values)) {
    const o = obj(v);
    const label = str(o?.display_value) ?? str(o?.actual_value);
    if (o && label) extra.set(label, { colour: str(o.colour_code), closing: closingKind(o) });
  }
  return decodeOptions(values).map((o) => ({
    label: o.label,
    value: o.value,
    sequence: o.sequence,
    colour: extra.get(o.label)?.colour ?? null,
    closing: extra.get(o.label)?.closing ?? null,
  }));
}

/**
 * Whether the CRM says a picklist value closes the process: Deals' `Stage` values carry a forecast type
 * (`"Closed Won"`, `"Closed Lost"`, `"Open"`), a forecast category (`{name}` or a string) and a probability.
 * The forecast decides when present; otherwise a probability of 100 is won and 0 is lost. Values without
 * these (Leads' statuses) are ordinary (docs/assumptions.md: the keys are Zoho's, not yet seen in a real org).
 */
function closingKind(v: Record<string, unknown>): 'won' | 'lost' | null {
  const forecast = `${str(v.forecast_type)} ${str(v.forecast_category) ?? str(obj(v.forecast_category)?.name)}`;
  if (/closed.?won/i.test(forecast)) return 'won';
  if (/closed.?lost/i.test(forecast)) return 'lost';
  const probability = forecast === 'null null' ? num(v.probability) : null;
  return probability === 100 ? 'won' : probability === 0 ? 'lost' : null;
}

/**
 * The process's states: the picklist of the process field, in `sequence_number` order (the blueprint answer
 * lists only the transitions available now, not the whole process). Empty when the module has no such field.
 */
export function processStates(fields: ModuleField[], processFieldApiName: string): ProcessState[] {
  return fields.find((f) => f.apiName === processFieldApiName)?.states ?? [];
}

/** A getFields answer straight to the process's states (see processStates). */
export function decodeProcessStates(answer: unknown, processFieldApiName: string): ProcessState[] {
  return processStates(decodeFields(answer), processFieldApiName);
}

/** A getFields answer straight to its picklist fields (see picklistFields). */
export function decodePicklistFields(answer: unknown): PicklistField[] {
  return picklistFields(decodeFields(answer));
}
