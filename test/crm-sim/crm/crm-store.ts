/**
 * The in-memory CRM: records, users, org variables and uploaded files, for the lifetime of the host page.
 * Answers come back in the shapes the SDK resolves with (docs/zoho-sdk.md).
 */
import { DEAL_FIELD_LIST, DEAL_PROCESS } from '../seed/blueprint-deals.ts';
import { LEAD_FIELD_LIST, LEAD_PARTNER_PROCESS, LEAD_PROCESS } from '../seed/blueprint-leads.ts';
import type { ProcessDef } from './blueprint-model.ts';
import {
  ACCOUNTS,
  CONTACTS,
  DEALS,
  LEADS,
  MODULES,
  ORG,
  USERS,
  type RecordFlags,
  type RecordSeed,
} from '../seed/crm-data.ts';
import { ACCOUNT_FIELD_LIST, CONTACT_FIELD_LIST } from '../seed/other-fields.ts';
import { bigFieldList } from '../seed/big-field-list.ts';
import { BULK_DEALS, BULK_LEADS } from '../seed/bulk-seed.ts';
import { HISTORY_DEALS } from '../seed/stage-history.ts';
import type { FieldMeta } from './zoho-fields.ts';

/** One record and the simulator's bookkeeping about it. */
export interface SimRecord {
  module: string;
  values: Record<string, unknown> & { id: string };
  flags: RecordFlags;
  /** When the record entered its current blueprint state (drives escalation). */
  stateSince: Date;
  /** Per transition id, the required items a partial save already stored (percent_partial_save derives from it). */
  partial: Record<string, string[]>;
  /** Steps of a parallel group done in the current state (transition ids); cleared when the record moves. */
  parallelDone: string[];
}

/** The field that names a record of each module, for lists, lookups and search. */
const NAME_FIELDS: Record<string, string> = {
  Leads: 'Full_Name',
  Contacts: 'Full_Name',
  Accounts: 'Account_Name',
  Deals: 'Deal_Name',
};

const DAY_MS = 86_400_000;

/** The simulated CRM. `now` is injectable so tests control escalation and automatic transition times. */
export class CrmStore {
  readonly users = USERS;
  readonly org = ORG;
  readonly modules = MODULES;
  readonly processes: Record<string, ProcessDef> = { Leads: LEAD_PROCESS, Deals: DEAL_PROCESS };
  /** Every blueprint of the org: a module's main one, and others on its other layouts (seed/blueprint-leads.ts). */
  readonly blueprints: ProcessDef[] = [LEAD_PROCESS, LEAD_PARTNER_PROCESS, DEAL_PROCESS];
  /** Whether the admin created the blueprint connection (docs/wire-protocol.md, CONNECTION.invoke); `?connection=none`. */
  connection = true;
  private readonly records = new Map<string, Map<string, SimRecord>>();
  private readonly variables = new Map<string, string>();
  private readonly files = new Map<string, string>();
  private fileCounter = 0;
  /** getFields answers this many fields per module, like a real org (seed/big-field-list.ts); 0: the seed's own. */
  bigFields = 0;

  constructor(readonly now: () => Date = () => new Date()) {
    const seeds: Record<string, RecordSeed[]> = {
      Leads: [...LEADS, ...BULK_LEADS],
      Deals: [...DEALS, ...HISTORY_DEALS, ...BULK_DEALS],
      Accounts: ACCOUNTS,
      Contacts: CONTACTS,
    };
    for (const [module, list] of Object.entries(seeds)) {
      const byId = new Map<string, SimRecord>();
      for (const seed of list) {
        const stateSince = new Date(this.now().getTime() - (seed.daysInState ?? 0) * DAY_MS);
        byId.set(seed.values.id, {
          module,
          values: structuredClone(seed.values),
          flags: { ...seed.flags },
          stateSince,
          partial: {},
          parallelDone: [...(seed.parallelDone ?? [])],
        });
      }
      this.records.set(module, byId);
    }
  }

