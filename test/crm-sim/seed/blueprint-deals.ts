/** The Deals module's fields and its blueprint "Sales pipeline" on Stage. */
import { required, transition, type ProcessDef } from '../crm/blueprint-model.ts';
import { attachments, checklist, field, message, notes, pick, widget, type FieldMeta } from '../crm/zoho-fields.ts';
import { withForecast } from './stage-history.ts';

const STAGE_ID = '4876876000000000595';

/** Stage with its picklist out of sequence order. */
const STAGE = field(STAGE_ID, 'Stage', 'Stage', 'picklist', {
  custom_field: false,
  system_mandatory: true,
  column_name: 'STAGE',
  pick_list_values: withForecast([
    pick(STAGE_ID, 'Negotiation/Review', 6, '#4C8DF6'),
    pick(STAGE_ID, 'Qualification', 1, '#8A94A6'),
    pick(STAGE_ID, 'Closed Lost', 8, '#E55D5D'),
    pick(STAGE_ID, 'Value Proposition', 3, '#37B5A6'),
    pick(STAGE_ID, 'Needs Analysis', 2, '#F2A93B'),
    pick(STAGE_ID, 'Closed Won', 7, '#1F7A4D'),
    pick(STAGE_ID, 'Proposal/Price Quote', 5, '#7B61FF'),
    pick(STAGE_ID, 'Id. Decision Makers', 4, '#B07CE8'),
  ]),
}) as ProcessDef['field'];

const id = (n: number): string => `48768760000004${String(n).padStart(5, '0')}`;

/** Every Deals field the simulator knows, keyed by api_name. */
export const DEAL_FIELDS = {
  Deal_Name: field(id(10001), 'Deal_Name', 'Deal Name', 'text', {
    custom_field: false,
    system_mandatory: true,
    length: 120,
  }),
  Account_Name: field(id(10002), 'Account_Name', 'Account Name', 'lookup', {
    custom_field: false,
    lookup: { module: { api_name: 'Accounts', id: '4876876000000000061' }, display_label: 'Account Name' },
  }),
  Contact_Name: field(id(10003), 'Contact_Name', 'Contact Name', 'lookup', {
    custom_field: false,
    lookup: { module: { api_name: 'Contacts', id: '4876876000000000063' }, display_label: 'Contact Name' },
  }),
  Amount: field(id(10004), 'Amount', 'Amount', 'currency', {
    custom_field: false,
    currency: { precision: 2, rounding_option: 'normal' },
    decimal_place: 2,
  }),
  Closing_Date: field(id(10005), 'Closing_Date', 'Closing Date', 'date', {
    custom_field: false,
    system_mandatory: true,
  }),
  Owner: field(id(10006), 'Owner', 'Deal Owner', 'ownerlookup', { custom_field: false, column_name: 'SMOWNERID' }),
  Probability: field(id(10007), 'Probability', 'Probability (%)', 'percent', { custom_field: false, length: 3 }),
  Stage: STAGE,
  Type: field(id(10009), 'Type', 'Type', 'picklist', {
    custom_field: false,
    values: ['-None-', 'New Business', 'Existing Business'],
  }),
  Pain_Points: field(id(10010), 'Pain_Points', 'Pain Points', 'textarea', { tip: "In the customer's words." }),
  Discovery_Date: field(id(10011), 'Discovery_Date', 'Discovery Call Date', 'date'),
  Seats: field(id(10012), 'Seats', 'Seats', 'integer'),
  Stakeholders: field(id(10013), 'Stakeholders', 'Stakeholders', 'multiselectlookup', {
    multiselectlookup: {
      display_label: 'Contacts',
      linking_module: 'Deals_X_Contacts',
      lookup_apiname: 'Deal_Link',
      connected_module: 'Contacts',
      api_name: 'Deals_X_Contacts',
      connectedlookup_apiname: 'Stakeholders',
      id: id(20013),
    },
  }),
  Deal_Team: field(id(10014), 'Deal_Team', 'Deal Team', 'multiuserlookup', {
    multiuserlookup: {
      display_label: 'Users',
      linking_module: 'Deals_X_Users',
      lookup_apiname: 'userlookup301_2',
      connected_module: null,
      api_name: 'Users2',
      connectedlookup_apiname: 'Deal_Team',
      id: id(20014),
    },
  }),
  Proposal_Sent_At: field(id(10015), 'Proposal_Sent_At', 'Proposal Sent At', 'datetime'),
  Discount: field(id(10016), 'Discount', 'Discount', 'percent', { tip: "Above 15% needs a manager's approval." }),
  Negotiation_Notes: field(id(10017), 'Negotiation_Notes', 'Negotiation Notes', 'textarea'),
  Needs_Legal_Review: field(id(10018), 'Needs_Legal_Review', 'Needs Legal Review', 'boolean'),
  Contract: field(id(10019), 'Contract', 'Signed Contract', 'fileupload'),
  Loss_Reason: field(id(10020), 'Loss_Reason', 'Loss Reason', 'picklist', {
    values: ['-None-', 'Price', 'Lost to competitor', 'No decision', 'Product fit'],
  }),
  Next_Step: field(id(10022), 'Next_Step', 'Next Step', 'text', { custom_field: false, length: 255 }),
  Deal_Number: field(id(10021), 'Deal_Number', 'Deal Number', 'autonumber', {
    read_only: true,
    field_read_only: true,
    auto_number: { prefix: 'D-', start_number: 500 },
  }),
};

