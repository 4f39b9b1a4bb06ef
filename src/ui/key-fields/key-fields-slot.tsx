import type { CrmClient } from '../../crm/crm-client.ts';
import type { StepperData } from '../../flow/load-stepper.ts';
import { loadTransitionForm } from '../lazy-transition-form.tsx';
import { useLazyModule } from '../use-lazy-module.ts';

/** The panel's code with the form's (its editors, checks and texts), which the App asks for once the stepper shows. */
const load = () => Promise.all([import('./key-fields-panel.tsx'), loadTransitionForm()]).then(([m]) => m);

/**
 * Where the current stage's key fields show (issue 25): their panel is a chunk of its own, loaded after the first
 * screen, and only where the admin chose key fields for some stage of the module.
 */
export function KeyFieldsSlot(props: { data: StepperData; client: CrmClient }) {
  const Panel = useLazyModule(load, null).module?.KeyFieldsPanel;
  return Panel ? <Panel data={props.data} client={props.client} /> : null;
}
