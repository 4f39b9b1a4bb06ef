import { celebrationPreference } from '../../../src/storage/celebration-preference.ts';
import { sessionDraftStore } from '../../../src/storage/draft-store.ts';
import en from '../../../src/translations/en.json';
import { loadTransitionForm } from '../../../src/ui/lazy-transition-form.tsx';

// The transition form is a lazy chunk; in the browser it is fetched as soon as the stepper shows. Here it is
// loaded once before the tests, so a test waiting for the form does not race the module loader on a busy machine.
await loadTransitionForm();

/** The App's props besides the CRM: drafts in jsdom's session storage, and the English texts. */
export function appProps() {
  return {
    drafts: sessionDraftStore(sessionStorage),
    celebrations: celebrationPreference(localStorage),
    loadMessages: async () => ({ locale: 'en', messages: en as Record<string, string> }),
    initialLocale: 'en-US',
  };
}
