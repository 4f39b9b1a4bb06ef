import { obj } from '../../blueprint/read-json.ts';
import {
  defaultSettings,
  salvageSettings,
  type SettingsRead,
  type SettingsSource,
} from '../../settings/settings-schema.ts';

/**
 * Reads the getOrgVariable answer that holds the admin's settings: `{Success: {Content: "…json…"}}`, or
 * `{Error: {Content}}` for a variable that does not exist. The document is checked against the settings schema;
 * anything missing, empty, malformed or newer falls back to the defaults and says why.
 */
export function readSettings(answer: unknown): SettingsRead {
  const root = obj(answer);
  const success = root && 'Success' in root ? obj(root.Success) : null;
  if (!success)
    return fallback(
      root && 'Error' in root ? { kind: 'missing' } : { kind: 'unreadable', reason: 'the answer has no "Success"' },
    );
  let content: unknown = success.Content;
  if (content === undefined || content === null || (typeof content === 'string' && content.trim() === ''))
    return fallback({ kind: 'empty' });
  if (typeof content === 'string') {
    try {
      content = JSON.parse(content);
    } catch {
      return fallback({ kind: 'not-json' });
    }
  }
  // Per module and per key: a bad key takes its default, a bad module its defaults, and the note names them.
  const read = salvageSettings(content);
  if (read.kind === 'newer') return fallback({ kind: 'newer', version: read.version });
  if (read.kind === 'invalid') return fallback({ kind: 'invalid', problem: read.problems[0] ?? 'unknown problem' });
  if (read.problems.length > 0)
    return { doc: read.doc, source: { kind: 'partial', ignored: read.ignored, problems: read.problems } };
  return { doc: read.doc, source: { kind: 'stored' } };
}

function fallback(source: SettingsSource): SettingsRead {
  return { doc: defaultSettings(), source };
}
