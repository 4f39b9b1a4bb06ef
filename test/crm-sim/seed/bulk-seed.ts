/**
 * 40 Deals and 40 Leads for bulk mode (issue 11), generated deterministically (no randomness: the same ids,
 * names, stages and faults on every load), across stages, with one record per fault:
 * locked, no permission, stale (moved by someone else just before its update arrives), in no blueprint.
 */
import type { RecordSeed } from './crm-data.ts';

const FIRST = ['Amara', 'Bruno', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Achebe', 'Berg', 'Costa', 'Duarte'];
const COMPANIES = ['Alpine Gear', 'Borealis Labs', 'Cobalt Freight', 'Delta Bakery', 'Ember Studio'];

/** Ids of the bulk records: `48768760000008<module digit><nn>`, 19 digits like the CRM's. */
const bulkId = (module: 'Leads' | 'Deals', i: number): string =>
  `48768760000008${module === 'Leads' ? '1' : '2'}${String(i + 1).padStart(4, '0')}`;

/** The faulty records' positions (0-based) in each module's 40. */
export const BULK_FAULTS = { locked: 3, noPermission: 7, stale: 11, noBlueprint: 15 } as const;

/** Every bulk Deal id, in order. */
export const BULK_DEAL_IDS = Array.from({ length: 40 }, (_, i) => bulkId('Deals', i));
/** Every bulk Lead id, in order. */
export const BULK_LEAD_IDS = Array.from({ length: 40 }, (_, i) => bulkId('Leads', i));

const DEAL_STAGES = ['Qualification', 'Proposal/Price Quote', 'Negotiation/Review'];
const LEAD_STAGES = ['Not Contacted', 'Contacted', 'Attempted to Contact'];

/** Flags for position i: the four faults at fixed positions. */
function faults(i: number): RecordSeed['flags'] {
  if (i === BULK_FAULTS.locked) return { locked: true };
  if (i === BULK_FAULTS.noPermission) return { noPermission: true };
  if (i === BULK_FAULTS.noBlueprint) return { noBlueprint: 'error' };
  return {};
}

const owner = { name: 'Marcus Reyes', id: '4876876000000082001', email: 'marcus.reyes@zylker.example' };

/**
 * 40 Deals: 36 in Qualification, Proposal/Price Quote and Negotiation/Review by turns (so "Close lost" applies
 * to all but the faults), the last 4 in Needs Analysis. Loss Reason is "Price" on two, empty on the rest.
 */
export const BULK_DEALS: RecordSeed[] = BULK_DEAL_IDS.map((id, i) => {
  const company = COMPANIES[i % COMPANIES.length]!;
  return {
    values: {
      id,
      Deal_Name: `${company} — Order ${String(i + 1).padStart(2, '0')}`,
      Account_Name: null,
      Contact_Name: null,
      Amount: 5000 + i * 750,
      Stage: i < 36 ? DEAL_STAGES[i % 3]! : 'Needs Analysis',
      Closing_Date: '2026-12-18',
      Owner: owner,
      Probability: 40,
      Type: 'New Business',
      Deal_Number: `D-B${String(i + 1).padStart(3, '0')}`,
      Loss_Reason: i === 20 || i === 21 ? 'Price' : null,
    },
    flags: { ...faults(i), ...(i === BULK_FAULTS.stale ? { staleTo: 'Closed Won' } : {}) },
    daysInState: 1 + (i % 4),
  };
});

/**
 * 40 Leads in Not Contacted, Contacted and Attempted to Contact by turns; Contacted ones have an Annual Revenue
 * only every other time, so "Qualify" is blocked by its criteria on some.
 */
export const BULK_LEADS: RecordSeed[] = BULK_LEAD_IDS.map((id, i) => {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const company = COMPANIES[i % COMPANIES.length]!;
  return {
    values: {
      id,
      First_Name: first,
      Last_Name: last,
      Full_Name: `${first} ${last}`,
      Company: company,
      Lead_Status: LEAD_STAGES[i % 3]!,
      Email: `${first.toLowerCase()}.${last.toLowerCase()}@${company.split(' ')[0]!.toLowerCase()}.example`,
      Phone: '+1 555 0199',
      Owner: owner,
      Annual_Revenue: i % 2 === 0 ? 120000 + i * 1000 : null,
      Lead_Source: 'Trade Show',
      Lead_Number: `L-B${String(i + 1).padStart(3, '0')}`,
    },
    flags: { ...faults(i), ...(i === BULK_FAULTS.stale ? { staleTo: 'Junk Lead' } : {}) },
    daysInState: 1,
  };
});
