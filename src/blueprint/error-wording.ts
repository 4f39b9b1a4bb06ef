import { msg, type Message } from '../i18n/message.ts';

/** What the rep is told about an error code the CRM sent (docs/blueprint-api.md, "Error codes"). */
export interface ErrorWords {
  /** What went wrong, in one sentence. */
  title: Message;
  /** What to do about it, when there is something to do. */
  fix: Message | null;
  /** Whether trying the same thing again may work. */
  retry: boolean;
}

/** Codes with words of their own (`errors.<CODE>.title` / `.fix` in the translation files) where a retry may work. */
const RETRY = [
  'INVALID_DATA',
  'MANDATORY_NOT_FOUND',
  'RECORD_LOCKED',
  'RECORD_NOT_IN_PROCESS',
  'INVALID_URL_PATTERN',
  'INVALID_REQUEST_METHOD',
  'LIMIT_REACHED',
  'INTERNAL_ERROR',
];

/** Codes with words of their own where trying again cannot help (it takes an admin). */
const NO_RETRY = ['NO_PERMISSION', 'AUTHORIZATION_FAILED', 'OAUTH_SCOPE_MISMATCH', 'INVALID_MODULE'];

/** Every code with words of its own (also for the translation completeness check). */
export const WORDED_CODES = [...RETRY, ...NO_RETRY];

/** Codes of a failure on the CRM's side (`INTERNAL_SERVER_ERROR`, `SERVICE_UNAVAILABLE`...): not a refusal. */
const SERVER_SIDE = /INTERNAL|SERVER|UNAVAILABLE/;

/**
 * The words for a CRM error code; a server-side code gets the words of INTERNAL_ERROR, any other unknown code
 * general words (its code and the CRM's message go under Details).
 */
export function wordsForCode(code: string): ErrorWords {
  const own = WORDED_CODES.includes(code) ? code : SERVER_SIDE.test(code) ? 'INTERNAL_ERROR' : 'other';
  return { title: msg(`errors.${own}.title`), fix: msg(`errors.${own}.fix`), retry: !NO_RETRY.includes(own) };
}
