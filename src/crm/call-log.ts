import { CrmFailure } from './crm-error.ts';

/**
 * One CRM call as the page keeps it, in memory only: what was sent and answered stays here as it was, and only
 * its shapes ever leave (`shapedCalls` in value-shape.ts, loaded with the report, so the first screen does not
 * carry the shaping).
 */
export interface CallRecord {
  /** The wire's method (the SDK call it makes: crm-wire.ts). */
  method: string;
  /** When it started, in ms since the page opened. */
  start: number;
  /** How long it took, null while it runs. */
  ms: number | null;
  /** `pending`, `ok`, `timeout`, the CRM's error code, another failure's kind, or `error` (an abort, an exception). */
  outcome: string;
  args: unknown[];
  /** The answer, once there is one. */
  answer?: unknown;
}

/** How many calls a log keeps: the last ones, oldest first. */
export const CALLS_KEPT = 50;

/** What a failed call's outcome says: the CRM's code or the kind of failure (`timeout`...), never its message. */
function outcomeOf(reason: unknown): string {
  return reason instanceof CrmFailure ? ((reason.error as { code?: string }).code ?? reason.error.kind) : 'error';
}

/**
 * The calls this page made to the CRM, the last CALLS_KEPT, oldest first: one log per page, filled by the wire
 * that connectToZoho makes (so the shapes are those of the CRM's raw answers, before decoding), read by the
 * diagnostics report. It holds the last answers themselves, in memory, as the page does anyway.
 */
export const pageCallLog: CallRecord[] = [];

/**
 * `wire` with every call logged into `log` (the last CALLS_KEPT), behaving otherwise exactly like it;
 * `onCall` sees each call's promise.
 */
export function logCalls<W extends object>(
  wire: W,
  log: CallRecord[],
  onCall?: (method: string, answer: Promise<unknown>) => void,
): W {
  return new Proxy(wire, {
    get(target, method: string) {
      const real: unknown = Reflect.get(target, method);
      if (typeof real !== 'function') return real;
      return (...args: unknown[]) => {
        const start = Math.round(performance.now());
        const entry: CallRecord = { method, start, ms: null, outcome: 'pending', args };
        if (log.push(entry) > CALLS_KEPT) log.shift();
        const settle = (outcome: string) => {
          entry.ms = Math.round(performance.now()) - start;
          entry.outcome = outcome;
        };
        const answer = (real as (...a: unknown[]) => Promise<unknown>).apply(target, args).then(
          (value) => {
            settle('ok');
            if (value !== undefined) entry.answer = value;
            return value;
          },
          (reason: unknown) => {
            settle(outcomeOf(reason));
            throw reason;
          },
        );
        onCall?.(method, answer);
        return answer;
      };
    },
  });
}
