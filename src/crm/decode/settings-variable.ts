import { obj } from '../../blueprint/read-json.ts';
import { checkSettings, defaultSettings, type SettingsRead, type SettingsSource } from '../../settings/settings-schema.ts';

/**
 * Reads the getOrgVariable answer that holds the admin's settings: `{Success: {Content: "…json…"}}`, or
 * `{Error: {Content}}` for a variable that does not exist. The document is checked against the settings schema;
 * anything missing, empty, malformed or newer falls back to the defaults and says why.
 */
export function readSettings(answer: unknown): SettingsRead {
  const root = obj(answer);
  const success = root && 'Success' in root ? obj(root.Success) : null;
  if (!success) return fallback(root && 'Error' in root ? { kind: 'missing' } : { kind: 'unreadable', reason: 'the answer has no "Success"' });
  let content: unknown = success.Content;
  if (content === undefined || content === null || (typeof content === 'string' && content.trim() === '')) return fallback({ kind: 'empty' });
  if (typeof content === 'string') {
    try {
      content = JSON.parse(content);
    } catch {
      return fallback({ kind: 'not-json' });
    }
  }
  const checked = checkSettings(content);
  if (checked.kind === 'valid') return { doc: checked.doc, source: { kind: 'stored' } };
  if (checked.kind === 'newer') return fallback({ kind: 'newer', version: checked.version });
  return fallback({ kind: 'invalid', problem: checked.problems[0] ?? 'unknown problem' });
}

function fallback(source: SettingsSource): SettingsRead {
  return { doc: defaultSettings(), source };
}
