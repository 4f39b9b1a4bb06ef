/**
 * A record's stage history: which stages it has really been in, and when it reached each. Deals keep it in the
 * `Stage_History` related list (docs/zoho-sdk.md); other modules have none, and then nothing is claimed.
 */
import { formatUserDate, zoneOffsetMinutes, type UserFormats } from './date-format.ts';
import { arr, obj, str } from './read-json.ts';

/** One entry into a stage: the stage's name as the history gives it, and when (ISO 8601), if it says. */
export interface StageVisit {
  stage: string;
  at: string | null;
}

/**
 * What is known of the record's past. `unknown`: no history (the module keeps none, the call failed or
 * answered nothing usable); `known`: the visits, oldest first.
 */
export type StageHistory = { kind: 'unknown' } | { kind: 'known'; visits: StageVisit[] };

export const NO_HISTORY: StageHistory = { kind: 'unknown' };

/** The modules whose blueprint field has a stage history the widget can read: module → [related list, field]. */
export const STAGE_HISTORY_LISTS: Record<string, { relatedList: string; field: string }> = {
  Deals: { relatedList: 'Stage_History', field: 'Stage' },
};

/** Where each row of the history may say when the stage was set, most specific first. */
const TIME_KEYS = ['Last_Modified_Time', 'Modified_Time'];

/**
 * Decodes a getRelatedRecords answer for `Stage_History` (`{data: [row…]}`, or an empty body for an empty
 * list). A row is `{Stage, Last_Modified_Time | Modified_Time, …}`; `Stage` may come as a string or as
 * `{name}`. A row without a recognisable stage is skipped; no usable row at all means no
 * history known. Never throws.
 */
export function decodeStageHistory(answer: unknown): StageHistory {
  const visits: { visit: StageVisit; ms: number; index: number }[] = [];
  arr(obj(answer)?.data).forEach((raw, index) => {
    const row = obj(raw);
    if (!row) return;
    const stage = str(row.Stage) ?? str(obj(row.Stage)?.name);
    if (!stage || stage === '-None-') return;
    const at = TIME_KEYS.map((k) => str(row[k])).find((v): v is string => v !== null && !Number.isNaN(Date.parse(v))) ?? null;
    visits.push({ visit: { stage, at }, ms: at ? Date.parse(at) : Number.NEGATIVE_INFINITY, index });
  });
  if (visits.length === 0) return NO_HISTORY;
  // Zoho lists the newest first; sort by time so the order of the answer does not matter (undated rows first, in the
  // answer's reverse order, as they are most likely the oldest).
  visits.sort((a, b) => a.ms - b.ms || b.index - a.index);
  return { kind: 'known', visits: visits.map((v) => v.visit) };
}

/** The latest time the history says the record entered a stage (matched by any of its names), or undefined if never. */
export function lastEntry(history: StageHistory, names: string[]): { at: string | null } | undefined {
  if (history.kind !== 'known') return undefined;
  for (let i = history.visits.length - 1; i >= 0; i--) {
    const v = history.visits[i]!;
    if (names.includes(v.stage)) return { at: v.at };
  }
  return undefined;
}

/** An instant's calendar day in the user's time zone and date format, e.g. `11/12/2026`. */
export function formatUserDay(iso: string, f: UserFormats): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = new Date(ms + zoneOffsetMinutes(ms, f.timeZone) * 60_000);
  return formatUserDate(local.toISOString(), f);
}

/** Whole days from an instant to now (0 on the same day or for a time in the future). */
export function daysSince(iso: string, now: number): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : Math.max(0, Math.floor((now - ms) / 86_400_000));
}
