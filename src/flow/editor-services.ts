import type { LookupChoice } from '../blueprint/draft.ts';
import { arr, obj, str } from '../blueprint/read-json.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import { CrmFailure } from '../crm/crm-error.ts';
import { readRecordName } from './load-stepper.ts';

/** What editors may ask of the CRM: searching records and users, uploading files. */
export interface EditorServices {
  /** Records of a module matching what the rep typed. */
  searchRecords(module: string, query: string, signal: AbortSignal): Promise<LookupChoice[]>;
  /** Active users matching what the rep typed (by name or email). */
  searchUsers(query: string, signal: AbortSignal): Promise<LookupChoice[]>;
  /** Uploads a file; resolves with its id and name. */
  uploadFile(file: File): Promise<LookupChoice>;
}

/** Editor services on a CRM client. The user list is fetched once and filtered locally. */
export function editorServices(client: CrmClient): EditorServices {
  let users: Promise<LookupChoice[]> | null = null;
  return {
    async searchRecords(module, query, signal) {
      const answer = await client.searchRecords(module, query, { signal });
      // No match may come back as nothing at all (docs/zoho-sdk.md).
      return arr(obj(answer)?.data).flatMap((r) => {
        const id = str(obj(r)?.id);
        return id ? [{ id, name: readRecordName({ data: [r] }) ?? id }] : [];
      });
    },
    async searchUsers(query, signal) {
      users ??= client.getUsers({ signal }).then(
        (answer) =>
          arr(obj(answer)?.users).flatMap((u) => {
            const o = obj(u);
            const id = str(o?.id);
            return o && id ? [{ id, name: str(o.full_name) ?? str(o.email) ?? id, email: str(o.email) ?? '' }] : [];
          }),
        (e: unknown) => {
          users = null;
          throw e;
        },
      );
      const q = query.trim().toLowerCase();
      return (await users).filter((u) => u.name.toLowerCase().includes(q) || ('email' in u && String(u.email).toLowerCase().includes(q))).map(({ id, name }) => ({ id, name }));
    },
    async uploadFile(file) {
      const answer = await client.uploadFile(file);
      const details = obj(obj(arr(obj(answer)?.data)[0])?.details);
      const id = str(details?.id);
      if (!id) throw new CrmFailure({ kind: 'unexpected', call: 'uploadFile', message: 'The CRM did not return an id for the uploaded file.' });
      return { id, name: str(details?.name) ?? file.name };
    },
  };
}
