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

/** Codes with words of their own (`errors.<CODE>.title` / `.fix` in the translation files), and whether to retry. */
const KNOWN: Record<string, { retry: boolean }> = {
  INVALID_DATA: { retry: true },
  MANDATORY_NOT_FOUND: { retry: true },
  RECORD_LOCKED: { retry: true },
  RECORD_NOT_IN_PROCESS: { retry: true },
  NO_PERMISSION: { retry: false },
  AUTHORIZATION_FAILED: { retry: false },
  OAUTH_SCOPE_MISMATCH: { retry: false },
  INVALID_MODULE: { retry: false },
  INVALID_URL_PATTERN: { retry: true },
  INVALID_REQUEST_METHOD: { retry: true },
  LIMIT_REACHED: { retry: true },
  INTERNAL_ERROR: { retry: true },
};

/** Codes of a failure on the CRM's side (`INTERNAL_SERVER_ERROR`, `SERVICE_UNAVAILABLE`...): not a refusal. */
const SERVER_SIDE = /INTERNAL|SERVER|UNAVAILABLE/;

/**
 * The words for a CRM error code; a server-side code gets the words of INTERNAL_ERROR, any other unknown code
 * general words (its code and the CRM's message go under Details).
 */
export function wordsForCode(code: string): ErrorWords {
  const own = Object.hasOwn(KNOWN, code) ? code : SERVER_SIDE.test(code) ? 'INTERNAL_ERROR' : null;
  const known = own === null ? undefined : KNOWN[own];
  const base = own === null ? 'errors.other' : `errors.${own}`;
  return { title: msg(`${base}.title`), fix: msg(`${base}.fix`), retry: known?.retry ?? true };
}

/** Every code with words of its own, for the translation completeness check. */
export const WORDED_CODES = Object.keys(KNOWN);
