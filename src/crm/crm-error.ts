/**
 * Every way a call to the CRM can fail, as one union. The SDK reports failures in several shapes (a resolved
 * `{status: "error"}`, a rejection with a body, a rejection with a string, no answer at all); the boundary turns
 * all of them into one of these, so the rest of the widget handles errors in one place.
 */
export type CrmError =
  /** Zoho's SDK script is not on the page (blocked, offline, or the page was opened outside the CRM). */
  | { kind: 'sdk-missing' }
  /** The CRM did not answer within the widget's deadline. */
  | { kind: 'timeout'; call: string; afterMs: number }
  /** The CRM answered with an error code (`RECORD_LOCKED`, `MANDATORY_NOT_FOUND`, ...). */
  | {
      kind: 'api';
      call: string;
      code: string;
      message: string;
      fieldApiName: string | null;
      details: Record<string, unknown>;
    }
  /** The page context from the CRM has no usable record. */
  | { kind: 'no-record'; entity: string | null }
  /** Anything else: an answer the widget cannot read, a thrown exception. */
  | { kind: 'unexpected'; call: string; message: string }
  /** An answer about another record than the one asked for (issue 21): its values are never shown as this one's. */
  | { kind: 'wrong-record'; call: string; asked: string; answered: string };

/** An Error that carries a CrmError, so it can travel through promise rejections. */
export class CrmFailure extends Error {
  /** The typed failure. */
  readonly error: CrmError;
  /**
   * For a timeout: the call's answer, still on its way (the SDK cannot recall a call). It settles as the call
   * would have, decoded as far as the layer that throws knows how, so a late answer can be reconciled, never
   * ignored. Null for every other failure.
   */
  readonly late: Promise<unknown> | null;
  constructor(error: CrmError, late: Promise<unknown> | null = null) {
    super(summarize(error));
    this.name = 'CrmFailure';
    this.error = error;
    this.late = late;
    // Nobody may be listening to a late answer: its failure is not an unhandled rejection.
    late?.catch(() => undefined);
  }
}

function summarize(e: CrmError): string {
  switch (e.kind) {
    case 'sdk-missing':
      return 'Zoho SDK not loaded';
    case 'timeout':
      return `${e.call} did not answer within ${e.afterMs} ms`;
    case 'api':
      return `${e.call} failed: ${e.code} ${e.message}`;
    case 'no-record':
      return `no record in page context (${e.entity ?? 'no module'})`;
    case 'unexpected':
      return `${e.call}: ${e.message}`;
    case 'wrong-record':
      return `${e.call}: ${e.answered}`;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * A value the CRM (or a host page in between) sent as JSON text, once or twice encoded, decoded; anything else as
 * it is. Text that is not JSON stays text.
 */
export function decodeJsonText(value: unknown): unknown {
  let v = value;
  for (let depth = 0; depth < 3 && typeof v === 'string'; depth += 1) {
    try {
      v = JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

/**
 * Reads an error body the CRM sent (`{code, message, details, status: "error"}`, maybe wrapped in
 * `{blueprint: [...]}` or `{data: [...]}`, maybe JSON text, once or twice encoded). Returns null when the value is not an error body.
 */
export function readApiError(call: string, value: unknown): CrmError | null {
  let v = decodeJsonText(value);
  if (!isObject(v)) return null;
  for (const wrapper of ['blueprint', 'data']) {
    const inner = v[wrapper];
    const first = Array.isArray(inner) ? decodeJsonText(inner[0]) : null;
    if (isObject(first) && typeof first.code === 'string') {
      v = first;
      break;
    }
  }
  if (!isObject(v)) return null;
  const code = typeof v.code === 'string' ? v.code : null;
  const status = typeof v.status === 'string' ? v.status.toLowerCase() : null;
  if (!code || (status !== 'error' && status !== null) || code === 'SUCCESS') return null;
  const details = isObject(v.details) ? v.details : {};
  const field = typeof details.api_name === 'string' ? details.api_name : null;
  return {
    kind: 'api',
    call,
    code,
    message: typeof v.message === 'string' ? v.message : code,
    fieldApiName: field,
    details,
  };
}

/** Turns whatever a failed call produced (a rejection value, a thrown error) into a CrmError. */
export function toCrmError(call: string, reason: unknown): CrmError {
  if (reason instanceof CrmFailure) return reason.error;
  const api = readApiError(call, reason);
  if (api) return api;
  if (reason instanceof Error) return { kind: 'unexpected', call, message: reason.message };
  if (typeof reason === 'string' && reason.trim() !== '') return { kind: 'unexpected', call, message: reason };
  if (isObject(reason) && typeof reason.message === 'string')
    return { kind: 'unexpected', call, message: reason.message };
  return { kind: 'unexpected', call, message: 'The CRM answered in a way the widget does not understand.' };
}

/**
 * A rejection's answer still on its way: a timeout's `late` (docs/architecture.md, "Calls in flight"); null for
 * every other failure.
 */
export function lateAnswer(reason: unknown): Promise<unknown> | null {
  return reason instanceof CrmFailure ? reason.late : null;
}

/** The CrmError behind a rejection (the client only rejects with CrmFailure; anything else is a bug). */
export function failureOf(reason: unknown, call: string): CrmError {
  if (reason instanceof CrmFailure) return reason.error;
  return { kind: 'unexpected', call, message: reason instanceof Error ? reason.message : String(reason) };
}
