/**
 * Fields of the modules without a blueprint in the simulator, so the settings page meets both cases a real org
 * has: Accounts with picklists none of which is a known process field, Contacts with no picklist at all.
 */
import { field, type FieldMeta } from '../crm/zoho-fields.ts';

const id = (n: number): string => `48768760000006${String(n).padStart(5, '0')}`;

/** What META.getFields lists for Accounts. */
export const ACCOUNT_FIELD_LIST: FieldMeta[] = [
  field(id(10001), 'Account_Name', 'Account Name', 'text', {
    custom_field: false,
    system_mandatory: true,
    length: 200,
  }),
  field(id(10002), 'Industry', 'Industry', 'picklist', {
    custom_field: false,
    values: ['-None-', 'Retail', 'Healthcare', 'Manufacturing', 'Technology'],
  }),
  field(id(10003), 'Rating', 'Rating', 'picklist', {
    custom_field: false,
    values: ['-None-', 'Acquired', 'Active', 'Market Failed', 'Project Cancelled', 'Shut Down'],
  }),
  field(id(10004), 'Website', 'Website', 'website', { custom_field: false }),
];

/** What META.getFields lists for Contacts. */
export const CONTACT_FIELD_LIST: FieldMeta[] = [
  field(id(20001), 'First_Name', 'First Name', 'text', { custom_field: false, length: 40 }),
  field(id(20002), 'Last_Name', 'Last Name', 'text', { custom_field: false, system_mandatory: true, length: 80 }),
  field(id(20003), 'Email', 'Email', 'email', { custom_field: false }),
  field(id(20004), 'Title', 'Title', 'text', { custom_field: false, length: 100 }),
];
