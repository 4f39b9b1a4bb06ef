import type { FormItem, Transition } from '../blueprint/model.ts';
import type { EditorServices } from '../crm/editor-services.ts';
import type { DraftValue, FormContext } from '../fields/contract.ts';
import { initialValue, itemKey } from '../fields/drafts.ts';
import { ItemRow, showsReadOnly } from './form-row.tsx';
import type { LiveForm } from './live-form.ts';
import { pure } from './pure.ts';

/** What every row of the form shares; a group renders the rows from `from` to `to`. */
export interface RowsProps {
  items: FormItem[];
  live: LiveForm;
  formId: string;
  readOnly: Map<string, DraftValue>;
  touched: Record<string, true>;
  showAllErrors: boolean;
  /** The field the CRM refused in the last send, with its words. */
  blame: { key: string; text: string } | null;
  notes: Record<string, string> | undefined;
  disabled: boolean;
  ctx: FormContext;
  services: EditorServices;
  onEdit: (key: string, value: DraftValue) => void;
  onTouch: (key: string) => void;
}

/** A group of rows: memoised, so a new group does not go through the groups already shown. */
export const RowGroup = pure(function RowGroup(props: RowsProps & { from: number; to: number }) {
  const rows = [];
  for (let index = props.from; index < props.to; index += 1) {
    const item = props.items[index];
    if (!item) continue;
    const key = itemKey(item);
    rows.push(
      <ItemRow
        key={key ?? `item-${index}`}
        item={item}
        itemKeyName={key}
        formId={props.formId}
        live={props.live}
        readOnlyValue={key === null ? null : (props.readOnly.get(key) ?? null)}
        touched={key !== null && props.touched[key] === true}
        showAllErrors={props.showAllErrors}
        blame={key !== null && key === props.blame?.key ? props.blame.text : null}
        note={key === null ? undefined : props.notes?.[key]}
        disabled={props.disabled}
        ctx={props.ctx}
        services={props.services}
        onEdit={props.onEdit}
        onTouch={props.onTouch}
      />,
    );
  }
  return <div class="form__rows">{rows}</div>;
});

/**
 * The values of the fields the form shows read-only, decoded by their kinds from the transition's current data
 * (fresh after a reload, unlike the drafts), once per transition so unchanged rows stay unchanged.
 */
export function readOnlyValues(transition: Transition, ctx: FormContext): Map<string, DraftValue> {
  const values = new Map<string, DraftValue>();
  for (const item of transition.items) {
    if (item.kind === 'field' && showsReadOnly(item))
      values.set(item.apiName, initialValue(item, transition.data, ctx.formats));
  }
  return values;
}
