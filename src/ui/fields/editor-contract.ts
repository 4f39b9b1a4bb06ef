import type { ComponentType } from 'preact';
import type { DraftValue } from '../../blueprint/form-values.ts';
import type { FieldItem } from '../../blueprint/model.ts';

/** What every field editor gets (see README.md in this folder). */
export interface EditorProps {
  field: FieldItem;
  value: DraftValue;
  /** The input's id: the form's label points at it. */
  inputId: string;
  /** Ids of the help and error texts, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean;
  onChange: (value: DraftValue) => void;
  /** Called when the rep leaves the field: its error shows from then on. */
  onBlur: () => void;
}

/** A field editor. */
export type Editor = ComponentType<EditorProps>;
