import type { FieldItem } from '../blueprint/model.ts';
import { useT } from '../ui/i18n-context.ts';
import type { DraftValue, FormContext } from './contract.ts';
import { logicOf } from './kind-logic.ts';
import { viewOf } from './kind-views.ts';
import { kindOf } from './registry.ts';

/**
 * A field the rep cannot edit here (read-only, computed, or of a type the widget does not know), shown with its
 * current value as its kind writes it; never dropped. A type the widget does not know says where it can be edited.
 */
export function ReadOnlyField(props: { field: FieldItem; value: DraftValue; ctx: FormContext }) {
  const tr = useT();
  const { field } = props;
  const kind = kindOf(field) ?? 'other';
  const computed = field.type === 'formula' || field.type === 'autonumber';
  const shown = viewOf(kind).shown(field, logicOf(kind).read(props.value), props.ctx, tr);
  return (
    <div class="item item--readonly">
      <span class="item__label">
        {field.label}
        {field.required && !field.readOnly && <RequiredMark />}
      </span>
      <span class="item__value">{shown === '' ? '—' : shown}</span>
      {computed && <span class="item__note">{tr('form.computed')}</span>}
      {field.editInCrm && <span class="item__note">{tr('form.editInCrm')}</span>}
      {field.readOnlyForProfile && <span class="item__note">{tr('form.readOnlyForProfile')}</span>}
      {!computed && !field.readOnly && (
        <span class="item__note">{tr('form.unsupported', { type: field.rawType })}</span>
      )}
    </div>
  );
}

/** The required marker: a star for the eye, a word for screen readers. */
export function RequiredMark() {
  const tr = useT();
  return (
    <>
      <span class="required" aria-hidden="true">
        {' '}
        *
      </span>
      <span class="visually-hidden"> ({tr('form.required')})</span>
    </>
  );
}
