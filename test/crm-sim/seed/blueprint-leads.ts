/** The Leads module's fields and its blueprint "Lead nurturing process" on Lead_Status. */
import { required, transition, type ProcessDef } from '../crm/blueprint-model.ts';
import { attachments, checklist, field, message, notes, pick, widget, type FieldMeta } from '../crm/zoho-fields.ts';

const STATUS_ID = '4876876000000000575';

/** Lead_Status with its picklist deliberately out of sequence order, as Zoho may send it. */
const LEAD_STATUS = field(STATUS_ID, 'Lead_Status', 'Lead Status', 'picklist', {
  custom_field: false,
  column_name: 'STATUS',
  pick_list_values: [
    pick(STATUS_ID, 'Contacted', 5, '#2E9E6B'),
    pick(STATUS_ID, 'Not Contacted', 2, '#8A94A6'),
    pick(STATUS_ID, 'Junk Lead', 9, '#5B5B5B'),
    pick(STATUS_ID, 'Attempted to Contact', 3, '#F2A93B'),
    pick(STATUS_ID, '-None-', 1),
    pick(STATUS_ID, 'Qualified', 7, '#1F7A4D'),
    pick(STATUS_ID, 'Contact in Future', 4, '#4C8DF6'),
    pick(STATUS_ID, 'Not Qualified', 8, '#E55D5D'),
    pick(STATUS_ID, 'Pre-Qualified', 6, '#37B5A6'),
  ],
}) as ProcessDef['field'];

const id = (n: number): string => `48768760000003${String(n).padStart(5, '0')}`;

/** Every Leads field the simulator knows, keyed by api_name. */
export const LEAD_FIELDS = {
  First_Name: field(id(10001), 'First_Name', 'First Name', 'text', { custom_field: false, length: 40 }),
  Last_Name: field(id(10002), 'Last_Name', 'Last Name', 'text', {
    custom_field: false,
    system_mandatory: true,
    length: 80,
  }),
  Company: field(id(10003), 'Company', 'Company', 'text', { custom_field: false, system_mandatory: true, length: 200 }),
  Email: field(id(10004), 'Email', 'Email', 'email', { custom_field: false }),
  Phone: field(id(10005), 'Phone', 'Phone', 'phone', { custom_field: false }),
  Owner: field(id(10006), 'Owner', 'Lead Owner', 'ownerlookup', { custom_field: false, column_name: 'SMOWNERID' }),
  Annual_Revenue: field(id(10007), 'Annual_Revenue', 'Annual Revenue', 'currency', {
    custom_field: false,
    currency: { precision: 2, rounding_option: 'normal' },
    decimal_place: 2,
  }),
  Lead_Source: field(id(10008), 'Lead_Source', 'Lead Source', 'picklist', {
    custom_field: false,
    values: ['-None-', 'Advertisement', 'Cold Call', 'Web Form', 'Trade Show', 'Partner'],
  }),
  Lead_Status: LEAD_STATUS,
  Contact_Method: field(id(10010), 'Contact_Method', 'Contact Method', 'picklist', {
    values: ['-None-', 'Phone call', 'Email', 'Meeting', 'LinkedIn message'],
  }),
  First_Contact_Date: field(id(10011), 'First_Contact_Date', 'First Contact Date', 'date'),
  Contact_Summary: field(id(10012), 'Contact_Summary', 'Contact Summary', 'text', {
    length: 120,
    tip: 'One line the next rep reads first.',
  }),
  Next_Steps: field(id(10013), 'Next_Steps', 'Next Steps', 'textarea'),
  Junk_Reason: field(id(10014), 'Junk_Reason', 'Junk Reason', 'picklist', {
    values: ['-None-', 'Spam', 'Duplicate', 'Invalid contact details', 'Competitor'],
  }),
  Call_Time: field(id(10015), 'Call_Time', 'Call Time', 'datetime', {
    tip: 'When you actually reached them, in your time zone.',
  }),
  Follow_Up_Date: field(id(10016), 'Follow_Up_Date', 'Follow-up Date', 'date', {
    tip: 'The lead is escalated if nobody calls by then.',
  }),
  No_of_Employees: field(id(10017), 'No_of_Employees', 'No. of Employees', 'integer', { custom_field: false }),
  Budget: field(id(10018), 'Budget', 'Budget', 'currency', {
    currency: { precision: 2, rounding_option: 'normal' },
    decimal_place: 2,
  }),
  Win_Probability: field(id(10019), 'Win_Probability', 'Win Probability', 'percent'),
  Decision_Maker: field(id(10020), 'Decision_Maker', 'Talking to the decision maker', 'boolean'),
  Account: field(id(10021), 'Account', 'Account', 'lookup', {
    json_type: 'jsonobject',
    lookup: { module: { api_name: 'Accounts', id: '4876876000000000061' }, display_label: 'Account' },
  }),
  Products_of_Interest: field(id(10022), 'Products_of_Interest', 'Products of Interest', 'multiselectpicklist', {
    values: ['CRM Plus', 'Analytics', 'Desk', 'SalesIQ', 'Campaigns'],
  }),
  Disqualify_Reason: field(id(10023), 'Disqualify_Reason', 'Disqualify Reason', 'picklist', {
    values: ['-None-', 'No budget', 'No need', 'Chose a competitor', 'Bad timing'],
  }),
  Website: field(id(10024), 'Website', 'Website', 'website', { custom_field: false }),
  Buying_Committee: field(id(10025), 'Buying_Committee', 'Buying Committee', 'multiselectlookup', {
    multiselectlookup: {
      display_label: 'Contacts',
      linking_module: 'Leads_X_Contacts',
      lookup_apiname: 'Lead_Link',
      connected_module: 'Contacts',
      api_name: 'Leads_X_Contacts',
      connectedlookup_apiname: 'Buying_Committee',
      id: id(20025),
    },
  }),
  Lead_Team: field(id(10026), 'Lead_Team', 'Lead Team', 'multiuserlookup', {
    multiuserlookup: {
      display_label: 'Users',
      linking_module: 'Leads_X_Users',
      lookup_apiname: 'userlookup221_5',
      connected_module: null,
      api_name: 'Users5',
      connectedlookup_apiname: 'Lead_Team',
      id: id(20026),
    },
  }),
  Sales_Engineer: field(id(10027), 'Sales_Engineer', 'Sales Engineer', 'userlookup'),
  Signed_NDA: field(id(10028), 'Signed_NDA', 'Signed NDA', 'fileupload'),
  Lead_Score: field(id(10029), 'Lead_Score', 'Lead Score', 'formula', {
    read_only: true,
    field_read_only: true,
    formula: { return_type: 'double', expression: 'Budget / 1000' },
  }),
  Lead_Number: field(id(10030), 'Lead_Number', 'Lead Number', 'autonumber', {
    read_only: true,
    field_read_only: true,
    auto_number: { prefix: 'L-', start_number: 1000 },
  }),
  Fit_Score: field(id(10031), 'Fit_Score', 'Fit Score', 'double', { decimal_place: 1, tip: 'From 0 to 10.' }),
};

