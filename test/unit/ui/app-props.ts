import { celebrationPreference } from '../../../src/storage/celebration-preference.ts';
import { sessionDraftStore } from '../../../src/storage/draft-store.ts';
import en from '../../../src/translations/en.json';

/** The App's props besides the CRM: drafts in jsdom's session storage, and the English texts. */
export function appProps() {
  return {
    drafts: sessionDraftStore(sessionStorage),
    celebrations: celebrationPreference(localStorage),
    loadMessages: async () => ({ locale: 'en', messages: en as Record<string, string> }),
    initialLocale: 'en-US',
  };
}
