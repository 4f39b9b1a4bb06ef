/**
 * The settings API's blueprints (`GET /crm/v8/settings/blueprints` and `.../blueprints/{id}`) as the CRM would
 * answer them through a connection, built from the simulator's own processes, in the shapes of
 * test/fixtures/zoho-sample-blueprint-*.json (docs/assumptions.md says which keys are assumed).
 */
import type { CrmStore } from './crm-store.ts';
import type { ProcessDef } from './blueprint-model.ts';

const moduleIds: Record<string, string> = { Leads: '4876876000000002175', Deals: '4876876000000002181' };

function summary(p: ProcessDef): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    status: 'active',
    module: { api_name: p.module, id: moduleIds[p.module] ?? '' },
    layout: { ...p.layout },
  };
}

/** A state as the definition names it, by its picklist value's id where the field has one. */
function state(p: ProcessDef, name: string): Record<string, unknown> {
  const value = p.field.pick_list_values?.find((v) => v.actual_value === name);
  return { id: value?.id ?? name, name };
}

/** The answer to `GET /settings/blueprints`: every blueprint of the org. */
export function blueprintListAnswer(store: CrmStore): unknown {
  return {
    blueprints: store.blueprints.map(summary),
    info: { per_page: 200, count: store.blueprints.length, page: 1, more_records: false },
  };
}

/** The answer to `GET /settings/blueprints/{id}`, or undefined for an id the org has not. */
export function blueprintDefinitionAnswer(store: CrmStore, id: string): unknown {
  const p = store.blueprints.find((b) => b.id === id);
  if (!p) return undefined;
  return {
    blueprints: [
      {
        ...summary(p),
        continuous: false,
        process_field: { api_name: p.field.api_name, id: p.field.id },
        states: p.states.map((s) => ({ ...state(p, s), type: p.exits.includes(s) ? 'exit' : 'normal' })),
        transitions: p.transitions.map((t) => ({
          id: t.id,
          name: t.name,
          trigger_type: t.type,
          transition_type: t.parent ? 'parallel_transition' : 'standalone_transition',
          current_states: t.from.map((s) => state(p, s)),
          next_state: state(p, t.to),
          owners: (t.owners ?? []).map((name, i) => ({
            type: 'groups',
            resources: [{ id: `48768760000007770${String(i).padStart(2, '0')}`, name }],
          })),
        })),
      },
    ],
  };
}
