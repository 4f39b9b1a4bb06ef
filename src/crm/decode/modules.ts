import { arr, bool, obj, str } from '../../blueprint/read-json.ts';
import type { ModuleInfo } from '../../settings/crm-metadata.ts';

/** The modules of a getModules answer (`{modules: [...]}`) that the API can read records of, in the CRM's order. */
export function decodeModules(answer: unknown): ModuleInfo[] {
  return arr(obj(answer)?.modules).flatMap((raw) => {
    const m = obj(raw);
    const apiName = str(m?.api_name);
    if (!m || !apiName || bool(m.api_supported) === false || bool(m.visible) === false) return [];
    return [{ apiName, label: str(m.plural_label) ?? str(m.module_name) ?? apiName }];
  });
}
