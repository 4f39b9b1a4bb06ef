/**
 * Which mode the widget opens in, from the ids the CRM's PageLoad carried (read by crm/, kept in order, without
 * repeats). One id: the single-record stepper. Several (a list view's mass-action button; any position): bulk
 * mode, up to BULK_LIMIT records. More: a message naming the limit, nothing loaded.
 */

/** The most records bulk mode takes at once. */
export const BULK_LIMIT = 200;

/** What the widget does with a selection. */
export type SelectionMode =
  { kind: 'single' } | { kind: 'bulk'; recordIds: string[] } | { kind: 'too-many'; count: number; limit: number };

/** The mode for the ids a PageLoad carried; no ids or one id is the single-record stepper (it says what is missing). */
export function selectionMode(recordIds: readonly string[] | undefined): SelectionMode {
  const ids = recordIds ?? [];
  if (ids.length <= 1) return { kind: 'single' };
  if (ids.length > BULK_LIMIT) return { kind: 'too-many', count: ids.length, limit: BULK_LIMIT };
  return { kind: 'bulk', recordIds: [...ids] };
}
