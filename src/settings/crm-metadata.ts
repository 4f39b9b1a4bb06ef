/**
 * What the settings page reads of the CRM's metadata: the org's modules and, per module, the picklist fields a
 * blueprint can run on. Pure decoding of untrusted JSON, like blueprint/decode-blueprint.ts.
 */
import type { ProcessState } from '../blueprint/model.ts';
import { decodeProcessStates } from '../blueprint/process-path.ts';
import { arr, bool, obj, str } from '../blueprint/read-json.ts';

/** A module the admin can set up. */
export interface ModuleInfo {
  apiName: string;
  /** What the CRM calls it in menus (`plural_label`). */
  label: string;
}

/** A picklist field of a module: a candidate process field, with its states in picklist order. */
export interface PicklistField {
  apiName: string;
  label: string;
  states: ProcessState[];
}

/**
 * The process fields of the standard modules: Deals' `Stage`, Leads' `Lead_Status`, and `Status` (Cases, Tasks
 * and most custom processes). The fields API does not say which picklist a blueprint runs on, so one of these
 * is the default and the admin may choose any other picklist.
 */
export const KNOWN_PROCESS_FIELDS = ['Stage', 'Lead_Status', 'Status'];

/** The modules of a getModules answer (`{modules: [...]}`) that the API can read records of, in the CRM's order. */
export function decodeModules(answer: unknown): ModuleInfo[] {
  // Keyed by API name, first one wins: the page keys its lists and element ids by it.
  const byName = new Map<string, ModuleInfo>();
  for (const raw of arr(obj(answer)?.modules)) {
    const m = obj(raw);
    const apiName = str(m?.api_name);
    if (!m || !apiName || bool(m.api_supported) === false || bool(m.visible) === false || byName.has(apiName)) continue;
    byName.set(apiName, { apiName, label: str(m.plural_label) ?? str(m.module_name) ?? apiName });
  }
  return [...byName.values()];
}

/** The picklist fields of a getFields answer (`{fields: [...]}`) that have at least one state. */
export function decodePicklistFields(answer: unknown): PicklistField[] {
  return arr(obj(answer)?.fields).flatMap((raw) => {
    const f = obj(raw);
    const apiName = str(f?.api_name);
    if (!f || !apiName || str(f.data_type) !== 'picklist') return [];
    const states = decodeProcessStates({ fields: [f] }, apiName);
    return states.length > 0 ? [{ apiName, label: str(f.field_label) ?? str(f.display_label) ?? apiName, states }] : [];
  });
}

/** The process field to show: the admin's choice if the module still has it, else a known one, else none. */
export function chooseProcessField(picklists: PicklistField[], saved: string | null): PicklistField | null {
  const byName = (name: string) => picklists.find((p) => p.apiName === name);
  if (saved) return byName(saved) ?? null;
  for (const name of KNOWN_PROCESS_FIELDS) {
    const found = byName(name);
    if (found) return found;
  }
  return null;
}