const F = DEAL_FIELDS;

/** Ids of the Deal transitions. */
export const DEAL_TRANSITIONS = {
  discoveryDone: '4876876000000352606',
  presentValue: '4876876000000352609',
  mapStakeholders: '4876876000000352612',
  sendProposal: '4876876000000352615',
  negotiate: '4876876000000352618',
  revise: '4876876000000352621',
  closeWon: '4876876000000352624',
  closeLost: '4876876000000352627',
  /** The parallel group "Technical and commercial review" (its parent) and its two steps. */
  review: '4876876000000352629',
  securityReview: '4876876000000352630',
  pricingSignOff: '4876876000000352633',
  /** A transition whose mandatory nested widget only the CRM can show (issue 10 part 5). */
  securityQuestionnaire: '4876876000000352640',
};

const T = DEAL_TRANSITIONS;

const REVIEW = { id: T.review, name: 'Technical and commercial review' };

/**
 * The Deals blueprint: a straight pipeline with lost-exits, a 3-way branch in Negotiation/Review, and a parallel
 * group in Value Proposition (both its steps done move the deal on, as "Map stakeholders" alone does).
 */
export const DEAL_PROCESS: ProcessDef = {
  id: '4876876000000352585',
  name: 'Sales pipeline',
  module: 'Deals',
  field: STAGE,
  // Tailspin — Renewal is 9 days into Negotiation/Review, past its 7; Tailspin — Kiosk pilot 12 days into
  // Proposal/Price Quote, inside its 14.
  escalations: [
    { state: 'Negotiation/Review', period: { days: 7 } },
    { state: 'Proposal/Price Quote', period: 'P14D' },
  ],
  layout: { name: 'Standard', id: '4876876000000091023' },
  states: [
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Id. Decision Makers',
    'Proposal/Price Quote',
    'Negotiation/Review',
    'Closed Won',
    'Closed Lost',
  ],
  exits: ['Closed Won', 'Closed Lost'],
  transitions: [
    transition({
      id: T.discoveryDone,
      name: 'Discovery call done',
      from: ['Qualification'],
      to: 'Needs Analysis',
      fields: [
        message('Write the pain points down before you forget them.'),
        required(F.Pain_Points),
        required(F.Discovery_Date),
        F.Seats,
      ],
    }),
    transition({
      id: T.presentValue,
      name: 'Present value',
      from: ['Needs Analysis'],
      to: 'Value Proposition',
      fields: [required(F.Amount), required(F.Closing_Date), F.Probability],
    }),
    transition({
      id: T.mapStakeholders,
      name: 'Map stakeholders',
      from: ['Value Proposition'],
      to: 'Id. Decision Makers',
      fields: [required(F.Contact_Name), F.Stakeholders, F.Deal_Team],
    }),
    transition({
      id: T.securityReview,
      name: 'Security review',
      from: ['Value Proposition'],
      to: 'Id. Decision Makers',
      parent: REVIEW,
      fields: [message('Confirm the hosting region with the customer.'), notes(false)],
    }),
    transition({
      id: T.pricingSignOff,
      name: 'Pricing sign-off',
      from: ['Value Proposition'],
      to: 'Id. Decision Makers',
      parent: REVIEW,
      fields: [F.Discount],
    }),
    transition({
      // A mandatory nested widget: only the CRM's own screen can finish it (issue 10 part 5).
      id: T.securityQuestionnaire,
      name: 'Security questionnaire',
      from: ['Value Proposition'],
      to: 'Id. Decision Makers',
      widget: { name: 'Security questionnaire', id: '4876876000003439901' },
      fields: [message('The customer fills in the security questionnaire with you.'), F.Probability, widget()],
    }),
    transition({
      id: T.sendProposal,
      name: 'Send proposal',
      from: ['Id. Decision Makers'],
      to: 'Proposal/Price Quote',
      color_code: '#7B61FF',
      fields: [
        message('Attach the proposal PDF; you can save what you have and finish later.'),
        required(F.Amount),
        required(F.Proposal_Sent_At),
        F.Deal_Number,
        attachments(true),
        checklist(['Pricing approved', 'Legal terms attached'], true),
      ],
    }),
    transition({
      id: T.negotiate,
      name: 'Negotiate',
      from: ['Proposal/Price Quote'],
      to: 'Negotiation/Review',
      fields: [F.Discount, F.Negotiation_Notes, F.Needs_Legal_Review],
    }),
    transition({
      id: T.revise,
      name: 'Revise proposal',
      from: ['Negotiation/Review'],
      to: 'Proposal/Price Quote',
      fields: [notes(true)],
    }),
    transition({
      id: T.closeWon,
      name: 'Close won',
      from: ['Negotiation/Review'],
      to: 'Closed Won',
      color_code: '#1F7A4D',
      fields: [required(F.Closing_Date), required(F.Amount), F.Contract],
    }),
    transition({
      id: T.closeLost,
      name: 'Close lost',
      from: ['Qualification', 'Proposal/Price Quote', 'Negotiation/Review'],
      to: 'Closed Lost',
      color_code: '#E55D5D',
      fields: [required(F.Loss_Reason), notes(false)],
    }),
  ],
};

/** The fields META.getFields lists for Deals. */
export const DEAL_FIELD_LIST: FieldMeta[] = Object.values(DEAL_FIELDS);
