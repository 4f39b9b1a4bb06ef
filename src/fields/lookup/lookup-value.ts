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
    const c = choice(inner) ?? fileChoice(o);
    return c ? [c] : [];
  });
}

/** A file as a record holds it: `File_Id__s` / `File_Name__s` (Zoho's field answers), or the older `file_id`. */
export function fileChoice(o: Record<string, unknown> | null): LookupChoice | null {
  const id = str(o?.File_Id__s) ?? str(o?.file_Id__s) ?? str(o?.file_id);
  if (!o || !id) return null;
  return { id, name: str(o.File_Name__s) ?? str(o.file_Name__s) ?? str(o.file_name) ?? id };
}

/** A lookup to a record or a user: the one the record points at, or none. */
export const value: KindValue<FieldItem, LookupChoice | null> = {
  initial: (field, data) => choice(data[field.apiName]),
};
