import type { LookupChoice } from '../fields/contract.ts';
import type { CrmClient, UserChoice } from './crm-client.ts';

/** What editors may ask of the CRM: searching records and users, uploading files. Each call can be aborted. */
export interface EditorServices {
  /** Records of a module matching what the rep typed. */
  searchRecords(module: string, query: string, signal: AbortSignal): Promise<LookupChoice[]>;
  /** Active users matching what the rep typed (by name or email). */
  searchUsers(query: string, signal: AbortSignal): Promise<LookupChoice[]>;
  /** Uploads a file; resolves with its id and name. Aborting stops waiting (the upload itself cannot be recalled). */
  uploadFile(file: File, signal: AbortSignal): Promise<LookupChoice>;
}

const made = new WeakMap<CrmClient, EditorServices>();

/** The one set of editor services of a CRM client (so forms opened one after another share the user list). */
export function editorServicesOf(client: CrmClient): EditorServices {
  let services = made.get(client);
  if (!services) made.set(client, (services = editorServices(client)));
  return services;
}

/** Editor services on a CRM client. The user list is fetched once (never aborted, as later searches share it) and filtered locally. */
export function editorServices(client: CrmClient): EditorServices {
  let users: Promise<UserChoice[]> | null = null;
  return {
    searchRecords: (module, query, signal) => client.searchRecords(module, query, { signal }),
    async searchUsers(query, signal) {
      users ??= client.getUsers().catch((e: unknown) => {
        users = null;
        throw e;
      });
      const all = await users;
      signal.throwIfAborted();
      const q = query.trim().toLowerCase();
      return all
        .filter((u) => u.name.toLowerCase().includes(q) || u.email.toLowerCase().includes(q))
        .map(({ id, name }) => ({ id, name }));
    },
    async uploadFile(file, signal) {
      const uploaded = await client.uploadFile(file, { signal });
      return { id: uploaded.id, name: uploaded.name ?? file.name };
    },
  };
}
