import { arr, obj, str } from '../../blueprint/read-json.ts';

/** A record as the widget names it: its id and display name. */
export interface RecordChoice {
  id: string;
  name: string;
}

const NAME_KEYS = [
  'Full_Name',
  'Deal_Name',
  'Account_Name',
  'Subject',
  'Case_Subject',
  'Name',
  'Product_Name',
  'Vendor_Name',
  'Campaign_Name',
];

/** A record's display name, trying the name fields of the usual modules. */
export function nameOf(record: Record<string, unknown>): string | null {
  for (const key of NAME_KEYS) {
    const value = str(record[key]) ?? str(obj(record[key])?.name);
    if (value) return value;
  }
  const parts = [str(record.First_Name), str(record.Last_Name)].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * A getRecord answer (`{data: [record]}`): the id of the record it is about, its display name (either is null
 * when the answer does not give it), and its values as they came (each field kind reads its own: key fields).
 */
export function decodeRecordAnswer(answer: unknown): {
  id: string | null;
  name: string | null;
  values: Record<string, unknown> | null;
} {
  const record = obj(arr(obj(answer)?.data)[0]);
  return { id: str(record?.id), name: record ? nameOf(record) : null, values: record };
}
