import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { decodeBlueprint } from '../../../../src/crm/decode/blueprint.ts';
import type { FieldItem, Transition } from '../../../../src/blueprint/model.ts';
import { ReadOnlyField } from '../../../../src/fields/field-frame.tsx';
import { encodeTransitionData } from '../../../../src/fields/send-data.ts';
import { initialDrafts } from '../../../../src/fields/drafts.ts';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import en from '../../../../src/translations/en.json';
import { TranslateContext } from '../../../../src/ui/i18n-context.ts';
import { kolkata as ctx } from '../field-factory.ts';

/*
 * Contract: lookup fields.
 * Zoho CRM v7 "Get Blueprint" (https://www.zoho.com/crm/developer/docs/api/v7/get-blueprint.html) gives a lookup
 * field's searched module as `lookup.module.api_name`; "Update Records" sends a lookup as `{id}`. When an answer
 * names no module the widget cannot know which records to search: the field is shown read-only with "edit in
 * the CRM", and no module is guessed (docs/blueprint-api.md, "Lookups").
 */
function answerWith(lookup: unknown) {
  return {
    blueprint: {
      process_info: { id: 'p', name: 'Process', api_name: 'Stage', field_value: 'Open' },
      transitions: [
        {
          id: 't1',
          name: 'Qualify',
          data: { Account_Name: { id: '7', name: 'Acme' } },
          fields: [{ id: 'f1', api_name: 'Account_Name', field_label: 'Account', data_type: 'lookup', lookup }],
        },
      ],
    },
  };
}

function transitionOf(answer: unknown): Transition {
  const r = decodeBlueprint(answer);
  if (r.kind !== 'blueprint') throw new Error('no blueprint');
  return r.blueprint.transitions[0]!;
}

function fieldOf(answer: unknown): FieldItem {
  const item = transitionOf(answer).items[0]!;
  if (item.kind !== 'field') throw new Error('not a field');
  return item;
}

describe('a lookup field', () => {
  it('searches the module the answer names', () => {
    const f = fieldOf(answerWith({ module: { api_name: 'Accounts', id: '1' }, display_label: 'Account' }));
    expect(f).toMatchObject({ lookupModule: 'Accounts', readOnly: false });
  });

  it('whose answer names no module is read-only, says to edit it in the CRM, and is never sent', () => {
    const answer = answerWith({ display_label: 'Account' });
    const f = fieldOf(answer);
    expect(f).toMatchObject({ lookupModule: null, readOnly: true, editInCrm: true });
    render(
      <TranslateContext.Provider value={createTranslator('en', en, {})}>
        <ReadOnlyField field={f} value={{ id: '7', name: 'Acme' }} ctx={ctx} />
      </TranslateContext.Provider>,
    );
    expect(screen.getByText('Edit this field in the CRM.')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    const t = transitionOf(answer);
    const initial = initialDrafts(t.items, t.data, ctx.formats);
    expect(encodeTransitionData(t, { Account_Name: { id: '8', name: 'Other' } }, initial, ctx)).toEqual({});
  });
});
