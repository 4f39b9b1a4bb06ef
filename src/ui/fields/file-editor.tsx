import { useEffect, useRef, useState } from 'preact/hooks';
import type { LookupChoice } from '../../blueprint/draft.ts';
import type { EditorServices } from '../../crm/editor-services.ts';
import type { EditorProps } from './editor-contract.ts';
import { useT } from '../i18n-context.ts';

/** File and image upload fields: each file is uploaded to the CRM as it is picked; the field keeps their ids. */
export function FileEditor(props: EditorProps) {
  const files = Array.isArray(props.value) ? (props.value as LookupChoice[]) : [];
  return (
    <FilePicker
      inputId={props.inputId}
      describedBy={props.describedBy}
      disabled={props.disabled}
      accept={props.field.type === 'imageupload' ? 'image/*' : undefined}
      files={files}
      services={props.services}
      onChange={(next) => props.onChange(next)}
      onBlur={props.onBlur}
    />
  );
}

/** Picks files, uploads them one by one, and lists them with a remove button; an upload failure is said, not thrown. */
export function FilePicker(props: {
  inputId: string;
  describedBy: string | undefined;
  disabled: boolean;
  accept?: string;
  files: LookupChoice[];
  services: EditorServices;
  onChange: (files: LookupChoice[]) => void;
  onBlur: () => void;
}) {
  const t = useT();
  const [uploading, setUploading] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  // Uploads still running when the editor goes (the form closed) stop being waited for.
  const uploads = useRef(new AbortController());
  useEffect(() => () => uploads.current.abort(), []);
  const onPick = async (list: FileList | null) => {
    if (!list) return;
    setProblem(null);
    let current = props.files;
    for (const file of Array.from(list)) {
      setUploading((n) => n + 1);
      try {
        const uploaded = await props.services.uploadFile(file, uploads.current.signal);
        current = [...current, uploaded];
        props.onChange(current);
      } catch {
        setProblem(t('upload.failed', { name: file.name }));
      } finally {
        setUploading((n) => n - 1);
      }
    }
  };
  return (
    <div class="files">
      {props.files.length > 0 && (
        <ul class="chips">
          {props.files.map((f) => (
            <li key={f.id} class="chip">
              {f.name}
              <button type="button" class="chip__remove" aria-label={t('action.remove', { name: f.name })} disabled={props.disabled} onClick={() => props.onChange(props.files.filter((x) => x.id !== f.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={props.inputId}
        class="file-input"
        type="file"
        multiple
        accept={props.accept}
        disabled={props.disabled || uploading > 0}
        aria-describedby={props.describedBy}
        onChange={(e) => {
          const input = e.currentTarget;
          void onPick(input.files).then(() => (input.value = ''));
        }}
        onBlur={props.onBlur}
      />
      <span role="status" class={uploading > 0 ? 'item__help' : 'visually-hidden'}>
        {uploading > 0 ? t('upload.uploading') : ''}
      </span>
      {problem && <span class="item__error">{problem}</span>}
    </div>
  );
}
