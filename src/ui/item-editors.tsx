import type { AttachmentsDraft } from '../blueprint/draft.ts';
import type { AttachmentsItem, ChecklistItem, NotesItem } from '../blueprint/model.ts';
import type { CommonEditorProps } from './fields/editor-contract.ts';
import { FilePicker } from './fields/file-editor.tsx';
import { useT } from './i18n-context.ts';

/** What the editors of a transition's own items (Notes, Checklists, Attachments) get: a field editor's props, with the item. */
export interface ItemEditorProps<I> extends CommonEditorProps {
  item: I;
}

/** The transition's note. */
export function NotesEditor(props: ItemEditorProps<NotesItem>) {
  return (
    <textarea
      id={props.inputId}
      class="input input--area"
      rows={3}
      value={typeof props.value === 'string' ? props.value : ''}
      required={props.item.required}
      disabled={props.disabled}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onInput={(e) => props.onChange(e.currentTarget.value)}
      onBlur={props.onBlur}
    />
  );
}

/** A checklist: one checkbox per entry; a required checklist needs every entry ticked. */
export function ChecklistEditor(props: ItemEditorProps<ChecklistItem>) {
  const ticked = Array.isArray(props.value) ? (props.value as string[]) : [];
  return (
    <div class="choices choices--column" role="group" id={props.inputId} tabIndex={-1} aria-labelledby={props.labelId} aria-describedby={props.describedBy}>
      {props.item.entries.map((entry) => (
        <label key={entry} class="choice">
          <input
            type="checkbox"
            checked={ticked.includes(entry)}
            disabled={props.disabled}
            onChange={(e) => props.onChange(e.currentTarget.checked ? [...ticked, entry] : ticked.filter((t) => t !== entry))}
            onBlur={props.onBlur}
          />
          {entry}
        </label>
      ))}
    </div>
  );
}

/** Attachments: files uploaded through the CRM and links, one per line. */
export function AttachmentsEditor(props: ItemEditorProps<AttachmentsItem>) {
  const t = useT();
  const value: AttachmentsDraft = props.value && typeof props.value === 'object' && 'files' in props.value ? props.value : { files: [], links: [] };
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
        {t('form.links')}
      </label>
      <textarea
        id={`${props.inputId}-links`}
        class="input input--area"
        rows={2}
        placeholder="https://"
        disabled={props.disabled}
        value={value.links.join('\n')}
        aria-describedby={props.describedBy}
        onInput={(e) => props.onChange({ ...value, links: e.currentTarget.value.split('\n').filter((l, i, all) => l.trim() !== '' || i === all.length - 1) })}
        onBlur={() => {
          props.onChange({ ...value, links: value.links.map((l) => l.trim()).filter((l) => l !== '') });
          props.onBlur();
        }}
      />
    </div>
  );
}
