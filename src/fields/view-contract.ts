import type { ComponentType } from 'preact';
import type { FieldItem, FormItem } from '../blueprint/model.ts';
import type { EditorServices } from '../crm/editor-services.ts';
import type { Translate } from '../i18n/translate.ts';
import type { DraftValue, FormContext } from './contract.ts';

/**
 * The field kinds' contract, view half (README.md in this folder): `<kind>/<kind>-view.tsx` exports a
 * `KindView` as `view`. Loads with the transition form.
 */

/** What every editor gets, a field's or one of the transition's own items'. */
export interface EditorProps<I extends FormItem, V extends DraftValue> {
  item: I;
  /** The kind's typed value (its `logic.read` of the draft). */
  value: V;
  /** The user's formats and the org's currency. */
  ctx: FormContext;
  /** The focusable input's id: the form's label points at it. */
  inputId: string;
  /** The label's id, for editors that are a group of inputs (aria-labelledby). */
  labelId: string;
  /** Ids of the help and error texts, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean;
  /** Searching and uploading, for lookup and file editors. */
  services: EditorServices;
  onChange: (value: V) => void;
  /** Called when the rep leaves the field: its error shows from then on. */
  onBlur: () => void;
}

/** A kind's editor and read-only view. */
export interface KindView<I extends FormItem, V extends DraftValue> {
  /** The editor; null for a kind the rep never edits here (it shows read-only). */
  Editor: ComponentType<EditorProps<I, V>> | null;
  /** The value as a read-only field shows it, in the user's formats; '' when there is none. */
  shown(item: I, value: V, ctx: FormContext, tr: Translate): string;
}

/** The attributes every single input of a field shares. */
export function inputAttributes<V extends DraftValue>(props: EditorProps<FieldItem, V>) {
  return {
    id: props.inputId,
    disabled: props.disabled,
    required: props.item.required,
    'aria-invalid': props.invalid || undefined,
    'aria-describedby': props.describedBy,
    onBlur: props.onBlur,
  };
}
