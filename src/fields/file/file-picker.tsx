import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditorServices } from '../../crm/editor-services.ts';
import { useT } from '../../ui/i18n-context.ts';
import type { LookupChoice } from '../contract.ts';

/**
 * Picks files, uploads them one by one, and lists them with a remove button; an upload failure is said, not thrown.
 * It looks like the other editors: our own "Choose files…" button, the chosen files as chips. The browser's file
 * input stays underneath, visually hidden but focused by Tab and named by the field's label, so keyboard and
 * screen reader use it as before; the button only stands for it (hidden from screen readers, its click the input's).
 */
export function FilePicker(props: {
  inputId: string;
  describedBy: string | undefined;
  disabled: boolean;
  accept?: string | undefined;
  files: LookupChoice[];
  services: EditorServices;
  onChange: (files: LookupChoice[]) => void;
  onBlur: () => void;
}) {
  const tr = useT();
  const [uploading, setUploading] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  // Uploads still running when the editor goes (the form closed) stop being waited for.
  const uploads = useRef(new AbortController());
  const input = useRef<HTMLInputElement>(null);
  const off = props.disabled || uploading > 0;
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
        setProblem(tr('upload.failed', { name: file.name }));
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
              <button
                type="button"
                class="chip__remove"
                aria-label={tr('action.remove', { name: f.name })}
                disabled={props.disabled}
                onClick={() => props.onChange(props.files.filter((x) => x.id !== f.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        id={props.inputId}
        class="file-input visually-hidden"
        type="file"
        multiple
        accept={props.accept}
        disabled={off}
        aria-describedby={props.describedBy}
        onChange={(e) => {
          const input = e.currentTarget;
          void onPick(input.files).then(() => (input.value = ''));
        }}
        onBlur={props.onBlur}
      />
      <span
        class={`button file-button${off ? ' file-button--off' : ''}`}
        aria-hidden="true"
        onClick={() => !off && input.current?.click()}
      >
        {tr('upload.choose')}
      </span>
      <span role="status" class={uploading > 0 ? 'item__help' : 'visually-hidden'}>
        {uploading > 0 ? tr('upload.uploading') : ''}
      </span>
      {problem && <span class="item__error">{problem}</span>}
    </div>
  );
}
