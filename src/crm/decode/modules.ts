import { arr, bool, obj, str } from '../../blueprint/read-json.ts';
import type { ModuleInfo } from '../../settings/crm-metadata.ts';

/** The modules of a getModules answer (`{modules: [...]}`) that the API can read records of, in the CRM's order. */
export function decodeModules(answer: unknown): ModuleInfo[] {
  // Keyed by API name, first one wins: the page keys its lists and element ids by it.
  const byName = new Map<string, ModuleInfo>();
  for (const raw of arr(obj(answer)?.modules)) {
    const m = obj(raw);
    const apiName = str(m?.api_name);
    if (!m || !apiName || bool(m.api_supported) === false || bool(m.visible) === false || byName.has(apiName)) continue;
    byName.set(apiName, { apiName, label: str(m.plural_label) ?? str(m.module_name) ?? apiName });
  }
  return [...byName.values()];
}
