/**
 * The simulator's knobs: latency per call and one injected failure (a CRM error code, a call that never
 * answers, or a bare SDK rejection) for a given call name, a given number of times.
 */
import type { Answer } from '../crm/crm-calls.ts';

/** The CRM error codes of docs/blueprint-api.md, with the CRM's own wording where Zoho documents it. */
export const ERROR_MESSAGES: Record<string, string> = {
  INVALID_DATA: 'invalid data',
  MANDATORY_NOT_FOUND: 'required field not found',
  RECORD_LOCKED: 'You cannot perform this operation as the record is locked.',
  RECORD_NOT_IN_PROCESS: 'Record not in process',
  RECORD_IN_BLUEPRINT: 'The record is in blueprint; the field can only be changed through a transition',
  NO_PERMISSION: 'Permission denied to update records',
  AUTHORIZATION_FAILED: 'User does not have sufficient privilege to read records',
  OAUTH_SCOPE_MISMATCH: 'Unauthorized',
  INVALID_MODULE: 'The module name given seems to be invalid',
  INVALID_URL_PATTERN: 'Please check if the URL trying to access is a correct one',
  INVALID_REQUEST_METHOD: 'The http request method type is not a valid one',
  LIMIT_REACHED: 'API call limit has been reached',
  INTERNAL_ERROR: 'Internal Server Error',
};

/** A call that is never answered, like a host that went away. */
export const TIMEOUT = 'TIMEOUT';
/** A rejection that carries no API error body, only a string. */
export const SDK_REJECT = 'SDK_REJECT';

/** Every failure the panel and the URL accept. */
export const FAILURE_CODES = [...Object.keys(ERROR_MESSAGES), TIMEOUT, SDK_REJECT];

/** One injected failure: `on` is a call name or "any"; `times` counts down (Infinity: always). */
export interface Failure {
  code: string;
  on: string;
  times: number;
}

/**
 * Late answers: a call named `on` (or any) is answered `ms` later than its latency; `times` counts down. It is
 * carried out on time, or, with `carriedOutLate`, only as it is answered (a read before then sees no change).
 */
export interface LateAnswers {
  on: string;
  ms: number;
  times: number;
  carriedOutLate?: boolean;
}

/** The knobs: latency and the injected failure, shared by the host bridge, the panel and the test hooks. */
export class SimKnobs {
  latencyMs = 250;
  failure: Failure | null = null;
  /** Calls the CRM carries out but answers late (past the widget's deadline, say). */
  late: LateAnswers | null = null;
  private readonly listeners = new Set<() => void>();

  /** Calls `fn` whenever a knob changes (the panel mirrors them). */
  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  /** Sets the latency per call in milliseconds. */
  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, Number.isFinite(ms) ? ms : 0);
    this.listeners.forEach((fn) => fn());
  }

  /** Sets or clears the injected failure. */
  setFailure(failure: Failure | null): void {
    this.failure = failure && failure.times > 0 ? { ...failure } : null;
    this.listeners.forEach((fn) => fn());
  }

  /** Sets or clears the late answers. */
  setLate(late: LateAnswers | null): void {
    this.late = late && late.times > 0 ? { ...late } : null;
    this.listeners.forEach((fn) => fn());
  }

  /** How late this call is answered and whether it is carried out only then (null: on time), counting down. */
  takeLate(callName: string): { ms: number; carriedOutLate: boolean } | null {
    const l = this.late;
    if (!l || (l.on !== 'any' && l.on !== callName)) return null;
    l.times -= 1;
    if (l.times <= 0) this.late = null;
    return { ms: l.ms, carriedOutLate: l.carriedOutLate === true };
  }

  /** The failure code to apply to this call, counting it down; null when the call goes through. */
  takeFailure(callName: string): string | null {
    const f = this.failure;
    if (!f || (f.on !== 'any' && f.on !== callName)) return null;
    f.times -= 1;
    if (f.times <= 0) this.failure = null;
    this.listeners.forEach((fn) => fn());
    return f.code;
  }
}

/** What the injected failure does, as the Simulator panel says it: "The next 2 updateBluePrint calls fail with RECORD_LOCKED." */
export function describeFailure(failure: Failure | null): string {
  if (!failure) return 'No failure injected: every call is answered.';
  const what =
    failure.code === TIMEOUT
      ? ['is never answered', 'are never answered']
      : failure.code === SDK_REJECT
        ? ['is rejected without an error body', 'are rejected without an error body']
        : [`fails with ${failure.code}`, `fail with ${failure.code}`];
  const call = failure.on === 'any' ? 'call' : `${failure.on} call`;
  if (failure.times === Infinity) return `Every ${call} ${what[0]}.`;
  return failure.times === 1 ? `The next ${call} ${what[0]}.` : `The next ${failure.times} ${call}s ${what[1]}.`;
}

/**
 * The answer an injected failure produces, or null for TIMEOUT (no answer at all). An API error is resolved for
 * updateBluePrint, as the real CRM often does, and rejected for every other call; SDK_REJECT always rejects.
 */
export function failureAnswer(code: string, callName: string): Answer | null {
  if (code === TIMEOUT) return null;
  if (code === SDK_REJECT)
    return { settle: 'reject', data: 'Simulated SDK rejection: the request did not reach the CRM' };
  const body = { code, details: {}, message: ERROR_MESSAGES[code] ?? code, status: 'error' };
  return { settle: callName === 'updateBluePrint' ? 'resolve' : 'reject', data: body };
}
