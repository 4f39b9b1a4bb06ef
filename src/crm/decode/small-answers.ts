/** The small answers: an upload, an updateBluePrint, the PageLoad context. */
import { arr, num, obj, str } from '../../blueprint/read-json.ts';
import { CrmFailure, decodeJsonText } from '../crm-error.ts';

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
  if (!id)
    throw new CrmFailure({
      kind: 'unexpected',
      call: 'uploadFile',
      message: 'The CRM did not return an id for the uploaded file.',
    });
  return { id, name: str(details?.name) };
}

/** The message Zoho's Update Blueprint page documents for a partial save (compared whole, never searched). */
const PARTIAL_MESSAGE = 'transition saved partially';

/**
 * An updateBluePrint answer: flat `{code, message, status, details}` or wrapped in `{blueprint: [...]}` by newer
 * CRMs (docs/blueprint-api.md, "Update answers"), either maybe sent as JSON text (once or twice encoded). Error
 * bodies were already turned into failures by the client; anything that does not confirm the transition is a
 * failure too.
 *
 * A partial save is recognised from the answer's fields: `details.percent_partial_save` below 100, or the code
 * `SUCCESS` with exactly the message the documentation gives for it. A message that merely contains the word
 * "partial" (a translated or reworded one) proves nothing and reads as done.
 */
export function decodeUpdateOutcome(answer: unknown): UpdateOutcome {
  const root = obj(decodeJsonText(answer));
  const b = obj(decodeJsonText(Array.isArray(root?.blueprint) ? arr(root.blueprint)[0] : root)) ?? {};
  const message = typeof b.message === 'string' ? b.message : '';
  if (b.code !== 'SUCCESS' && b.status !== 'success') {
    throw new CrmFailure({
      kind: 'unexpected',
      call: 'updateBluePrint',
      message: 'The CRM did not confirm the transition.',
    });
  }
  const percent = num(obj(b.details)?.percent_partial_save);
  const partial = percent !== null ? percent < 100 : message.trim().toLowerCase() === PARTIAL_MESSAGE;
  return { result: partial ? 'partial' : 'done', message };
}
