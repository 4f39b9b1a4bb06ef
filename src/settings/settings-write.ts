/**
 * Preparing the settings document for the CRM, the settings page's side only: kept out of settings-schema.ts so
 * the widget, which only reads settings, does not load it.
 */
import { checkSettings, SETTINGS_VERSION, type SettingsDoc } from './settings-schema.ts';

/** What preparing a document for the CRM came to. */
export type WriteCheck = { ok: true; text: string } | { ok: false; problems: string[] };

/**
 * Checks a document before it is written: the schema, plus rules that only matter when an admin saves
 * (a path needs at least one stage that shows). Returns the JSON to store.
 */
export function prepareWrite(doc: SettingsDoc): WriteCheck {
  const checked = checkSettings(doc);
  if (checked.kind === 'newer') return { ok: false, problems: [`the document says version ${checked.version}; this build writes ${SETTINGS_VERSION}`] };
  if (checked.kind === 'invalid') return { ok: false, problems: checked.problems };
  const problems: string[] = [];
  for (const [name, m] of Object.entries(checked.doc.modules)) {
    if (m.states.length > 0 && m.states.every((s) => s.hidden)) problems.push(`${name}: at least one stage must show on the path`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, text: JSON.stringify(checked.doc) };
}
