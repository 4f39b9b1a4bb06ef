import { arr, obj, str } from '../../blueprint/read-json.ts';
import { nameOf, type RecordChoice } from './records.ts';

/*
 * Lookups' search results: decoded with the form's code (decoding-client.ts loads this module when a lookup first
 * searches), since nothing on the first screen searches.
 */

/** The records of a searchRecord answer (`{data: [...]}`); no match may come back as nothing at all. */
export function decodeSearchResults(answer: unknown): RecordChoice[] {
  return arr(obj(answer)?.data).flatMap((raw) => {
    const r = obj(raw);
    const id = str(r?.id);
    return r && id ? [{ id, name: nameOf(r) ?? id }] : [];
  });
}
