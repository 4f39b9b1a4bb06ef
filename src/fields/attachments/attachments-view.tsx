import type { AttachmentsItem } from '../../blueprint/model.ts';
import { useT } from '../../ui/i18n-context.ts';
import type { AttachmentsDraft } from '../contract.ts';
import { FilePicker } from '../file/file-picker.tsx';
import { names } from '../multilookup/multilookup-view.tsx';
import type { EditorProps, KindView } from '../view-contract.ts';

/** Attachments: files uploaded through the CRM and links, one per line. */
function AttachmentsEditor(props: EditorProps<AttachmentsItem, AttachmentsDraft>) {
  const tr = useT();
  const value = props.value;
  return (
    <div class="attachments">
      <FilePicker
        inputId={props.inputId}
        describedBy={props.describedBy}
        disabled={props.disabled}
        files={value.files}
        services={props.services}
        onChange={(files) => props.onChange({ ...value, files })}
        onBlur={props.onBlur}
      />
      <label class="item__sublabel" for={`${props.inputId}-links`}>
        {tr('form.links')}
      </label>
      <textarea
        id={`${props.inputId}-links`}
        class="input input--area"
        rows={2}
        placeholder="https://"
        disabled={props.disabled}
        value={value.links.join('\n')}
        aria-describedby={props.describedBy}
        onInput={(e) =>
          props.onChange({
            ...value,
            links: e.currentTarget.value.split('\n').filter((l, i, all) => l.trim() !== '' || i === all.length - 1),
          })
        }
        onBlur={() => {
          props.onChange({ ...value, links: value.links.map((l) => l.trim()).filter((l) => l !== '') });
          props.onBlur();
        }}
      />
    </div>
  );
}

export const view: KindView<AttachmentsItem, AttachmentsDraft> = {
  Editor: AttachmentsEditor,
  shown: (_item, value) => [names(value.files), ...value.links].filter((s) => s !== '').join(', '),
};
