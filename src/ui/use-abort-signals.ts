import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * Abort signals for one kind of work, the newest run winning: each call aborts the run before it (its answer
 * is stale) and returns a fresh signal; the last one aborts when the component goes.
 */
export function useLatestSignal(): () => AbortSignal {
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);
  return useCallback(() => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    return controller.signal;
  }, []);
}

/** One signal for the component's whole life: work that must not be cut short by newer work, only by the component going. */
export function useLifetimeSignal(): AbortSignal {
  const [controller] = useState(() => new AbortController());
  useEffect(() => () => controller.abort(), [controller]);
  return controller.signal;
}
