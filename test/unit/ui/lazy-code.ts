import { loadTransitionForm } from '../../../src/ui/lazy-transition-form.tsx';

/**
 * Loads the code the widget fetches lazily (the transition form's chunk, with the checks and encoders a send
 * runs; the decoders of the later answers), so a
 * test that opens a form waits on the rep's steps, not on a module import: under load an import can outlast
 * findBy's one second, which made these tests fail now and then. Call it from beforeAll.
 */
export async function loadLazyCode(): Promise<void> {
  await Promise.all([
    loadTransitionForm(),
    // The decoders of the answers that come after the first screen (crm/decoding-client.ts imports them then).
    import('../../../src/crm/decode/fields.ts'),
    import('../../../src/crm/decode/small-answers.ts'),
    import('../../../src/crm/decode/search-results.ts'),
    import('../../../src/crm/decode/users.ts'),
  ]);
}
