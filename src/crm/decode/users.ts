import { arr, obj, str } from '../../blueprint/read-json.ts';
import type { UserChoice } from './user.ts';

/*
 * The org's users for user lookups: decoded with the form's code (decoding-client.ts loads this module when a form
 * first asks), since nothing on the first screen reads users.
 */

/** A getAllUsers answer (`{users: [...]}`): name falls back to the email, then the id. */
export function decodeUsers(answer: unknown): UserChoice[] {
  return arr(obj(answer)?.users).flatMap((u) => {
    const o = obj(u);
    const id = str(o?.id);
    return o && id ? [{ id, name: str(o.full_name) ?? str(o.email) ?? id, email: str(o.email) ?? '' }] : [];
  });
}

/** One page of a getAllUsers answer, and whether the CRM has more (`info.more_records`). */
export function decodeUsersPage(answer: unknown): { users: UserChoice[]; more: boolean } {
  return { users: decodeUsers(answer), more: obj(obj(answer)?.info)?.more_records === true };
}
