import { wordsForCode } from '../blueprint/error-wording.ts';
import type { CrmError } from '../crm/crm-error.ts';

/** An error as the rep reads it. */
export interface ErrorText {
  title: string;
  /** What to do about it. */
  fix: string | null;
  /** The CRM's own words or the technical detail, for a support ticket. */
  detail: string | null;
  /** Whether a retry button makes sense. */
  retry: boolean;
}

/** Words for any failure of a CRM call. */
export function describeError(error: CrmError): ErrorText {
  switch (error.kind) {
    case 'sdk-missing':
      return {
        title: "The widget couldn't connect to Zoho CRM.",
        fix: 'Open it from a record in Zoho CRM. If you did, reload the page: the CRM script may have been blocked.',
        detail: null,
        retry: true,
      };
    case 'timeout':
      return {
        title: 'Zoho CRM is not answering.',
        fix: 'Check your connection and try again.',
        detail: `${error.call} got no answer within ${Math.round(error.afterMs / 1000)} s.`,
        retry: true,
      };
    case 'no-record':
      return {
        title: 'The widget was opened without a record.',
        fix: "Open it with the button on a record's page.",
        detail: error.entity ? `Module: ${error.entity}` : null,
        retry: false,
      };
    case 'api': {
      const words = wordsForCode(error.code);
      return { title: words.title, fix: words.fix, detail: `${error.message} (${error.code})`, retry: words.retry };
    }
    case 'unexpected':
      return {
        title: 'Something went wrong talking to Zoho CRM.',
        fix: 'Try again; if it keeps happening, tell your administrator.',
        detail: error.message,
        retry: true,
      };
  }
}
