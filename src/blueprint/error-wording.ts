import { msg, type Message } from '../i18n/message.ts';

/** What the rep is told about an error code the CRM sent (reference/blueprint-api.md). */
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

/** The words for a CRM error code; an unknown code gets general words (the CRM's own message is shown too). */
export function wordsForCode(code: string): ErrorWords {
  const known = Object.hasOwn(KNOWN, code) ? KNOWN[code] : undefined;
  const base = known ? `errors.${code}` : 'errors.other';
  return { title: msg(`${base}.title`), fix: msg(`${base}.fix`), retry: known?.retry ?? true };
}

/** Every code with words of its own, for the translation completeness check. */
export const WORDED_CODES = Object.keys(KNOWN);
