import { render } from '@testing-library/preact';
import type { FormItem } from '../../../../src/blueprint/model.ts';
import type { DraftValue, FormContext } from '../../../../src/fields/contract.ts';
import { ReadOnlyField } from '../../../../src/fields/field-frame.tsx';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import en from '../../../../src/translations/en.json';
import { TranslateContext } from '../../../../src/ui/i18n-context.ts';

/** Renders a decoded field read-only, as the form shows it, in English; returns what the rep reads. */
export function showReadOnly(item: FormItem, value: DraftValue, ctx: FormContext): string {
  if (item.kind !== 'field') throw new Error('not a field');
  const { container } = render(
    <TranslateContext.Provider value={createTranslator('en', en, {})}>
      <ReadOnlyField field={item} value={value} ctx={ctx} />
    </TranslateContext.Provider>,
  );
  return container.textContent ?? '';
}
