import { wordsForCode } from '../blueprint/error-wording.ts';
import type { CrmError } from '../crm/crm-error.ts';
import { msg, type Message } from '../i18n/message.ts';

/** An error as the rep reads it. */
export interface ErrorText {
  title: Message;
  /** What to do about it. */
  fix: Message | null;
  /** The CRM's own words or the technical detail, for a support ticket (shown as it is, untranslated). */
  detail: string | null;
  /** Whether a retry button makes sense. */
  retry: boolean;
}

/** Words for any failure of a CRM call. */
export function describeError(error: CrmError): ErrorText {
  switch (error.kind) {
    case 'sdk-missing':
      return { title: msg('errors.sdkMissing.title'), fix: msg('errors.sdkMissing.fix'), detail: null, retry: true };
    case 'timeout':
      return { title: msg('errors.timeout.title'), fix: msg('errors.timeout.fix'), detail: `${error.call}: no answer within ${Math.round(error.afterMs / 1000)} s`, retry: true };
    case 'no-record':
      return { title: msg('errors.noRecord.title'), fix: msg('errors.noRecord.fix'), detail: error.entity, retry: false };
    case 'api': {
      const words = wordsForCode(error.code);
      return { title: words.title, fix: words.fix, detail: `${error.message} (${error.code})`, retry: words.retry };
    }
    case 'unexpected':
      return { title: msg('errors.unexpected.title'), fix: msg('errors.unexpected.fix'), detail: error.message, retry: true };
  }
}