const F = LEAD_FIELDS;

/** Ids of the Lead transitions, named for tests and for the report of what the simulator offers. */
export const LEAD_TRANSITIONS = {
  establishContact: '4876876000000342606',
  noAnswer: '4876876000000342609',
  markJunk: '4876876000000342612',
  reached: '4876876000000342615',
  scheduleFollowUp: '4876876000000342618',
  followUpDue: '4876876000000342621',
  qualify: '4876876000000342624',
  disqualify: '4876876000000342627',
  confirmQualification: '4876876000000342630',
  notAFit: '4876876000000342633',
  reopen: '4876876000000342636',
  /** Done by the Finance team only: the CRM never offers it to the simulator's user (docs/wire-protocol.md). */
  sendContract: '4876876000000342639',
};

/** Ids of the partner blueprint's transitions (LEAD_PARTNER_PROCESS). */
export const PARTNER_TRANSITIONS = {
  contactPartner: '4876876000000362606',
  approvePartner: '4876876000000362609',
  dropPartner: '4876876000000362612',
};

/** The Leads layouts the simulator's blueprints run on. */
export const LEAD_LAYOUTS = {
  standard: { name: 'Standard', id: '4876876000000091055' },
  partner: { name: 'Partner', id: '4876876000000091077' },
};

const T = LEAD_TRANSITIONS;

