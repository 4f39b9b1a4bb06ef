/**
 * A record's stage history: which stages it has really been in, and when it reached each. Deals keep it in the
 * `Stage_History` related list (docs/zoho-sdk.md); for other modules the widget has no history it may read without
 * another first-screen call (docs/zoho-sdk.md, "Stage history beyond Deals"), and then nothing is claimed.
 */
import { formatUserDate, zoneOffsetMinutes, type UserFormats } from './date-format.ts';

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
