import type { FieldItem } from '../../blueprint/model.ts';
import type { LookupChoice } from '../contract.ts';
import { names } from '../multilookup/multilookup-view.tsx';
import type { EditorProps, KindView } from '../view-contract.ts';
import { FilePicker } from './file-picker.tsx';

/** File and image upload fields: each file is uploaded to the CRM as it is picked; the field keeps their ids. */
function FileEditor(props: EditorProps<FieldItem, LookupChoice[]>) {
  return (
    <FilePicker
      inputId={props.inputId}
      describedBy={props.describedBy}
      disabled={props.disabled}
      accept={props.item.type === 'imageupload' ? 'image/*' : undefined}
      files={props.value}
      services={props.services}
      onChange={(next) => props.onChange(next)}
      onBlur={props.onBlur}
    />
  );
}

export const view: KindView<FieldItem, LookupChoice[]> = { Editor: FileEditor, shown: (_field, value) => names(value) };
