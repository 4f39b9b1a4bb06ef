/**
 * Preparing the settings document for the CRM, the settings page's side only: kept out of settings-schema.ts so
 * the widget, which only reads settings, does not load it.
 */
import { msg, type Message } from '../i18n/message.ts';
import { withCheckedKeyFields } from './key-fields.ts';
import { checkSettings, isExpectedDays, SETTINGS_VERSION, type SettingsDoc } from './settings-schema.ts';

/**
 * The most characters the settings variable holds. Zoho's pages in our references do not give a CRM variable's
 * limit: this is the assumption (docs/assumptions.md), the size of Zoho's largest text area. The settings page
 * keeps the blueprints' definitions within it (settings/process-definition.ts, fitDefinitions).
 */
export const SETTINGS_VARIABLE_LIMIT = 32_000;

/** What preparing a document for the CRM came to. */
export type WriteCheck =
  | { ok: true; text: string }
  /**
   * `broken`: saving rules the admin can fix on the page, as messages. `problems`: what the schema check found,
   * technical detail in English (JSON paths), which the page's own edits never produce.
   */
  | { ok: false; broken: Message[]; problems: string[] };

/**
 * Checks a document before it is written: the schema, plus rules that only matter when an admin saves
 * (a path needs at least one stage that shows), and a stage's expected days as the page lets them be typed.
 * Returns the JSON to store.
 */
export function prepareWrite(doc: SettingsDoc): WriteCheck {
  // The page keeps expected days as typed (2.5, 0, 5000) so the admin sees them: said in words, before the schema.
  const typed = Object.entries(doc.modules).flatMap(([module, m]) =>
    m.states
      .filter((s) => s.expectedDays !== undefined && !isExpectedDays(s.expectedDays))
      .map((s) => msg('settings.save.expectedDays', { module, stage: s.value })),
  );
  if (typed.length > 0) return { ok: false, broken: typed, problems: [] };
  const checked = checkSettings(doc);
  if (checked.kind === 'newer')
    return {
      ok: false,
      broken: [],
      problems: [`the document says version ${checked.version}; this build writes ${SETTINGS_VERSION}`],
    };
  if (checked.kind === 'invalid') return { ok: false, broken: [], problems: checked.problems };
  // Key fields are checked apart from the schema (the first screen carries them unchecked: key-fields.ts).
  const problems: string[] = [];
  for (const [name, m] of Object.entries(checked.doc.modules)) {
    const keyFields = withCheckedKeyFields(name, m);
    problems.push(...keyFields.problems);
    checked.doc.modules[name] = keyFields.settings;
  }
  if (problems.length > 0) return { ok: false, broken: [], problems };
  const broken: Message[] = [];
  for (const [name, m] of Object.entries(checked.doc.modules)) {
    if (m.states.length > 0 && m.states.every((s) => s.hidden))
      broken.push(msg('settings.save.allStagesHidden', { module: name }));
  }
  return broken.length > 0 ? { ok: false, broken, problems: [] } : { ok: true, text: JSON.stringify(checked.doc) };
}
