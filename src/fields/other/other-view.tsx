import type { FieldItem } from '../../blueprint/model.ts';
import type { KindView } from '../view-contract.ts';

/** No editor: the form shows these read-only, saying why (computed, or a type to edit in the CRM). */
export const view: KindView<FieldItem, string | boolean | string[]> = {
  Editor: null,
  shown: (_field, value, _ctx, tr) =>
    typeof value === 'boolean' ? tr(value ? 'form.yes' : 'form.no') : Array.isArray(value) ? value.join(', ') : value,
};
