import type { FieldType } from '../../blueprint/model.ts';
import { BooleanEditor, MultiPicklistEditor, PicklistEditor } from './choice-editors.tsx';
import { DateEditor } from './date-editors.tsx';
import type { Editor } from './editor-contract.ts';
import { FileEditor } from './file-editor.tsx';
import { LookupEditor, MultiLookupEditor } from './lookup-editors.tsx';
import { NumberEditor } from './number-editor.tsx';
import { TextareaEditor, TextEditor } from './text-editor.tsx';

/**
 * The editor for each field type. Formula and autonumber have none on purpose (the CRM computes them), nor
 * does a type the widget does not know: those show as a read-only line (read-only-item.tsx), never dropped.
 */
const EDITORS: Partial<Record<FieldType, Editor>> = {
  text: TextEditor,
  email: TextEditor,
  phone: TextEditor,
  website: TextEditor,
  textarea: TextareaEditor,
  picklist: PicklistEditor,
  multiselectpicklist: MultiPicklistEditor,
  date: DateEditor,
  datetime: DateEditor,
  integer: NumberEditor,
  bigint: NumberEditor,
  double: NumberEditor,
  currency: NumberEditor,
  percent: NumberEditor,
  boolean: BooleanEditor,
  lookup: LookupEditor,
  ownerlookup: LookupEditor,
  userlookup: LookupEditor,
  multiselectlookup: MultiLookupEditor,
  multiuserlookup: MultiLookupEditor,
  fileupload: FileEditor,
  imageupload: FileEditor,
};

/** The editor registered for a field type, or null when the widget does not edit it. */
export function editorFor(type: FieldType): Editor | null {
  return EDITORS[type] ?? null;
}
