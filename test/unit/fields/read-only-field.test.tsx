import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { initialValue } from '../../../src/fields/drafts.ts';
import { ReadOnlyField } from '../../../src/fields/field-frame.tsx';
import { createTranslator } from '../../../src/i18n/translate.ts';
import en from '../../../src/translations/en.json';
import { TranslateContext } from '../../../src/ui/i18n-context.ts';
import type { FieldItem } from '../../../src/blueprint/model.ts';
import { field, kolkata as ctx } from './field-factory.ts';

/** A read-only field as the rep sees it, its value decoded by its kind from the record's data. */
function show(item: FieldItem, raw: unknown) {
  const value = initialValue(item, { [item.apiName]: raw }, ctx.formats);
  render(
    <TranslateContext.Provider value={createTranslator('en', en, {})}>
      <ReadOnlyField field={item} value={value} ctx={ctx} />
    </TranslateContext.Provider>,
  );
  return screen.getByText(item.label).closest('.item');
}

describe('a read-only field', () => {
  it("shows money in the org's currency and the user's locale", () => {
    expect(show(field('currency', { label: 'Amount', readOnly: true }), 1234567.5)?.textContent).toContain(
      '€12,34,567.50',
    );
  });

  it("shows a date in the user's own format and a choice by its label", () => {
    expect(show(field('date', { label: 'Due', readOnly: true }), '2027-01-05')?.textContent).toContain('05/01/2027');
    const options = [{ label: 'Reached', value: 'reached', sequence: 1 }];
    expect(show(field('picklist', { label: 'Result', readOnly: true, options }), 'reached')?.textContent).toContain(
      'Reached',
    );
  });

  it('names a looked-up record and says yes or no, never showing raw JSON', () => {
    expect(show(field('lookup', { label: 'Account', readOnly: true }), { id: '7', name: 'Acme' })?.textContent).toBe(
      'AccountAcme',
    );
    expect(show(field('boolean', { label: 'Opted in', readOnly: true }), true)?.textContent).toContain('Yes');
  });

  it('shows a type it does not know with its value and where to edit it', () => {
    const row = show(field('other', { label: 'Rollup', rawType: 'rollup_summary' }), { id: '9', name: 'North' });
    expect(row?.textContent).toContain('North');
    expect(row?.textContent).toContain('rollup_summary');
  });

  it('shows a dash when there is no value', () => {
    expect(show(field('text', { label: 'Summary', readOnly: true }), null)?.textContent).toBe('Summary—');
  });
});
