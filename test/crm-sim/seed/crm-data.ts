/**
 * The simulated org's fixtures: users, org info, modules and records in many blueprint situations. Ids are
 * realistic 19-digit Zoho ids, as strings (they do not fit a JavaScript number).
 */

/** What makes a record special for the simulator; none of it is visible to the widget except by behaviour. */
export interface RecordFlags {
  /** updateBluePrint answers RECORD_LOCKED. */
  locked?: boolean;
  /** updateBluePrint answers NO_PERMISSION. */
  noPermission?: boolean;
  /** A transition sent with required items missing is saved partially instead of refused. */
  partialSave?: boolean;
  /** The record is in no blueprint: getBluePrint answers RECORD_NOT_IN_PROCESS ('error') or nothing ('empty'). */
  noBlueprint?: 'error' | 'empty';
  /** Someone else moves the record to this state just before its next update arrives (a stale transition). */
  staleTo?: string;
  /** The record's process is continuous: getBluePrint says `is_continuous` / `continuous` true. */
  continuous?: boolean;
}

/** A record as the fixtures describe it. */
export interface RecordSeed {
  values: Record<string, unknown> & { id: string };
  flags?: RecordFlags;
  /** How long the record has sat in its current blueprint state. */
  daysInState?: number;
  /** Steps of a parallel group already done in the current state (transition ids). */
  parallelDone?: string[];
}

const user = (id: string, first: string, last: string, email: string, extra: Record<string, unknown> = {}) => ({
  id,
  first_name: first,
  last_name: last,
  full_name: `${first} ${last}`,
  email,
  status: 'active',
  role: { name: 'Sales Rep', id: '4876876000000026005' },
  profile: { name: 'Standard', id: '4876876000000026014' },
  locale: 'en_US',
  country_locale: 'en_US',
  language: 'en_US',
  time_zone: 'America/New_York',
  date_format: 'MM/dd/yyyy',
  time_format: 'hh:mm a',
  zuid: `7${id.slice(-8)}`,
  confirm: true,
  ...extra,
});

/** The org's users; the first one is the signed-in user. */
export const USERS = [
  user('4876876000000081001', 'Olivia', 'Bennett', 'olivia.bennett@zylker.example', {
    role: { name: 'CEO', id: '4876876000000026002' },
    profile: { name: 'Administrator', id: '4876876000000026011' },
  }),
  user('4876876000000082001', 'Marcus', 'Reyes', 'marcus.reyes@zylker.example'),
  user('4876876000000083001', 'Priya', 'Natarajan', 'priya.natarajan@zylker.example', {
    locale: 'en_GB',
    country_locale: 'en_GB',
    time_zone: 'Europe/London',
    date_format: 'dd/MM/yyyy',
    time_format: 'HH:mm',
  }),
  user('4876876000000084001', 'Tomás', 'Álvarez', 'tomas.alvarez@zylker.example', {
    locale: 'es_ES',
    country_locale: 'es_ES',
    time_zone: 'Europe/Madrid',
    date_format: 'dd/MM/yyyy',
    time_format: 'HH:mm',
  }),
  user('4876876000000085001', 'Hannah', 'Okafor', 'hannah.okafor@zylker.example'),
];

/** CONFIG.getOrgInfo's org. */
export const ORG = {
  id: '4876876000000000001',
  company_name: 'Zylker Outdoor Supply',
  alias: 'Zylker',
  primary_email: 'olivia.bennett@zylker.example',
  currency_symbol: '$',
  iso_code: 'USD',
  currency_locale: 'en_US',
  currency: 'US Dollar - USD',
  time_zone: 'America/New_York',
  country_code: 'US',
  country: 'United States',
  domain_name: 'org800000001',
  zgid: '800000001',
  mc_status: false,
  type: 'production',
  license_details: { paid: true, paid_type: 'enterprise', users_license_purchased: 10 },
};

/**
 * The org variable the extension defines for its settings (`<namespace>__<name>`, README's "The settings page").
 * The simulator names it itself rather than importing the widget's code: it plays the CRM, which knows the variable
 * by the name the extension registered. test/unit/crm-sim/seed/crm-data.test.ts checks both names agree.
 */
export const SETTINGS_VARIABLE = 'bpstepper__settings';

/** META.getModules' modules. */
export const MODULES = [
  {
    api_name: 'Leads',
    module_name: 'Leads',
    plural_label: 'Leads',
    singular_label: 'Lead',
    id: '4876876000000000125',
    api_supported: true,
    sequence_number: 2,
  },
  {
    api_name: 'Contacts',
    module_name: 'Contacts',
    plural_label: 'Contacts',
    singular_label: 'Contact',
    id: '4876876000000000063',
    api_supported: true,
    sequence_number: 3,
  },
  {
    api_name: 'Accounts',
    module_name: 'Accounts',
    plural_label: 'Accounts',
    singular_label: 'Account',
    id: '4876876000000000061',
    api_supported: true,
    sequence_number: 4,
  },
  {
    api_name: 'Deals',
    module_name: 'Potentials',
    plural_label: 'Deals',
    singular_label: 'Deal',
    id: '4876876000000000127',
    api_supported: true,
    sequence_number: 5,
  },
].map((m) => ({
  ...m,
  creatable: true,
  editable: true,
  deletable: true,
  viewable: true,
  visible: true,
  generated_type: 'default',
}));

