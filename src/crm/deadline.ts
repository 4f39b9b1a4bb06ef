import { CrmFailure } from './crm-error.ts';

/**
 * Settles with `work`, or rejects with a timeout CrmFailure after `ms` that carries `work` as its late answer. Zoho's SDK never times out a call
 * (docs/zoho-sdk.md), so without this a lost answer would leave the widget spinning forever.
 * An abort signal rejects at once, so a screen the rep has left stops waiting.
 */
export function withDeadline<T>(call: string, work: Promise<T>, ms: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      cleanup();
      reject(new CrmFailure({ kind: 'timeout', call, afterMs: ms }, work));
    }, ms);
    const onAbort = () => {
      cleanup();
      reject(signal?.reason);
    };
    const cleanup = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort);
    work.then(
      (value) => {
        cleanup();
        resolve(value);
      },
      (reason: unknown) => {
        cleanup();
        reject(reason);
      },
    );
  });
}
