/**
 * Time in the current stage: the limit that applies to it (the admin's expected days, else the escalation period
 * Zoho gives for the state) and, where the stage history says when the record entered the stage, how far into it
 * the record is. Pure; read after the first screen, with the transition form's code (src/ui/stage-time.tsx).
 */
import { obj, num, str } from './read-json.ts';

/** A length of time in whole days or hours. */
export interface Period {
  amount: number;
  unit: 'days' | 'hours';
}

const HOUR_MS = 3_600_000;
const UNIT_MS = { days: 24 * HOUR_MS, hours: HOUR_MS };

/** A period of a whole count above zero, or null. */
function whole(amount: number, unit: Period['unit']): Period | null {
  return Number.isInteger(amount) && amount > 0 ? { amount, unit } : null;
}

/** A count in a unit named in words (`days`, `Day`, `hrs`, `h`, `minutes`, `weeks`), or null for a unit not counted here. */
function inUnit(amount: number | null, unit: string): Period | null {
  const u = unit.trim().toLowerCase();
  if (amount === null || amount <= 0) return null;
  if (/^(d|days?)$/.test(u)) return whole(amount, 'days');
  if (/^(h|hrs?|hours?)$/.test(u)) return whole(amount, 'hours');
  // Minutes only in whole hours: "90 minutes" has no honest wording in days or hours.
  if (/^(mins?|minutes?)$/.test(u)) return whole(amount / 60, 'hours');
  if (/^(w|weeks?)$/.test(u)) return whole(amount * 7, 'days');
  return null;
}

/** An ISO 8601 duration of days, weeks or hours (`P2D`, `P1W`, `PT36H`, `P1DT12H`), or null. */
function isoDuration(s: string): Period | null {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/i.exec(s);
  if (!m || !(m[1] || m[2] || m[3])) return null;
  const days = Number(m[1] ?? 0) * 7 + Number(m[2] ?? 0);
  const hours = Number(m[3] ?? 0);
  return hours === 0 ? whole(days, 'days') : whole(days * 24 + hours, 'hours');
}

/**
 * The escalation period of `process_info.escalation`, read tolerantly (docs/assumptions.md, "The escalation
 * period"): a number or a numeric string is days; a string with a number and a unit ("2 days", "5 hours", "2d")
 * or an ISO 8601 duration ("P2D"); an object with `days` or `hours`, or with `value` and `period` as Zoho's v8
 * blueprint-states API words a state's escalation. Business days and hours, and any other shape, give null: the
 * widget then says nothing about the period.
 */
export function readEscalationPeriod(raw: unknown): Period | null {
  if (typeof raw === 'number') return inUnit(raw, 'days');
  const s = str(raw)?.trim();
  if (s) {
    if (/^\d+$/.test(s)) return inUnit(Number(s), 'days');
    const m = /^(\d+)\s*([a-z]+)$/i.exec(s);
    return m ? inUnit(Number(m[1]), m[2]!) : isoDuration(s);
  }
  const o = obj(raw);
  if (!o) return null;
  if (o.days !== undefined) return inUnit(num(o.days), 'days');
  if (o.hours !== undefined) return inUnit(num(o.hours), 'hours');
  const period = str(o.period) ?? str(o.unit);
  return period ? inUnit(num(o.value), period) : null;
}

/** Where a stage's limit comes from: the admin's expected days, or Zoho's escalation period for the state. */
export type LimitSource = 'expected' | 'escalation';

/**
 * What the widget can say about the time in the current stage:
 * - `none`: nothing (no limit and no entry date; or only the admin's expected days, which say nothing without a date);
 * - `escalates`: only Zoho's escalation period is known ("Escalates after 2 days in this stage");
 * - `since`: only the entry date ("5 days in this stage");
 * - `left`: inside the limit ("7 days in this stage · 3 days left");
 * - `over`: past it ("12 days in this stage · 2 over its 10").
 */
export type StageTime =
  | { kind: 'none' }
  | { kind: 'escalates'; limit: Period }
  | { kind: 'since'; elapsed: Period }
  | { kind: 'left'; elapsed: Period; left: number; limit: Period; source: LimitSource }
  | { kind: 'over'; elapsed: Period; over: number; limit: Period; source: LimitSource };

/**
 * The time line for the current stage. `expectedDays` (the admin's, already checked) wins over the escalation
 * period; `enteredAt` is when the stage history says the record entered its current stage. Whole units only,
 * counted down: 10 days and 20 hours in a stage is 10 days, still inside a limit of 10.
 */
export function stageTime(input: {
  expectedDays: number | null;
  escalation: unknown;
  enteredAt: string | null;
  now: number;
}): StageTime {
  const limit: Period | null = input.expectedDays
    ? { amount: input.expectedDays, unit: 'days' }
    : readEscalationPeriod(input.escalation);
  const source: LimitSource = input.expectedDays ? 'expected' : 'escalation';
  const entered = input.enteredAt === null ? NaN : Date.parse(input.enteredAt);
  if (Number.isNaN(entered)) {
    return limit && source === 'escalation' ? { kind: 'escalates', limit } : { kind: 'none' };
  }
  const unit = limit?.unit ?? 'days';
  const elapsed: Period = { amount: Math.max(0, Math.floor((input.now - entered) / UNIT_MS[unit])), unit };
  if (!limit) return { kind: 'since', elapsed };
  return elapsed.amount > limit.amount
    ? { kind: 'over', elapsed, over: elapsed.amount - limit.amount, limit, source }
    : { kind: 'left', elapsed, left: limit.amount - elapsed.amount, limit, source };
}
