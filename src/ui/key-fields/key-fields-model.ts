import { fieldForProfile } from '../../blueprint/field-access.ts';
import type { FieldItem, ProcessState } from '../../blueprint/model.ts';
import type { ModuleField } from '../../crm/crm-client.ts';
import type { StepperData } from '../../stepper/stepper-data.ts';
import { namesState } from '../../settings/apply-settings.ts';
import { keyFieldsOf } from '../../settings/key-fields.ts';

/** The stage the record is in, as the path shows it (a closing or hidden stage too); null for a record in none. */
export function currentStage(data: StepperData): ProcessState | null {
  const { path } = data;
  return (
    path.steps.find((s) => s.status === 'current')?.state ??
    path.closing.find((s) => s.status === 'current')?.state ??
    path.hiddenCurrent
  );
}

/**
 * The current stage's key fields as the rep sees them (issue 25): the admin's names for the stage the record is
 * in (no other stage's), those the module's field list knows, in the admin's order; a field hidden from the
 * rep's profile left out, one it may only view read-only, and the process field read-only (only a transition
 * moves it).
 */
export function keyFieldItems(data: StepperData, fields: ModuleField[]): FieldItem[] {
  const stage = currentStage(data);
  const entry = stage && data.settings.states.find((s) => namesState(s.value, stage));
  if (!entry) return [];
  const byName = new Map(fields.map((f) => [f.apiName, f.item]));
  return keyFieldsOf(entry, new Set(byName.keys())).flatMap((name) => {
    const item = byName.get(name);
    const shown = item && fieldForProfile(item, data.profileId);
    if (!shown) return [];
    return [shown.apiName === data.blueprint.process.fieldApiName ? { ...shown, readOnly: true } : shown];
  });
}
