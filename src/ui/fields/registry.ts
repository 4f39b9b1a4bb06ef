import type { FieldType } from '../../blueprint/model.ts';
import { DateEditor } from './date-editor.tsx';
import type { Editor } from './editor-contract.ts';
import { PicklistEditor } from './picklist-editor.tsx';
import { TextareaEditor, TextEditor } from './text-editor.tsx';

/** The editor for each field type. A type with no entry is shown read-only with a note (read-only-field.tsx). */
const EDITORS: Partial<Record<FieldType, Editor>> = {
  text: TextEditor,
  textarea: TextareaEditor,
  picklist: PicklistEditor,
  date: DateEditor,
};

/** The editor registered for a field type, or null when the widget cannot edit it yet. */
export function editorFor(type: FieldType): Editor | null {
  return EDITORS[type] ?? null;
}
