import { arr, obj, str } from '../../blueprint/read-json.ts';
import { NO_HISTORY, type StageHistory, type StageVisit } from '../../blueprint/stage-history.ts';

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
    const at =
      TIME_KEYS.map((k) => str(row[k])).find((v): v is string => v !== null && !Number.isNaN(Date.parse(v))) ?? null;
    visits.push({ visit: { stage, at }, ms: at ? Date.parse(at) : Number.NEGATIVE_INFINITY, index });
  });
  if (visits.length === 0) return NO_HISTORY;
  // Zoho lists the newest first; sort by time so the order of the answer does not matter (undated rows first, in the
  // answer's reverse order, as they are most likely the oldest).
  visits.sort((a, b) => a.ms - b.ms || b.index - a.index);
  return { kind: 'known', visits: visits.map((v) => v.visit) };
}