const owner = (i: number) => {
  const u = USERS[i]!;
  return { name: u.full_name, id: u.id, email: u.email };
};

/** Accounts, the target of Leads' Account and Deals' Account_Name lookups. */
export const ACCOUNTS: RecordSeed[] = [
  ['4876876000000630001', 'Northwind Traders', 'Retail'],
  ['4876876000000630002', 'Contoso Pharmaceuticals', 'Healthcare'],
  ['4876876000000630003', 'Fabrikam Robotics', 'Manufacturing'],
  ['4876876000000630004', 'Tailspin Toys', 'Retail'],
].map(([id, name, industry]) => ({ values: { id: id!, Account_Name: name, Industry: industry, Owner: owner(0) } }));

const account = (i: number) => ({ name: ACCOUNTS[i]!.values.Account_Name as string, id: ACCOUNTS[i]!.values.id });

/** Contacts, the target of Contact_Name and the multi-select lookups. */
export const CONTACTS: RecordSeed[] = [
  ['4876876000000740001', 'Grace', 'Holloway', 'grace.holloway@northwind.example', 0, 'Head of Operations'],
  ['4876876000000740002', 'Victor', 'Lindgren', 'victor.lindgren@northwind.example', 0, 'CFO'],
  ['4876876000000740003', 'Aisha', 'Rahman', 'aisha.rahman@contoso.example', 1, 'IT Director'],
  ['4876876000000740004', 'Peter', 'Kowalski', 'peter.kowalski@fabrikam.example', 2, 'VP Engineering'],
  ['4876876000000740005', 'Lena', 'Hoffmann', 'lena.hoffmann@tailspin.example', 3, 'Procurement Lead'],
].map(([id, first, last, email, acc, title]) => ({
  values: {
    id: id as string,
    First_Name: first,
    Last_Name: last,
    Full_Name: `${first} ${last}`,
    Email: email,
    Title: title,
    Account_Name: account(acc as number),
    Owner: owner(1),
  },
}));

/** The Leads layout of the partner blueprint (seed/blueprint-leads.ts, LEAD_LAYOUTS.partner). */
const PARTNER_LAYOUT = { name: 'Partner', id: '4876876000000091077' };

const lead = (
  id: string,
  first: string,
  last: string,
  company: string,
  status: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  First_Name: first,
  Last_Name: last,
  Full_Name: `${first} ${last}`,
  Company: company,
  Lead_Status: status,
  Email: `${first.toLowerCase()}.${last.toLowerCase()}@${company.split(' ')[0]!.toLowerCase()}.example`,
  Phone: '+1 555 0100',
  Owner: owner(0),
  Annual_Revenue: null,
  Lead_Source: 'Web Form',
  Lead_Number: `L-${id.slice(-4)}`,
  ...extra,
});

/** Record ids the tests and the README name. */
export const IDS = {
  firstLead: '4876876000000410001',
  criteriaFailLead: '4876876000000410002',
  escalatedLead: '4876876000000410003',
  automaticLead: '4876876000000410004',
  noBlueprintErrorLead: '4876876000000410005',
  noBlueprintEmptyLead: '4876876000000410006',
  lockedLead: '4876876000000410007',
  qualifiableLead: '4876876000000410008',
  preQualifiedLead: '4876876000000410009',
  noPermissionLead: '4876876000000410010',
  /** Leads on the Partner layout, in the partner blueprint (seed/blueprint-leads.ts, LEAD_PARTNER_PROCESS). */
  partnerLead: '4876876000000410011',
  /** On the Partner layout, in a state that blueprint does not have. */
  partnerOutsideLead: '4876876000000410012',
  qualificationDeal: '4876876000000520001',
  needsAnalysisDeal: '4876876000000520002',
  partialSaveDeal: '4876876000000520003',
  escalatedDeal: '4876876000000520004',
  wonDeal: '4876876000000520005',
  lockedDeal: '4876876000000520006',
  noBlueprintDeal: '4876876000000520007',
  continuousDeal: '4876876000000520010',
  parallelDeal: '4876876000000520011',
  securityReviewDeal: '4876876000000520030',
};

/** The Lead in the first state of its blueprint, the record the simulator opens by default. */
export const FIRST_LEAD_ID = IDS.firstLead;

