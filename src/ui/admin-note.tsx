import { useState } from 'preact/hooks';
import { msg } from '../i18n/message.ts';
import { ignoredSettingsMessages, settingsNoteDetail, settingsNoteMessage } from '../settings/settings-note-text.ts';
import type { AdminNoteData } from '../stepper/stepper-data.ts';
import { useT } from './i18n-context.ts';

const KEY = 'blueprint-stepper:admin-note-dismissed';

/** Reads or writes what was dismissed, where the browser lets the frame have storage (a cross-site frame may be refused: even reading `localStorage` throws). */
function remembered(write?: string): string | null {
  try {
    if (write) localStorage.setItem(KEY, write);
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * The note for administrators about missing or unusable settings. Dismissed, it stays away for as long as the
 * settings stay in the same state (remembered where storage allows); a different problem shows again.
 */
export function AdminNote(props: {
  note: AdminNoteData | null;
  /** The record's process has no definition read: the note says how to get its own stages (issue 23). */
  noDefinition?: boolean;
}) {
  const t = useT();
  const source = props.note?.source;
  const settingsNote = source ? settingsNoteMessage(source) : null;
  const notes = [
    ...(settingsNote && source ? [settingsNote, ...ignoredSettingsMessages(source)] : []),
    ...(props.note?.notes ?? []),
    ...(props.noDefinition ? [msg('form.process.noDefinition')] : []),
  ];
  const note = { notes, detail: source ? settingsNoteDetail(source) : null };
  const id = JSON.stringify([note.notes, note.detail]);
  const [dismissed, setDismissed] = useState(() => remembered() === id);
  if (dismissed) return null;
  // Where storage is refused the note stays away until the widget closes.
  const dismiss = () => (remembered(id), setDismissed(true));
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
      <button type="button" class="banner__dismiss" aria-label={t('admin.dismiss')} onClick={dismiss} />
    </p>
  );
}