  /** The blueprint a record runs in: its module's blueprint for the record's layout, else the module's main one. */
  processFor(r: SimRecord): ProcessDef | undefined {
    const layout = (r.values.Layout as { id?: string } | undefined)?.id;
    return this.blueprints.find((p) => p.module === r.module && p.layout.id === layout) ?? this.processes[r.module];
  }

  /** The record, or undefined when the module or id is unknown. */
  record(module: string, id: string): SimRecord | undefined {
    return this.records.get(module)?.get(id);
  }

  /** All records of a module, in fixture order. */
  list(module: string): SimRecord[] {
    return [...(this.records.get(module)?.values() ?? [])];
  }

  /** The display name of a record (what a lookup shows). */
  nameOf(record: SimRecord): string {
    return String(record.values[NAME_FIELDS[record.module] ?? 'id'] ?? record.values.id);
  }

  /** META.getFields: the module's fields, the process field with its full picklist among them. */
  fields(module: string): FieldMeta[] | undefined {
    const own = {
      Leads: LEAD_FIELD_LIST,
      Deals: DEAL_FIELD_LIST,
      Accounts: ACCOUNT_FIELD_LIST,
      Contacts: CONTACT_FIELD_LIST,
    }[module];
    return own && this.bigFields > own.length ? bigFieldList(own, this.bigFields) : own;
  }

  /** API.getRecord: `{ data: [record] }`, or undefined for an unknown record. */
  getRecord(module: string, id: string): { data: Record<string, unknown>[] } | undefined {
    const record = this.record(module, id);
    return (
      record && { data: [{ ...structuredClone(record.values), $editable: true, $approved: true, $in_merge: false }] }
    );
  }

  /** API.searchRecord by word: records whose name, company or email contains the word; undefined when none match. */
  search(
    module: string,
    word: string,
    page = 1,
    perPage = 200,
  ): { data: Record<string, unknown>[]; info: Record<string, unknown> } | undefined {
    const needle = word.trim().toLowerCase();
    const hits = this.list(module).filter((r) =>
      ['Full_Name', 'Account_Name', 'Deal_Name', 'Company', 'Email'].some((k) =>
        String(r.values[k] ?? '')
          .toLowerCase()
          .includes(needle),
      ),
    );
    if (!needle || hits.length === 0) return undefined;
    const slice = hits.slice((page - 1) * perPage, page * perPage);
    return {
      data: slice.map((r) => structuredClone(r.values)),
      info: { per_page: perPage, count: slice.length, page, more_records: hits.length > page * perPage },
    };
  }

  /** API.getAllUsers: `{ users, info }`. */
  allUsers(page = 1, perPage = 200): { users: typeof USERS; info: Record<string, unknown> } {
    const slice = this.users.slice((page - 1) * perPage, page * perPage);
    return {
      users: structuredClone(slice),
      info: { per_page: perPage, count: slice.length, page, more_records: this.users.length > page * perPage },
    };
  }

  /** The user with this id, if any. */
  user(id: string): (typeof USERS)[number] | undefined {
    return this.users.find((u) => u.id === id);
  }

  /** Stores an uploaded file's name and gives it an id, as the Files API does. */
  upload(name: string): string {
    const id = `${Date.now().toString(16)}${(this.fileCounter++).toString(16).padStart(4, '0')}cafe`;
    this.files.set(id, name);
    return id;
  }

  /** Whether a file id came from `upload`. */
  hasFile(id: string): boolean {
    return this.files.has(id);
  }

  /** An org variable's stored string, if set. */
  getVariable(name: string): string | undefined {
    return this.variables.get(name);
  }

  /** Sets an org variable (CONNECTOR.invokeAPI("crm.set")). */
  setVariable(name: string, value: string): void {
    this.variables.set(name, value);
  }
}
