import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate.ts';
import en from '../../../src/translations/en.json';
import { describeError as describe_ } from '../../../src/ui/describe-error.ts';

/** The error as the rep reads it, in English. */
const english = createTranslator('en', en, {});
const describeError = (...args: Parameters<typeof describe_>) => {
  const text = describe_(...args);
  return { ...text, title: english(text.title), fix: text.fix && english(text.fix) };
};

const api = (code: string) =>
  describeError({
    kind: 'api',
    call: 'updateBluePrint',
    code,
    message: `raw ${code}`,
    fieldApiName: null,
    details: {},
  });

describe('describeError', () => {
  it('gives every error code of the reference its own plain words and a fix', () => {
    const codes = [
      'INVALID_DATA',
      'MANDATORY_NOT_FOUND',
      'RECORD_LOCKED',
      'RECORD_NOT_IN_PROCESS',
      'NO_PERMISSION',
      'AUTHORIZATION_FAILED',
      'OAUTH_SCOPE_MISMATCH',
      'INVALID_MODULE',
      'INVALID_URL_PATTERN',
      'INVALID_REQUEST_METHOD',
      'LIMIT_REACHED',
      'INTERNAL_ERROR',
    ];
    const unknown = api('SOMETHING_NEW');
    for (const code of codes) {
      const text = api(code);
      expect(text.title, code).not.toBe(unknown.title);
      expect(text.fix, code).toBeTruthy();
      // The CRM's message and the code each once, under Details (issue 9.15), no longer `raw CODE (CODE)`.
      expect(
        text.details.map((d) => d.value),
        code,
      ).toEqual(['updateBluePrint', code, `raw ${code}`]);
    }
  });

  it('tells a locked record to wait and retry, and a refused permission to ask an admin without a retry', () => {
    expect(api('RECORD_LOCKED')).toMatchObject({ retry: true, fix: expect.stringMatching(/wait/i) });
    expect(api('NO_PERMISSION')).toMatchObject({ retry: false, fix: expect.stringMatching(/administrator/i) });
  });

  it("keeps the CRM's own words for a code it does not know", () => {
    const unknown = api('SOMETHING_NEW');
    expect(unknown).toMatchObject({ title: 'The CRM refused the request.', retry: true });
    expect(unknown.details.map((d) => d.value)).toEqual(['updateBluePrint', 'SOMETHING_NEW', 'raw SOMETHING_NEW']);
  });

  it('words a silent CRM and a missing SDK', () => {
    expect(describeError({ kind: 'timeout', call: 'getBluePrint', afterMs: 15000 }).title).toBe(
      'Zoho CRM is not answering.',
    );
    expect(describeError({ kind: 'sdk-missing' }).title).toMatch(/couldn't connect/);
  });
});
