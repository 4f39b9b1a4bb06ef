import type { CrmClient } from './crm-client.ts';
import { CrmFailure } from './crm-error.ts';
import { shapeOf, type Shape } from './value-shape.ts';

/** One CRM call as diagnostics show it: no values, only shapes (value-shape.ts). */
export interface CallEntry {
  /** The CrmClient method. */
  method: string;
  /** When it started, in ms since the page opened. */
  start: number;
  /** How long it took, null while it runs. */
  ms: number | null;
  /** `pending`, `ok`, `timeout`, `aborted`, the CRM's error code, or the failure's kind. */
  outcome: string;
  args: Shape[];
  /** The answer's shape, once there is one. */
  answer?: Shape;
}

/** The last `limit` calls, oldest first. */
export class CallLog {
  readonly entries: CallEntry[] = [];
  constructor(private readonly limit = 50) {}

  /** Logs a call that starts now; the entry is updated in place when it settles. */
  begin(method: string, args: unknown[]): CallEntry {
    const entry: CallEntry = { method, start: Math.round(performance.now()), ms: null, outcome: 'pending', args: args.map((a) => shapeOf(a)) };
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
    return entry;
  }
}

/** What a failed call's outcome says: the CRM's code, or the kind of failure, never its message. */
function outcomeOf(reason: unknown): string {
  if (!(reason instanceof CrmFailure)) return reason instanceof DOMException && reason.name === 'AbortError' ? 'aborted' : 'error';
  const e = reason.error;
  return e.kind === 'api' ? e.code : e.kind;
}

/** Every CrmClient method, so a new one cannot be left out of the log (the type checks the list). */
const METHODS = {
  getBlueprint: 0, updateBlueprint: 0, getFields: 0, getRecord: 0, getCurrentUser: 0, getOrgInfo: 0, searchRecords: 0,
  getUsers: 0, uploadFile: 0, getModules: 0, getOrgVariable: 0, setOrgVariable: 0, resize: 0, closePopup: 0,
} satisfies Record<keyof CrmClient, 0>;

/**
 * A CrmClient that logs every call of `client` into `log` and otherwise behaves exactly like it; `onCall`
 * sees each call's promise (the diagnostics learn from getCurrentUser whether the user is an admin).
 */
export function logCalls(client: CrmClient, log: CallLog, onCall?: (method: keyof CrmClient, answer: Promise<unknown>) => void): CrmClient {
  const wrapped: Record<string, unknown> = {};
  for (const method of Object.keys(METHODS) as (keyof CrmClient)[]) {
    wrapped[method] = (...args: unknown[]) => {
      const entry = log.begin(method, args);
      const settle = (outcome: string) => {
        entry.ms = Math.round(performance.now()) - entry.start;
        entry.outcome = outcome;
      };
      const answer = (client[method] as (...a: unknown[]) => Promise<unknown>).apply(client, args).then(
        (value) => {
          settle('ok');
          if (value !== undefined) entry.answer = shapeOf(value);
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
  }
  return wrapped as unknown as CrmClient;
}
