import { describe, expect, it } from 'vitest';
import * as checks from '../../../src/fields/send-data.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';
import en from '../../../src/translations/en.json';
import { field, kolkata as ctx } from './field-factory.ts';

/** The checks as the rep reads them, in English. */
const english = createTranslator('en', en, {});
const checkField = (...args: Parameters<typeof checks.checkField>) => {
  const m = checks.checkField(...args);
  return m && english(m);
};
const checkItem = (...args: Parameters<typeof checks.checkItem>) => {
  const m = checks.checkItem(...args);
  return m && english(m);
};

const options = [
  { label: 'Reached', value: 'reached', sequence: 1 },
  { label: 'Voicemail', value: 'voicemail', sequence: 2 },
];

describe('checkField', () => {
  it('asks for a required value and accepts an empty optional one', () => {
    expect(checkField(field('text', { label: 'Summary', required: true }), '  ', ctx)).toBe('Summary is required.');
    expect(checkField(field('text'), '', ctx)).toBeNull();
  });

  it('takes an unticked yes/no as an answer, not a missing value', () => {
    expect(checkField(field('boolean', { required: true }), false, ctx)).toBeNull();
  });

  it("refuses text over the field's length and says by how much", () => {
    expect(checkField(field('text', { label: 'Summary', maxLength: 5 }), 'abcdef', ctx)).toBe(
      'Summary can be at most 5 characters (now 6).',
    );
  });

  it('checks email, phone and website formats', () => {
    expect(checkField(field('email', { label: 'Email' }), 'ann@', ctx)).toMatch(/email address/);
    expect(checkField(field('email'), 'ann@example.com', ctx)).toBeNull();
    expect(checkField(field('phone', { label: 'Phone' }), 'call me', ctx)).toMatch(/phone number/);
    expect(checkField(field('phone'), '+1 (555) 010-2000 ext 12', ctx)).toBeNull();
    expect(checkField(field('website', { label: 'Site' }), 'not a site', ctx)).toMatch(/web address/);
    expect(checkField(field('website'), 'www.example.com/pricing', ctx)).toBeNull();
  });

  it('asks for a required text that holds only invisible characters (issue 21 section 3 item 6)', () => {
    for (const invisible of [
      '\u200B',
      '\u200B\u200C\u200D',
      '\u2060\uFEFF',
      ' \u00AD ',
      '\u202E\u200F',
      '\u3164',
      '\u115F\u034F',
    ])
      expect(checkField(field('text', { label: 'Summary', required: true }), invisible, ctx)).toBe(
        'Summary is required.',
      );
    expect(checkField(field('textarea', { label: 'Notes', required: true }), '\u200B\n\u200B', ctx)).toBe(
      'Notes is required.',
    );
  });

  it('refuses an address holding a direction control or another invisible character, saying so', () => {
    const invisible = 'Email holds an invisible character. Delete it and type the address again.';
    expect(checkField(field('email', { label: 'Email' }), 'a\u202E@b.com', ctx)).toBe(invisible);
    expect(checkField(field('email', { label: 'Email' }), 'ann@exam\u200Bple.com', ctx)).toBe(invisible);
    expect(checkField(field('website', { label: 'Email' }), 'www.exa\u202Emple.com', ctx)).toBe(invisible);
    expect(checkField(field('phone', { label: 'Email' }), '+1 555\u2066 0100', ctx)).toBe(invisible);
    expect(checkField(field('email'), 'ann@example.com', ctx)).toBeNull();
  });

  it('keeps picklists to their listed values', () => {
    expect(checkField(field('picklist', { label: 'Result', options }), 'gone', ctx)).toBe(
      'Choose one of the listed values for Result.',
    );
    expect(checkField(field('multiselectpicklist', { label: 'Tags', options }), ['reached', 'gone'], ctx)).toBe(
      'Choose only listed values for Tags.',
    );
    expect(checkField(field('multiselectpicklist', { options }), ['voicemail'], ctx)).toBeNull();
  });

  it("reads dates and datetimes in the user's format", () => {
    expect(checkField(field('date', { label: 'Due' }), '31/12/2026', ctx)).toBeNull();
    expect(checkField(field('date', { label: 'Due' }), '12/31/2026', ctx)).toBe(
      'Due needs a real date written as dd/MM/yyyy.',
    );
    expect(checkField(field('datetime', { label: 'Call' }), '26/11/2026 03:30 PM', ctx)).toBeNull();
    expect(checkField(field('datetime', { label: 'Call' }), '26/11/2026', ctx)).toMatch(/dd\/MM\/yyyy hh:mm a/);
  });

  it('checks numbers: whole, range, digits and decimal places', () => {
    expect(checkField(field('integer', { label: 'Seats' }), '12.5', ctx)).toBe('Seats needs a whole number.');
    expect(checkField(field('integer', { label: 'Seats' }), '3000000000', ctx)).toBe(
      'Seats can be at most 2,147,483,647.',
    );
    expect(checkField(field('integer', { label: 'Seats', maxLength: 3 }), '1,000', ctx)).toBe(
      'Seats can have at most 3 digits.',
    );
    // Issue 12 part 1: past 2^53 a long integer is sent as its digits (contract/bigint.test.ts); only more
    // digits than a long integer holds are refused.
    expect(checkField(field('bigint', { label: 'Big' }), '1234567890123456789', ctx)).toBe(
      'Big can have at most 18 digits.',
    );
    expect(checkField(field('double', { label: 'Rate', decimalPlaces: 2 }), '1.234', ctx)).toBe(
      'Rate takes at most 2 decimal places.',
    );
    expect(checkField(field('currency', { label: 'Amount' }), '1,200.50', ctx)).toBeNull();
    expect(checkField(field('currency', { label: 'Amount' }), '10.505', ctx)).toBe(
      'Amount takes at most 2 decimal places.',
    );
    expect(checkField(field('percent', { label: 'Chance' }), '120', ctx)).toBe('Chance must be between 0 and 100.');
    expect(checkField(field('double', { label: 'Rate' }), 'ten', ctx)).toBe('Rate needs a number.');
  });

  it('asks for a lookup to be chosen from the list', () => {
    expect(checkField(field('lookup', { label: 'Account', required: true }), null, ctx)).toBe('Account is required.');
    expect(checkField(field('lookup', { label: 'Account' }), { id: '1', name: 'Acme' }, ctx)).toBeNull();
  });

  it('never blocks on a read-only field', () => {
    expect(checkField(field('text', { required: true, readOnly: true }), '', ctx)).toBeNull();
  });
});

describe("checkItem on the transition's own items", () => {
  it('needs every entry of a required checklist ticked', () => {
    const list = {
      kind: 'checklist' as const,
      label: 'Before you qualify',
      entries: ['Budget confirmed', 'Decision maker met'],
      required: true,
    };
    expect(checkItem(list, ['Budget confirmed'], ctx)).toBe('Tick every item of “Before you qualify” (1 left).');
    expect(checkItem(list, ['Budget confirmed', 'Decision maker met'], ctx)).toBeNull();
  });

  it('needs a note or an attachment where the transition requires one, and real links', () => {
    expect(checkItem({ kind: 'notes', required: true }, '', ctx)).toMatch(/Add a note/);
    expect(checkItem({ kind: 'attachments', required: true }, { files: [], links: [] }, ctx)).toMatch(
      /Attach a file or a link/,
    );
    expect(checkItem({ kind: 'attachments', required: false }, { files: [], links: ['example'] }, ctx)).toMatch(
      /not a web address/,
    );
    expect(
      checkItem({ kind: 'attachments', required: true }, { files: [{ id: 'f1', name: 'a.pdf' }], links: [] }, ctx),
    ).toBeNull();
  });
});
