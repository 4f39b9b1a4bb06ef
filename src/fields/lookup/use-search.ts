import { useEffect, useState } from 'preact/hooks';
import type { LookupChoice } from '../contract.ts';

/** How long typing must pause before a search goes out. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The state of a search as the rep types: debounced, and a stale search aborted when the query moves on. */
export function useSearch(
  query: string,
  active: boolean,
  search: (q: string, signal: AbortSignal) => Promise<LookupChoice[]>,
) {
  const [state, setState] = useState<{ status: 'idle' | 'searching' | 'done' | 'failed'; results: LookupChoice[] }>({
    status: 'idle',
    results: [],
  });
  useEffect(() => {
    const q = query.trim();
    if (!active || q.length < 2) {
      setState({ status: 'idle', results: [] });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ status: 'searching', results: s.results }));
    const timer = setTimeout(() => {
      search(q, controller.signal).then(
        (results) => !controller.signal.aborted && setState({ status: 'done', results }),
        () => !controller.signal.aborted && setState({ status: 'failed', results: [] }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, active, search]);
  return state;
}
