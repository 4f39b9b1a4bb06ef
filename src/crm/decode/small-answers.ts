/** The small answers: an upload, an updateBluePrint, the PageLoad context. */
import { arr, obj, str } from '../../blueprint/read-json.ts';
import type { PageContext } from '../crm-client.ts';
import { CrmFailure } from '../crm-error.ts';

/** A file the CRM took: its id for the transition's data, and its name if the CRM said. */
export interface UploadedFile {
  id: string;
  name: string | null;
}

/** How the CRM took a transition that did not fail. */
export interface UpdateOutcome {
  /** `done`: the record moved on; `partial`: values saved, but the transition still waits for required items. */
  result: 'done' | 'partial';
  /** The CRM's own words. */
  message: string;
}

/** An uploadFile answer (`{data: [{details: {id, name}}]}`); an answer without an id is a failure. */
export function decodeUpload(answer: unknown): UploadedFile {
  const details = obj(obj(arr(obj(answer)?.data)[0])?.details);
  const id = str(details?.id);
  if (!id) throw new CrmFailure({ kind: 'unexpected', call: 'uploadFile', message: 'The CRM did not return an id for the uploaded file.' });
  return { id, name: str(details?.name) };
}

/**
 * An updateBluePrint answer: flat `{code, message, status}` or wrapped in `{blueprint: [...]}` by newer CRMs
 * (docs/blueprint-api.md). Error bodies were already turned into failures by the client; anything that does
 * not confirm the transition is a failure too.
 */
export function decodeUpdateOutcome(answer: unknown): UpdateOutcome {
  const root = obj(answer);
  const b = obj(Array.isArray(root?.blueprint) ? arr(root.blueprint)[0] : root) ?? {};
  const message = typeof b.message === 'string' ? b.message : '';
  if (b.code !== 'SUCCESS' && b.status !== 'success') {
    throw new CrmFailure({ kind: 'unexpected', call: 'updateBluePrint', message: 'The CRM did not confirm the transition.' });
  }
  return { result: /partial/i.test(message) ? 'partial' : 'done', message };
}

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
  const ids = parts.flatMap((p) => (typeof p === 'string' || typeof p === 'number' ? [String(p).trim()] : [])).filter((id) => id !== '');
  return [...new Set(ids)];
}
