import type { DraftValue, Drafts } from '../../fields/contract.ts';
import type { Transition } from '../../blueprint/model.ts';
import type { DraftsForm } from '../widget-state.ts';

/** The one form bulk mode shows for many records, in the shape the transition form takes. */
export function openBulkForm(transition: Transition, initial: Drafts): DraftsForm {
  return {
    transition,
    drafts: initial,
    initial,
    touched: {},
    showAllErrors: false,
  };
}

/** What can happen to the bulk form. */
export type BulkFormAction =
  { type: 'edit'; key: string; value: DraftValue } | { type: 'touch'; key: string } | { type: 'show-all-errors' };

/** The bulk form's one place of change (the single-record reducer's form rules, without sending: bulk sends elsewhere). */
export function reduceBulkForm(form: DraftsForm, action: BulkFormAction): DraftsForm {
  switch (action.type) {
    case 'edit':
      return { ...form, drafts: { ...form.drafts, [action.key]: action.value } };
    case 'touch':
      return form.touched[action.key] ? form : { ...form, touched: { ...form.touched, [action.key]: true } };
    case 'show-all-errors':
      return { ...form, showAllErrors: true };
  }
}
