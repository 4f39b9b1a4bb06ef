/**
 * Checks one submitted transition value against its field's data_type, like the CRM does on PUT, and turns it
 * into what the record stores (a lookup `{ id }` becomes `{ name, id }`). Encoding table: docs/blueprint-api.md.
 */
import type { CrmStore } from './crm-store.ts';
import type { ApiError } from '../protocol.ts';
import type { FieldMeta } from './zoho-fields.ts';

/** A checked value ready to store, or the CRM's error. */
export type Checked = { ok: true; value: unknown } | { ok: false; error: ApiError };

/** The CRM's INVALID_DATA answer for one field. */
export function invalidData(
  apiName: string,
  expected: string,
  message = 'invalid data',
  extra: Record<string, unknown> = {},
): ApiError {
  return {
    code: 'INVALID_DATA',
    details: { api_name: apiName, expected_data_type: expected, ...extra },
    message,
    status: 'error',
  };
}

/** Whether a value counts as not given: null, blank text, "-None-", an empty list. */
export function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && (value.trim() === '' || value === '-None-')) ||
    (Array.isArray(value) && value.length === 0)
  );
}

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'phone', 'website', 'picklist']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?[+-]\d{2}:\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown): string | undefined => (isObject(v) && typeof v.id === 'string' ? v.id : undefined);

/** Whether `yyyy-MM-dd` names a real calendar day. */
function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(text);
}

/** How many decimals a number may carry: the field's decimal_place, else its currency precision, else 2. */
function hasAllowedDecimals(n: number, f: FieldMeta): boolean {
  const places = f.decimal_place ?? f.currency?.precision ?? 2;
  const scaled = n * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** A record lookup `{ id }` resolved against the target module, or undefined when the record does not exist. */
function resolveRecord(
  store: CrmStore,
  module: string | undefined,
  v: unknown,
): { name: string; id: string } | undefined {
  const id = idOf(v);
  const record = id && module ? store.record(module, id) : undefined;
  return record && { name: store.nameOf(record), id: record.values.id };
}

/** A user lookup `{ id }` resolved against the org's users. */
function resolveUser(store: CrmStore, v: unknown): { name: string; id: string; email: string } | undefined {
  const id = idOf(v);
  const user = id ? store.user(id) : undefined;
  return user && { name: user.full_name, id: user.id, email: user.email };
}

/** Checks one value of a real field (`_type: "fields"`) and returns what to store. */
export function checkFieldValue(f: FieldMeta, value: unknown, store: CrmStore): Checked {
  const api = f.api_name ?? '';
  const type = f.data_type;
  const bad = (expected: string = type, message?: string): Checked => ({
    ok: false,
    error: invalidData(api, expected, message),
  });
  if (f.read_only || f.field_read_only || type === 'formula' || type === 'autonumber')
    return bad(type, 'the field is read only');
  if (value === null) return { ok: true, value: null };

  if (TEXT_TYPES.has(type)) {
    if (typeof value !== 'string') return bad();
    // Characters counted as code points, as the widget assumes Zoho counts them (docs/assumptions.md).
    if (f.length && [...value].length > f.length)
      return { ok: false, error: invalidData(api, type, 'invalid data', { maximum_length: f.length }) };
    if (type === 'email' && value !== '' && !EMAIL.test(value)) return bad();
    if (type === 'picklist' && f.pick_list_values?.length && !f.pick_list_values.some((p) => p.actual_value === value))
      return bad();
    return { ok: true, value };
  }
  switch (type) {
    case 'multiselectpicklist': {
      const allowed = new Set(f.pick_list_values?.map((p) => p.actual_value));
      const ok =
        Array.isArray(value) && value.every((v) => typeof v === 'string' && (allowed.size === 0 || allowed.has(v)));
      return ok ? { ok: true, value } : bad('jsonarray');
    }
    case 'integer':
      return Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647
        ? { ok: true, value }
        : bad('integer');
    case 'bigint':
      // Zoho documents a long integer as a JSON string of up to 18 digits ("EAN_Code": "0012345600012").
      return (typeof value === 'string' && /^-?\d{1,18}$/.test(value)) || Number.isSafeInteger(value)
        ? { ok: true, value }
        : bad('bigint');
    case 'double':
    case 'currency':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) && hasAllowedDecimals(value, f)
        ? { ok: true, value }
        : bad('double');
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : bad('boolean');
    case 'date':
      return typeof value === 'string' && isRealDate(value) ? { ok: true, value } : bad('date');
    case 'datetime':
      return typeof value === 'string' && DATETIME.test(value) && isRealDate(value.slice(0, 10))
        ? { ok: true, value }
        : bad('datetime');
    case 'lookup': {
      const found = resolveRecord(store, f.lookup?.module?.api_name, value);
      return found ? { ok: true, value: found } : bad('jsonobject');
    }
    case 'ownerlookup':
    case 'userlookup': {
      const found = resolveUser(store, value);
      return found ? { ok: true, value: found } : bad('jsonobject');
    }
    case 'multiselectlookup':
    case 'multiuserlookup':
      return checkMultiLookup(f, value, store);
    case 'fileupload':
    case 'imageupload': {
      // Zoho's Update Records shape: one `{File_Id__s}` per file, the encrypted id the upload answered with.
      const ok =
        Array.isArray(value) &&
        value.every((v) => isObject(v) && typeof v.File_Id__s === 'string' && store.hasFile(v.File_Id__s));
      return ok ? { ok: true, value } : bad('jsonarray');
    }
    default:
      return { ok: true, value };
  }
}

/** Multi-select lookups: `[ { "<connectedlookup_apiname>": { id } }, … ]`, each id an existing record or user. */
function checkMultiLookup(f: FieldMeta, value: unknown, store: CrmStore): Checked {
  const meta = f.data_type === 'multiuserlookup' ? f.multiuserlookup : f.multiselectlookup;
  const key = meta?.connectedlookup_apiname ?? f.api_name ?? '';
  if (!Array.isArray(value)) return { ok: false, error: invalidData(f.api_name ?? '', 'jsonarray') };
  const stored: Record<string, unknown>[] = [];
  for (const item of value) {
    const target = isObject(item) ? item[key] : undefined;
    const found =
      f.data_type === 'multiuserlookup'
        ? resolveUser(store, target)
        : resolveRecord(store, meta?.connected_module ?? undefined, target);
    if (!found)
      return {
        ok: false,
        error: invalidData(f.api_name ?? '', 'jsonarray', 'invalid data', { connectedlookup_apiname: key }),
      };
    stored.push({ [key]: found });
  }
  return { ok: true, value: stored };
}
