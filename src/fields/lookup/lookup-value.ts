import type { FieldItem } from '../../blueprint/model.ts';
import { arr, obj, str } from '../../blueprint/read-json.ts';
import type { KindValue, LookupChoice } from '../contract.ts';

/** A record, user or file as the CRM sends one (`{id, name}`, or a user's `full_name`, a file's `file_name`). */
export function choice(v: unknown): LookupChoice | null {
  const o = obj(v);
  const id = str(o?.id);
  if (!o || !id) return null;
  return { id, name: str(o.name) ?? str(o.full_name) ?? str(o.file_name) ?? str(o.Full_Name) ?? id };
}

/** A list of them; each may be nested under `connectedKey` (multi-lookups) or be a file (`file_id`). */
export function choices(raw: unknown, connectedKey: string | null): LookupChoice[] {
  return arr(raw).flatMap((v) => {
    const o = obj(v);
    const inner = connectedKey && o ? (o[connectedKey] ?? v) : v;
    const c =
      choice(inner) ??
      (o && str(o.file_id) ? { id: str(o.file_id) ?? '', name: str(o.file_name) ?? str(o.file_id) ?? '' } : null);
    return c ? [c] : [];
  });
}

/** A lookup to a record or a user: the one the record points at, or none. */
export const value: KindValue<FieldItem, LookupChoice | null> = {
  initial: (field, data) => choice(data[field.apiName]),
};
