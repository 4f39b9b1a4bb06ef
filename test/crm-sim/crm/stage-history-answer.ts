/**
 * The CRM's answer to API.getRelatedRecords for Deals' `Stage_History`: the seeded past of a deal (seed/stage-
 * history.ts), then every stage the simulated CRM has moved it to since.
 */
import type { CrmStore, SimRecord } from './crm-store.ts';
import { DAY_MS, FORECAST, HISTORY_PAST } from '../seed/stage-history.ts';

const logs = new WeakMap<SimRecord, { stage: string; at: Date }[]>();

/** The record's stage log, seeded on first use; a stage the record entered since (a transition) is added. */
function logOf(store: CrmStore, record: SimRecord): { stage: string; at: Date }[] {
  let log = logs.get(record);
  if (!log) {
    log = (HISTORY_PAST[record.values.id] ?? []).map(([stage, daysAgo]) => ({
      stage,
      at: new Date(store.now().getTime() - daysAgo * DAY_MS),
    }));
    logs.set(record, log);
  }
  const stage = String(record.values.Stage ?? '');
  const last = log[log.length - 1];
  if (last && (last.stage !== stage || record.stateSince.getTime() > last.at.getTime() + 1000))
    log.push({ stage, at: record.stateSince });
  return log;
}

/** A time as the CRM writes it: ISO 8601 with an offset, no milliseconds. */
const crmTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, '+00:00');

/**
 * API.getRelatedRecords for `Stage_History`: `{data, info}` newest first, or undefined for an empty list (the
 * CRM answers an empty list with an empty body).
 */
export function stageHistoryAnswer(
  store: CrmStore,
  module: string,
  id: string,
): { data: Record<string, unknown>[]; info: Record<string, unknown> } | undefined {
  const record = store.record(module, id);
  if (!record || module !== 'Deals') return undefined;
  const log = logOf(store, record);
  if (log.length === 0) return undefined;
  const rows = log.map((entry, i) => {
    const next = log[i + 1];
    const f = FORECAST[entry.stage];
    const amount = typeof record.values.Amount === 'number' ? record.values.Amount : null;
    return {
      id: `${id.slice(0, 13)}9${String(i).padStart(5, '0')}`,
      Stage: entry.stage,
      Amount: amount,
      Probability: f?.probability ?? null,
      Expected_Revenue: amount !== null && f ? Math.round((amount * f.probability) / 100) : null,
      Closing_Date: record.values.Closing_Date ?? null,
      Duration_Days: next ? Math.round((next.at.getTime() - entry.at.getTime()) / DAY_MS) : null,
      Last_Modified_Time: crmTime(entry.at),
      Modified_By: { name: 'Marcus Reyes', id: '4876876000000082001' },
    };
  });
  return { data: rows.reverse(), info: { per_page: 200, count: rows.length, page: 1, more_records: false } };
}
