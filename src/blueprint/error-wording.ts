/** Words a sales rep understands for each error code the CRM sends (reference/blueprint-api.md). */
export interface ErrorWords {
  /** What went wrong, in one sentence. */
  title: string;
  /** What to do about it, when there is something to do. */
  fix: string | null;
  /** Whether trying the same thing again may work. */
  retry: boolean;
}

const WORDS: Record<string, ErrorWords> = {
  INVALID_DATA: { title: 'The CRM did not accept a value.', fix: 'Check the highlighted field and try again.', retry: true },
  MANDATORY_NOT_FOUND: { title: 'A required field is missing.', fix: 'Fill in the highlighted field and try again.', retry: true },
  RECORD_LOCKED: {
    title: 'This record is locked right now.',
    fix: 'Someone or something (an approval, a running process) holds it. Wait a moment, then try again.',
    retry: true,
  },
  RECORD_NOT_IN_PROCESS: { title: 'This record is not in a blueprint.', fix: 'Reload to see where it stands now.', retry: true },
  NO_PERMISSION: { title: "You don't have permission to do this.", fix: 'Ask your CRM administrator for access.', retry: false },
  AUTHORIZATION_FAILED: { title: "You don't have permission to do this.", fix: 'Ask your CRM administrator for access.', retry: false },
  OAUTH_SCOPE_MISMATCH: {
    title: 'The widget is missing a permission in this CRM.',
    fix: 'Ask your CRM administrator to reinstall or re-authorise the extension.',
    retry: false,
  },
  INVALID_MODULE: {
    title: "This module can't be used with blueprints here.",
    fix: 'Ask your CRM administrator to check where the widget is placed.',
    retry: false,
  },
  INVALID_URL_PATTERN: { title: 'The CRM did not recognise the request.', fix: 'Reload the page; if it keeps happening, tell your administrator.', retry: true },
  INVALID_REQUEST_METHOD: { title: 'The CRM did not recognise the request.', fix: 'Reload the page; if it keeps happening, tell your administrator.', retry: true },
  LIMIT_REACHED: { title: "Your organisation has reached the CRM's usage limit for now.", fix: 'Try again later.', retry: true },
  INTERNAL_ERROR: { title: 'The CRM ran into a problem.', fix: 'Try again in a moment.', retry: true },
};

/** The words for a CRM error code; an unknown code gets general words with the CRM's own message kept. */
export function wordsForCode(code: string): ErrorWords {
  return WORDS[code] ?? { title: 'The CRM refused the request.', fix: 'Try again; if it keeps happening, tell your administrator.', retry: true };
}
