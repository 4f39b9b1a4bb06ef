import type { CallRecord } from './call-log.ts';
/**
 * The shape of a value with every value taken out, for diagnostics an admin may hand to anyone: object keys
 * and value types, array lengths, and only the values that are codes or types (an error's `code`, a field's
 * `data_type`, the `api_name` it blames), never a name, id, amount, email or note. docs/zoho-sdk.md,
 * "Diagnostics", lists what is kept.
 */
export type Shape = string | Shape[] | { [key: string]: Shape };

/** Keys whose value is kept when it is one identifier-like word: codes and types, not the user's data. */
const KEPT = new Set(['code', 'status', 'data_type', 'json_type', '_type', 'expected_data_type', 'api_name']);

/** An identifier-like word: field API names, codes, type names. Any other key (an id, free text) is hidden too. */
const WORD = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Keys whose object items are keyed by the user's own words (a checklist's items): those keys are hidden. */
const WORD_KEYED = new Set(['CheckLists']);

/**
 * The shape of `value`: `"string"`, `"number"`... for a leaf, `["array(n)", <shape of the first item>]` for an
 * array, an object of shapes for an object (a key that is not an identifier becomes `<key n>`). Only for
 * acyclic data: the SDK's answers are parsed JSON, and the arguments are the widget's own plain values.
 */
export function shapeOf(value: unknown, hideKeys = false): Shape {
  if (value === null) return 'null';
  if (Array.isArray(value))
    return value.length === 0 ? ['array(0)'] : [`array(${value.length})`, shapeOf(value[0], hideKeys)];
  if (typeof value !== 'object') return typeof value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v], i) => [
      hideKeys || !WORD.test(key) ? `<key ${i}>` : key,
      KEPT.has(key) && typeof v === 'string' && WORD.test(v) ? v : shapeOf(v, WORD_KEYED.has(key)),
    ]),
  );
}

/** One CRM call as diagnostics show it: no values, only shapes. */
export interface CallEntry extends Omit<CallRecord, 'args' | 'answer'> {
  args: Shape[];
  /** The answer's shape, once there is one. */
  answer?: Shape;
}

/** A call log as the report shows it: each call's method, timing and outcome, and the shapes of its values. */
export function shapedCalls(log: readonly CallRecord[]): CallEntry[] {
  return log.map(({ args, answer, ...call }) => ({
    ...call,
    args: args.map((a) => shapeOf(a)),
    ...(answer === undefined ? {} : { answer: shapeOf(answer) }),
  }));
}
