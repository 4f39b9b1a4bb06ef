/**
 * What the settings page reads of the CRM's metadata: the org's modules and, per module, the picklist fields a
 * blueprint can run on (decoded from the CRM's answers in crm/decode/), and which picklist to start with.
 */
import type { ProcessState } from '../blueprint/model.ts';

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
 * The picklist fields that have at least one state: the candidates for a module's process field. Takes the
 * module's fields as the CRM client gives them (crm-client.ts's ModuleField), of which it reads these four.
 */
export function picklistFields(
  fields: readonly { apiName: string; label: string; dataType: string; states: ProcessState[] }[],
): PicklistField[] {
  return fields
    .filter((f) => f.dataType === 'picklist' && f.states.length > 0)
    .map(({ apiName, label, states }) => ({ apiName, label, states }));
}

/**
 * The process fields of the standard modules: Deals' `Stage`, Leads' `Lead_Status`, and `Status` (Cases, Tasks
 * and most custom processes). The fields API does not say which picklist a blueprint runs on, so one of these
 * is the default and the admin may choose any other picklist.
 */
export const KNOWN_PROCESS_FIELDS = ['Stage', 'Lead_Status', 'Status'];

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
