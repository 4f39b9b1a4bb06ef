import { obj } from '../../blueprint/read-json.ts';
import type { PageContext } from '../crm-client.ts';
import { CrmFailure } from '../crm-error.ts';

/** The PageLoad data: `EntityId` is an array for buttons and a string elsewhere. A context without a record fails. */
export function decodePageContext(data: unknown): PageContext {
  const d = obj(data) ?? {};
  const entity = typeof d.Entity === 'string' && d.Entity !== '' ? d.Entity : null;
  const recordIds = decodeEntityIds(d.EntityId);
  const recordId = recordIds[0] ?? '';
  if (!entity || recordId === '') throw new CrmFailure({ kind: 'no-record', entity });
  return {
    record: { entity, recordId },
    ...(recordIds.length > 1 ? { recordIds } : {}),
    buttonPosition: typeof d.ButtonPosition === 'string' ? d.ButtonPosition : null,
  };
}

/**
 * Every id in a PageLoad's `EntityId`, in order, without repeats or blanks: an array (a button; a list view's
 * mass action sends every selected id), a single id, or, should a CRM send one, a comma-separated string
 * (docs/assumptions.md: not seen from Zoho, read defensively). Numbers are kept as their digits.
 */
export function decodeEntityIds(raw: unknown): string[] {
  const parts = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [raw];
  const ids = parts
    .flatMap((p) => (typeof p === 'string' || typeof p === 'number' ? [String(p).trim()] : []))
    .filter((id) => id !== '');
  return [...new Set(ids)];
}
