/** The most SDK calls bulk mode keeps in flight at once (the CRM limits concurrent API calls per org). */
export const MAX_IN_FLIGHT = 5;

/**
 * Runs `work` on each item with at most `limit` running at any time, in the items' order. `shouldStart` is asked
 * before each item starts: answering false leaves that item (and, as it stays false, the rest) unstarted; items
 * already running finish. `work` must not reject (it reports its own outcome); a rejection is swallowed so one
 * item cannot stop the others. Resolves when every started item has finished.
 */
export async function runCapped<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  shouldStart: (item: T) => boolean = () => true,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      if (!shouldStart(item)) continue;
      await work(item).catch(() => undefined);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker());
  await Promise.all(workers);
}
