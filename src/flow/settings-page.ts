/**
 * The settings page's script: the first load (modules and stored settings at once), one module's fields when
 * the admin opens it, and a save that checks, writes, then reads back what the CRM stored. Every call stops
 * being waited for once its signal aborts (the page left, or a newer load started).
 */
import type { BlueprintReader } from '../crm/blueprint-reader.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import type { ReadBlueprint } from '../settings/process-definition.ts';
import { failureOf, type CrmError } from '../crm/crm-error.ts';
import { isKeyFieldType } from '../fields/key-field.ts';
import type { Message } from '../i18n/message.ts';
import { picklistFields, type ModuleInfo, type PicklistField } from '../settings/crm-metadata.ts';
import type { SettingsDoc, SettingsRead } from '../settings/settings-schema.ts';
import { readWithKeyFields } from '../settings/key-fields.ts';
import { prepareWrite } from '../settings/settings-write.ts';

/** Who is looking at the settings page: an administrator may edit; anyone else, or someone unknown, may only look. */
export type SettingsAccess = 'admin' | 'not-admin' | 'unknown';

/** What the settings page's first load came to. */
export type SettingsPageLoad =
  /** `locale`: the user's CRM locale, when the CRM said who they are: the page's texts follow it. */
  | { kind: 'ready'; modules: ModuleInfo[]; read: SettingsRead; access: SettingsAccess; locale?: string }
  | { kind: 'failed'; error: CrmError };

/**
 * Loads the org's modules and the stored settings in one round trip. A failed settings read fails the page:
 * saving without knowing what is stored could overwrite an admin's work with defaults.
 */
export async function loadSettingsPage(client: CrmClient, signal: AbortSignal): Promise<SettingsPageLoad> {
  const opts = { signal };
  const [modules, stored, user] = await Promise.allSettled([
    client.getModules(opts),
    client.getSettings(opts),
    client.getCurrentUser(opts),
  ]);
  signal.throwIfAborted();
  if (modules.status === 'rejected') return { kind: 'failed', error: failureOf(modules.reason, 'getModules') };
  if (stored.status === 'rejected') return { kind: 'failed', error: failureOf(stored.reason, 'getOrgVariable') };
  const access: SettingsAccess =
    user.status === 'rejected' ? 'unknown' : user.value.isAdministrator ? 'admin' : 'not-admin';
  const ready = { kind: 'ready' as const, modules: modules.value, read: readWithKeyFields(stored.value), access };
  return user.status === 'fulfilled' ? { ...ready, locale: user.value.formats.locale } : ready;
}

/** A field an admin may choose as a stage's key field (issue 25). */
export interface KeyFieldChoice {
  apiName: string;
  label: string;
}

/** What loading one module's fields came to. */
export type FieldsLoad =
  | {
      kind: 'ready';
      picklists: PicklistField[];
      /** Every field of the module, by API name (a key field the list lacks is named as unknown). */
      names: string[];
      /** The fields of a type a rep can edit as a key field, in the CRM's order. */
      keyFieldChoices: KeyFieldChoice[];
    }
  | { kind: 'failed'; error: CrmError };

/** A module's picklist fields, the candidates for its process field, and the fields that may be key fields. */
export async function loadModuleFields(client: CrmClient, module: string, signal: AbortSignal): Promise<FieldsLoad> {
  try {
    const fields = await client.getFields(module, { signal });
    return {
      kind: 'ready',
      picklists: picklistFields(fields),
      names: fields.map((f) => f.apiName),
      keyFieldChoices: fields
        .filter((f) => f.item && isKeyFieldType(f.dataType))
        .map(({ apiName, label }) => ({ apiName, label })),
    };
  } catch (reason) {
    signal.throwIfAborted();
    return { kind: 'failed', error: failureOf(reason, 'getFields') };
  }
}

/** What a save came to. */
export type SaveResult =
  /** Not written: the document breaks a saving rule (`broken`, in words) or the schema (`problems`, technical detail in English). */
  | { kind: 'invalid'; broken: Message[]; problems: string[] }
  /** Not written: the CRM refused or failed. */
  | { kind: 'failed'; error: CrmError }
  /** Written and read back; `matches` is false when the CRM holds something else than what was sent. */
  | { kind: 'saved'; read: SettingsRead; matches: boolean }
  /** Written, but reading it back failed, so the page cannot show that it took. */
  | { kind: 'unverified'; error: CrmError };

/**
 * Checks the document, writes it to the CRM variable, then reads the variable back to show what is stored.
 * An abort stops the waiting (rejecting with the signal's reason), not a write the CRM already received.
 */
export async function saveSettings(client: CrmClient, doc: SettingsDoc, signal: AbortSignal): Promise<SaveResult> {
  const prepared = prepareWrite(doc);
  if (!prepared.ok) return { kind: 'invalid', broken: prepared.broken, problems: prepared.problems };
  try {
    await client.writeSettings(prepared.text, { signal });
  } catch (reason) {
    signal.throwIfAborted();
    return { kind: 'failed', error: failureOf(reason, 'invokeAPI') };
  }
  let read: SettingsRead;
  try {
    read = readWithKeyFields(await client.getSettings({ signal }));
  } catch (reason) {
    signal.throwIfAborted();
    return { kind: 'unverified', error: failureOf(reason, 'getOrgVariable') };
  }
  return { kind: 'saved', read, matches: read.source.kind === 'stored' && JSON.stringify(read.doc) === prepared.text };
}

/** What reading the org's blueprints through the connection came to. */
export type BlueprintsRead =
  /** `unreadable`: blueprints of the list whose definition could not be read, by name (the others are in `read`). */
  { kind: 'read'; read: ReadBlueprint[]; unreadable: string[] } | { kind: 'failed'; error: CrmError };

/**
 * Reads every blueprint's definition through the connection: the list, then each blueprint, two at a time (the
 * CRM limits concurrent calls per org). Active blueprints come first, so they are the ones kept when the variable
 * cannot hold every definition. A list that fails fails the whole; a blueprint that fails is named.
 */
export async function readBlueprints(reader: BlueprintReader, signal: AbortSignal): Promise<BlueprintsRead> {
  let list;
  try {
    list = await reader.listBlueprints({ signal });
  } catch (reason) {
    signal.throwIfAborted();
    return { kind: 'failed', error: failureOf(reason, 'CONNECTION.invoke') };
  }
  const ordered = [...list].sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active'));
  const read: (ReadBlueprint | null)[] = new Array<ReadBlueprint | null>(ordered.length).fill(null);
  const unreadable: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ordered.length) {
      const i = next++;
      const summary = ordered[i]!;
      try {
        read[i] = await reader.readBlueprint(summary.id, { signal });
      } catch {
        signal.throwIfAborted();
        unreadable.push(summary.name);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return { kind: 'read', read: read.filter((b): b is ReadBlueprint => b !== null), unreadable };
}
