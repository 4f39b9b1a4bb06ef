import { wordsForCode } from '../blueprint/error-wording.ts';
import type { CrmError } from '../crm/crm-error.ts';
import { msg, type Message } from '../i18n/message.ts';

/** One line of an error's Details: a translated label and a technical value shown as it is. */
export interface DetailLine {
  label: Message;
  value: string;
}

/** An error as the rep reads it. */
export interface ErrorText {
  title: Message;
  /** What to do about it. */
  fix: Message | null;
  /**
   * The call, the code and the CRM's own words, for a support ticket: shown only under a "Details" disclosure
   * (untranslated values), each once. Empty when there is nothing technical to add.
   */
  details: DetailLine[];
  /** Whether a retry button makes sense. */
  retry: boolean;
}

/** Detail lines without empty values or a value already shown (a CRM message that only repeats its code). */
function lines(...all: [Message, string | null][]): DetailLine[] {
  const seen = new Set<string>();
  const out: DetailLine[] = [];
  for (const [label, value] of all) {
    if (!value || seen.has(value)) continue;
    seen.add(value);
    out.push({ label, value });
  }
  return out;
}

const CALL = msg('details.call');
const CRM_MESSAGE = msg('details.crmMessage');

/** Failures other than a CRM code with words of their own (`errors.<name>.title` / `.fix`), for the translation check. */
export const WORDED_FAILURES = ['sdkMissing', 'timeout', 'noRecord', 'unexpected'];

/** The words `errors.<name>.*` with their details. */
function words(name: string, retry: boolean, details: DetailLine[]): ErrorText {
  return { title: msg(`errors.${name}.title`), fix: msg(`errors.${name}.fix`), details, retry };
}

/** Words for any failure of a CRM call. */
export function describeError(error: CrmError): ErrorText {
  switch (error.kind) {
    case 'sdk-missing':
      return words('sdkMissing', true, []);
    case 'timeout':
      return words(
        'timeout',
        true,
        lines([CALL, error.call], [msg('details.waited'), `${Math.round(error.afterMs / 1000)} s`]),
      );
    case 'no-record':
      return words('noRecord', false, []);
    case 'api':
      return {
        ...wordsForCode(error.code),
        details: lines([CALL, error.call], [msg('details.code'), error.code], [CRM_MESSAGE, error.message]),
      };
    case 'unexpected':
      return words('unexpected', true, lines([CALL, error.call], [CRM_MESSAGE, error.message]));
    case 'wrong-record':
      // The unexpected failure's fix: try again, then tell the administrator.
      return {
        ...words(
          'unexpected',
          true,
          lines([CALL, error.call], [msg('details.error'), `record ${error.answered}, asked for ${error.asked}`]),
        ),
        title: msg('errors.wrongRecord.title'),
      };
  }
}
