import { preloadSendChecks } from '../../../src/flow/send-transition.ts';
import { loadTransitionForm } from '../../../src/ui/lazy-transition-form.tsx';

/**
 * Loads the code the widget fetches lazily (the transition form, the checks and encoders a send imports), so a
 * test that opens a form waits on the rep's steps, not on a module import: under load an import can outlast
 * findBy's one second, which made these tests fail now and then. Call it from beforeAll.
 */
export async function loadLazyCode(): Promise<void> {
  await Promise.all([loadTransitionForm(), preloadSendChecks()]);
}
