import { useState } from 'preact/hooks';
import type { Message } from '../i18n/message.ts';
import { useT } from './i18n-context.ts';

const KEY = 'blueprint-stepper:admin-note-dismissed';

/** The browser's local storage, if the widget's frame may have it (a cross-site frame may be refused: reading it throws). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function dismissedId(): string | null {
  try {
    return storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * The note for administrators about missing or unusable settings. Dismissed, it stays away for as long as the
 * settings stay in the same state (remembered where storage allows); a different problem shows again.
 */
export function AdminNote(props: { note: { notes: Message[]; detail: string | null } }) {
  const t = useT();
  const { note } = props;
  const id = JSON.stringify([note.notes, note.detail]);
  const [dismissed, setDismissed] = useState(() => dismissedId() === id);
  if (dismissed) return null;
  const dismiss = () => {
    try {
      storage()?.setItem(KEY, id);
    } catch {
      // Storage refused: the note stays away until the widget closes.
    }
    setDismissed(true);
  };
  return (
    <p class="banner banner--admin banner--dismissible" role="note">
      <span>
        <strong>{t('admin.label')}</strong> {note.notes.map((n) => t(n)).join(' ')}
        {note.detail && (
          <span class="banner__detail" lang="en">
            {' '}
            ({note.detail})
          </span>
        )}
      </span>
      <button type="button" class="banner__dismiss" aria-label={t('admin.dismiss')} title={t('admin.dismiss')} onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </p>
  );
}