/** The Leads blueprint: 3-way branch out of Not Contacted, an escalated state, an automatic follow-up, criteria. */
export const LEAD_PROCESS: ProcessDef = {
  id: '4876876000000342585',
  name: 'Lead nurturing process',
  module: 'Leads',
  field: LEAD_STATUS,
  // A string, as Zoho's SDKs type the key. Leads keep no stage history: the widget says only the period.
  escalations: [{ state: 'Attempted to Contact', period: '2 days' }],
  layout: LEAD_LAYOUTS.standard,
  states: [
    'Not Contacted',
    'Attempted to Contact',
    'Contact in Future',
    'Contacted',
    'Pre-Qualified',
    'Qualified',
    'Not Qualified',
    'Junk Lead',
  ],
  exits: ['Not Qualified', 'Junk Lead'],
  transitions: [
    transition({
      id: T.establishContact,
      name: 'Establish contact',
      from: ['Not Contacted'],
      to: 'Contacted',
      color_code: '#2E9E6B',
      fields: [required(F.Contact_Method), required(F.First_Contact_Date), F.Contact_Summary, F.Next_Steps],
    }),
    transition({
      id: T.noAnswer,
      name: 'No answer',
      from: ['Not Contacted'],
      to: 'Attempted to Contact',
      widget: { name: 'Dialer', id: '4876876000003439878' },
      fields: [message('Log the call attempt in the dialer below, then save.'), widget()],
    }),
    transition({
      id: T.markJunk,
      name: 'Mark as junk',
      from: ['Not Contacted'],
      to: 'Junk Lead',
      color_code: '#E55D5D',
      fields: [required(F.Junk_Reason), notes(false)],
    }),
    transition({
      id: T.reached,
      name: 'Reached',
      from: ['Attempted to Contact', 'Contact in Future'],
      to: 'Contacted',
      fields: [required(F.Call_Time), F.Phone, F.Email, F.Contact_Summary],
    }),
    transition({
      id: T.scheduleFollowUp,
      name: 'Schedule follow-up',
      from: ['Attempted to Contact'],
      to: 'Contact in Future',
      fields: [required(F.Follow_Up_Date), F.Owner],
    }),
    transition({
      id: T.followUpDue,
      name: 'Follow-up due',
      from: ['Contact in Future'],
      to: 'Attempted to Contact',
      type: 'automatic',
      executeAfterDays: 4,
      fields: [],
    }),
    transition({
      id: T.qualify,
      name: 'Qualify',
      from: ['Contacted'],
      to: 'Pre-Qualified',
      color_code: '#2E9E6B',
      criteria: { api_name: 'Annual_Revenue', message: 'Annual Revenue must be filled before qualifying' },
      fields: [
        required(F.No_of_Employees),
        required(F.Budget),
        F.Win_Probability,
        F.Decision_Maker,
        required(F.Account),
        F.Products_of_Interest,
        checklist(['Budget confirmed', 'Authority identified', 'Need understood', 'Timeline agreed'], true),
      ],
    }),
    transition({
      id: T.disqualify,
      name: 'Disqualify',
      from: ['Contacted'],
      to: 'Not Qualified',
      color_code: '#E55D5D',
      fields: [required(F.Disqualify_Reason), notes(true)],
    }),
    transition({
      id: T.confirmQualification,
      name: 'Confirm qualification',
      from: ['Pre-Qualified'],
      to: 'Qualified',
      fields: [
        message('Attach the signed NDA before handing the lead to the sales engineer.'),
        required(F.Sales_Engineer),
        F.Website,
        F.Buying_Committee,
        F.Lead_Team,
        F.Fit_Score,
        F.Signed_NDA,
        { ...F.Lead_Source, read_only: true, field_read_only: true },
        F.Lead_Score,
        F.Lead_Number,
        attachments(false),
      ],
    }),
    transition({
      id: T.notAFit,
      name: 'Not a fit',
      from: ['Pre-Qualified'],
      to: 'Not Qualified',
      fields: [required(F.Disqualify_Reason)],
    }),
    transition({
      id: T.sendContract,
      name: 'Send contract',
      from: ['Pre-Qualified'],
      to: 'Qualified',
      owners: ['Finance team'],
      fields: [],
    }),
    transition({
      id: T.reopen,
      name: 'Reopen',
      from: ['Not Qualified'],
      to: 'Not Contacted',
      fields: [notes(false)],
    }),
  ],
};

/**
 * A second blueprint on Leads, on the Partner layout and the same Lead_Status field, using only some of its values:
 * two blueprints on one module, each with its own states (issue 23).
 */
export const LEAD_PARTNER_PROCESS: ProcessDef = {
  id: '4876876000000362585',
  name: 'Partner lead process',
  module: 'Leads',
  field: LEAD_STATUS,
  layout: LEAD_LAYOUTS.partner,
  states: ['Not Contacted', 'Contacted', 'Qualified', 'Junk Lead'],
  exits: ['Junk Lead'],
  transitions: [
    transition({
      id: PARTNER_TRANSITIONS.contactPartner,
      name: 'Contact partner',
      from: ['Not Contacted'],
      to: 'Contacted',
      fields: [F.Contact_Summary],
    }),
    transition({
      id: PARTNER_TRANSITIONS.approvePartner,
      name: 'Approve partner',
      from: ['Contacted'],
      to: 'Qualified',
      fields: [],
    }),
    transition({
      id: PARTNER_TRANSITIONS.dropPartner,
      name: 'Drop partner',
      from: ['Not Contacted', 'Contacted'],
      to: 'Junk Lead',
      fields: [notes(false)],
    }),
  ],
};

/** The fields META.getFields lists for Leads (the transitions' own special items are not fields). */
export const LEAD_FIELD_LIST: FieldMeta[] = Object.values(LEAD_FIELDS);
