import type { ComponentType } from 'preact';
import type { DraftValue, FormContext } from '../../blueprint/draft.ts';
import type { FieldItem } from '../../blueprint/model.ts';
import type { EditorServices } from '../../crm/editor-services.ts';

/** What every editor gets, a field's or one of the transition's own items' (see README.md in this folder). */
export interface CommonEditorProps {
  value: DraftValue;
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
  onChange: (value: DraftValue) => void;
  /** Called when the rep leaves the field: its error shows from then on. */
  onBlur: () => void;
}

/** What a field editor gets. */
export interface EditorProps extends CommonEditorProps {
  field: FieldItem;
  /** The user's formats and the org's currency. */
  ctx: FormContext;
}

/** A field editor. */
export type Editor = ComponentType<EditorProps>;

/** The attributes every single input shares. */
export function inputAttributes(props: EditorProps) {
  return {
    id: props.inputId,
    disabled: props.disabled,
    required: props.field.required,
    'aria-invalid': props.invalid || undefined,
    'aria-describedby': props.describedBy,
    onBlur: props.onBlur,
  };
}