/** Leads in every situation the widget must handle. */
export const LEADS: RecordSeed[] = [
  {
    values: lead(IDS.firstLead, 'Maya', 'Lindqvist', 'Lindqvist Design Studio', 'Not Contacted', {
      Annual_Revenue: 850000,
    }),
    daysInState: 1,
  },
  {
    values: lead(IDS.criteriaFailLead, 'Daniel', 'Osei', 'Osei Logistics', 'Contacted', { Owner: owner(1) }),
    daysInState: 1,
  },
  { values: lead(IDS.escalatedLead, 'Sofia', 'Marchetti', 'Marchetti Foods', 'Attempted to Contact'), daysInState: 5 },
  {
    values: lead(IDS.automaticLead, 'Kenji', 'Watanabe', 'Watanabe Precision', 'Contact in Future', {
      Follow_Up_Date: '2026-12-01',
    }),
    daysInState: 1,
  },
  {
    values: lead(IDS.noBlueprintErrorLead, 'Laura', 'Fischer', 'Fischer & Sons', '-None-'),
    flags: { noBlueprint: 'error' },
  },
  {
    values: lead(IDS.noBlueprintEmptyLead, 'Ahmed', 'Karim', 'Karim Imports', '-None-', { Lead_Source: 'Cold Call' }),
    flags: { noBlueprint: 'empty' },
  },
  { values: lead(IDS.lockedLead, 'Chloé', 'Dubois', 'Dubois Architecture', 'Not Contacted'), flags: { locked: true } },
  {
    values: lead(IDS.qualifiableLead, 'Ravi', 'Shah', 'Shah Analytics', 'Contacted', {
      Annual_Revenue: 2400000,
      Owner: owner(2),
    }),
    daysInState: 1,
  },
  {
    values: lead(IDS.preQualifiedLead, 'Emma', 'Novak', 'Novak Health', 'Pre-Qualified', {
      Annual_Revenue: 5100000,
      Budget: 48000,
      No_of_Employees: 320,
      Account: account(1),
      Lead_Score: 48,
      Website: 'https://novak-health.example',
    }),
    daysInState: 1,
  },
  {
    values: lead(IDS.noPermissionLead, 'Lucas', 'Silva', 'Silva Energy', 'Contacted', {
      Annual_Revenue: 990000,
      Owner: owner(3),
    }),
    flags: { noPermission: true },
  },
  {
    values: lead(IDS.partnerLead, 'Aiko', 'Tanaka', 'Tanaka Partners', 'Contacted', { Layout: PARTNER_LAYOUT }),
    daysInState: 2,
  },
  {
    values: lead(IDS.partnerOutsideLead, 'Omar', 'Haddad', 'Haddad Resellers', 'Contact in Future', {
      Layout: PARTNER_LAYOUT,
    }),
    daysInState: 1,
  },
];

const deal = (
  id: string,
  name: string,
  acc: number,
  stage: string,
  amount: number | null,
  extra: Record<string, unknown> = {},
) => ({
  id,
  Deal_Name: name,
  Account_Name: account(acc),
  Contact_Name: null,
  Amount: amount,
  Stage: stage,
  Closing_Date: '2026-12-18',
  Owner: owner(1),
  Probability: 20,
  Type: 'New Business',
  Deal_Number: `D-${id.slice(-4)}`,
  ...extra,
});

/** Deals along the pipeline, one of them accepting partial saves. */
export const DEALS: RecordSeed[] = [
  {
    values: deal(IDS.qualificationDeal, 'Northwind — CRM rollout', 0, 'Qualification', 42000, {
      Next_Step: 'Book the discovery call',
    }),
    daysInState: 2,
  },
  {
    values: deal(IDS.needsAnalysisDeal, 'Contoso — Analytics add-on', 1, 'Needs Analysis', null, { Probability: 35 }),
    daysInState: 3,
  },
  {
    values: deal(IDS.partialSaveDeal, 'Fabrikam — 200 seats', 2, 'Id. Decision Makers', 96000, {
      Probability: 60,
      Contact_Name: { name: 'Peter Kowalski', id: '4876876000000740004' },
    }),
    flags: { partialSave: true },
    daysInState: 2,
  },
  {
    values: deal(IDS.escalatedDeal, 'Tailspin — Renewal', 3, 'Negotiation/Review', 18500, {
      Probability: 80,
      Type: 'Existing Business',
    }),
    daysInState: 9,
  },
  {
    values: deal(IDS.wonDeal, 'Northwind — Support plan', 0, 'Closed Won', 7200, { Probability: 100 }),
    daysInState: 20,
  },
  {
    values: deal(IDS.lockedDeal, 'Contoso — Pilot', 1, 'Value Proposition', 12000, { Owner: owner(4) }),
    flags: { locked: true },
  },
  {
    values: deal(IDS.securityReviewDeal, 'Tailspin — Data platform', 3, 'Value Proposition', 54000, {
      Probability: 45,
    }),
    daysInState: 4,
  },
  {
    values: deal(IDS.noBlueprintDeal, 'Fabrikam — Legacy import', 2, 'Qualification', 3000),
    flags: { noBlueprint: 'error' },
  },
  /** In a continuous process: each completed transition opens the next where only one manual one follows. */
  {
    values: deal(IDS.continuousDeal, 'Tailspin — Fleet tracking', 3, 'Qualification', 27000),
    flags: { continuous: true },
    daysInState: 1,
  },
  /** In Value Proposition, where a parallel group waits: its security review is done, its pricing sign-off not. */
  {
    values: deal(IDS.parallelDeal, 'Northwind — Data residency', 0, 'Value Proposition', 64000),
    parallelDone: ['4876876000000352630'],
    daysInState: 4,
  },
];
