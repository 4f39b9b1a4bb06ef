/**
 * Deals' `Stage_History` related list (getRelatedRecords with `RelatedList: "Stage_History"`), and the Deal
 * records whose history is worth a look: one that skipped stages, one that went back. Rows come newest first,
 * as the CRM lists them: `{id, Stage, Amount, Probability, Expected_Revenue, Closing_Date, Duration_Days,
 * Last_Modified_Time, Modified_By}` (the shape the widget reads; docs/assumptions.md says what is confirmed).
 * Leads keep no stage history. A transition the simulator performs adds its row.
 */
import type { PicklistValue } from '../crm/zoho-fields.ts';
import type { RecordSeed } from './crm-data.ts';

export const DAY_MS = 86_400_000;

/** Record ids of the history deals (the others are in crm-data.ts's IDS). */
export const HISTORY_IDS = {
  skippedDeal: '4876876000000520008',
  wentBackDeal: '4876876000000520009',
};

const marcus = { name: 'Marcus Reyes', id: '4876876000000082001', email: 'marcus.reyes@zylker.example' };

/** Two more deals: one that skipped stages, one that went back. */
export const HISTORY_DEALS: RecordSeed[] = [
  {
    values: {
      id: HISTORY_IDS.skippedDeal,
      Deal_Name: 'Tailspin — Kiosk pilot',
      Account_Name: { name: 'Tailspin Toys', id: '4876876000000630004' },
      Contact_Name: null,
      Amount: 23000,
      Stage: 'Proposal/Price Quote',
      Closing_Date: '2026-12-30',
      Owner: marcus,
      Probability: 75,
      Type: 'New Business',
      Deal_Number: 'D-0008',
    },
    daysInState: 12,
  },
  {
    values: {
      id: HISTORY_IDS.wentBackDeal,
      Deal_Name: 'Fabrikam — Field service',
      Account_Name: { name: 'Fabrikam Robotics', id: '4876876000000630003' },
      Contact_Name: null,
      Amount: 51000,
      Stage: 'Needs Analysis',
      Closing_Date: '2027-01-15',
      Owner: marcus,
      Probability: 20,
      Type: 'New Business',
      Deal_Number: 'D-0009',
    },
    daysInState: 4,
  },
];

/** Per deal, the stages it went through, oldest first, as days before now. Deals not listed have no history (an empty list). */
export const HISTORY_PAST: Record<string, [stage: string, daysAgo: number][]> = {
  '4876876000000520001': [['Qualification', 2]],
  '4876876000000520002': [
    ['Qualification', 10],
    ['Needs Analysis', 3],
  ],
  '4876876000000520003': [
    ['Qualification', 30],
    ['Needs Analysis', 22],
    ['Value Proposition', 12],
    ['Id. Decision Makers', 2],
  ],
  '4876876000000520004': [
    ['Qualification', 60],
    ['Needs Analysis', 48],
    ['Value Proposition', 40],
    ['Id. Decision Makers', 33],
    ['Proposal/Price Quote', 24],
    ['Negotiation/Review', 9],
  ],
  // Won after skipping Value Proposition and Id. Decision Makers.
  '4876876000000520005': [
    ['Qualification', 62],
    ['Needs Analysis', 50],
    ['Proposal/Price Quote', 36],
    ['Negotiation/Review', 28],
    ['Closed Won', 20],
  ],
  // Skipped Value Proposition and Id. Decision Makers.
  [HISTORY_IDS.skippedDeal]: [
    ['Qualification', 31],
    ['Needs Analysis', 20],
    ['Proposal/Price Quote', 12],
  ],
  // Went as far as Id. Decision Makers, then back to Needs Analysis.
  [HISTORY_IDS.wentBackDeal]: [
    ['Qualification', 40],
    ['Needs Analysis', 33],
    ['Value Proposition', 25],
    ['Id. Decision Makers', 18],
    ['Needs Analysis', 4],
  ],
};

/** What the CRM's Stage-Probability mapping says of each Deals stage (Setup → Modules → Deals → Stage-Probability Mapping). */
export const FORECAST: Record<string, { probability: number; forecast_type: string; forecast_category: string }> = {
  Qualification: { probability: 10, forecast_type: 'Open', forecast_category: 'Pipeline' },
  'Needs Analysis': { probability: 20, forecast_type: 'Open', forecast_category: 'Pipeline' },
  'Value Proposition': { probability: 40, forecast_type: 'Open', forecast_category: 'Pipeline' },
  'Id. Decision Makers': { probability: 60, forecast_type: 'Open', forecast_category: 'Pipeline' },
  'Proposal/Price Quote': { probability: 75, forecast_type: 'Open', forecast_category: 'Committed' },
  'Negotiation/Review': { probability: 90, forecast_type: 'Open', forecast_category: 'Committed' },
  'Closed Won': { probability: 100, forecast_type: 'Closed Won', forecast_category: 'Closed' },
  'Closed Lost': { probability: 0, forecast_type: 'Closed Lost', forecast_category: 'Omitted' },
};

/** Deals' Stage picklist values with their probability, forecast type and forecast category, as getFields lists them. */
export function withForecast(values: PicklistValue[]): PicklistValue[] {
  return values.map((v) => {
    const f = FORECAST[v.actual_value];
    return f
      ? {
          ...v,
          probability: f.probability,
          forecast_type: f.forecast_type,
          forecast_category: { name: f.forecast_category, id: `${v.id}9` },
        }
      : v;
  });
}
