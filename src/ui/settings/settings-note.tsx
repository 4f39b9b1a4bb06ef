import { msg, type Message } from '../../i18n/message.ts';
import type { SettingsSource } from '../../settings/settings-schema.ts';
import { ignoredSettingsMessages, settingsNoteDetail, settingsNoteMessage } from '../../settings/settings-note-text.ts';
import { useT } from '../i18n-context.ts';

/** What saving would do to settings that are not in use, after the note that says why. */
const SAVE_HINT: Record<SettingsSource['kind'], Message | null> = {
  stored: null,
  missing: null,
  unreadable: null,
  empty: msg('settings.saveHint.replaces'),
  'not-json': msg('settings.saveHint.replaces'),
  invalid: msg('settings.saveHint.replaces'),
  partial: msg('settings.saveHint.repairs'),
  newer: msg('settings.saveHint.newer'),
};

/**
 * Why the stored settings are not (all) in use, when they are not: the reason, what saving would do, what was
 * ignored, and the schema's problem apart as technical detail (in English).
 */
export function SettingsNote(props: { source: SettingsSource }) {
  const t = useT();
  const { source } = props;
  const note = settingsNoteMessage(source);
  if (!note) return null;
  const noteDetail = settingsNoteDetail(source);
  const ignored = ignoredSettingsMessages(source);
  const saveHint = SAVE_HINT[source.kind];
  return (
    <div class="banner banner--admin" role="note">
      <p class="settings__note">
        {t(note)}
        {saveHint && ` ${t(saveHint)}`}
      </p>
      {ignored.length > 0 && (
        <ul class="settings__ignored">
          {ignored.map((m, i) => (
            <li key={i}>{t(m)}</li>
          ))}
        </ul>
      )}
      {noteDetail && (
        <p class="settings__note-detail">
          {t('settings.technicalDetail')} <span lang="en">{noteDetail}</span>
        </p>
      )}
    </div>
  );
}
