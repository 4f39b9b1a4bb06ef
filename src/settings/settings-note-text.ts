/**
 * The admins' note on the settings in use (settings-schema.ts's `SettingsSource`), in words: the widget shows it
 * from the form's chunk (ui/admin-note.tsx), after the stepper, and the settings page on its own. Apart from the
 * schema, whose reader the first screen needs, so that the note's wording does not load before the stepper.
 */
import { msg, type Message } from '../i18n/message.ts';
import { SETTINGS_VERSION, type IgnoredSetting, type SettingsSource } from './settings-schema.ts';

/**
 * For administrators: why the stored settings are not in use, as a message (keys `settings.note.*`); null when
 * they are. The technical reason (a schema problem, a failed call) is left out: settingsNoteDetail gives it, to
 * show apart and untranslated, like a CRM error code.
 */
export function settingsNoteMessage(source: SettingsSource): Message | null {
  if (source.kind === 'stored') return null;
  // The key names the kind in camel case: `settings.note.notJson` for `not-json`.
  return msg(
    `settings.note.${source.kind === 'not-json' ? 'notJson' : source.kind}`,
    source.kind === 'newer' ? { version: source.version, supported: SETTINGS_VERSION } : undefined,
  );
}

/** The technical reason behind a settings note (English, for a support ticket), when there is one. */
export function settingsNoteDetail(source: SettingsSource): string | null {
  switch (source.kind) {
    case 'invalid':
      return source.problem;
    case 'partial':
      return source.problems.join('; ');
    case 'unreadable':
      return source.reason;
    default:
      return null;
  }
}

/** For the admins' note: each setting that was left out, one sentence each naming the module and the setting. */
export function ignoredSettingsMessages(source: SettingsSource): Message[] {
  return source.kind === 'partial' ? source.ignored.map(ignoredMessage) : [];
}

/** Its key is `settings.ignored.<what>`; the rest of it (the module, and a position or a stage) fills the text. */
function ignoredMessage(i: IgnoredSetting): Message {
  const { what, ...params } = i;
  return msg(`settings.ignored.${what}`, params);
}
