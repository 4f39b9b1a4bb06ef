import { useEffect, useState } from 'preact/hooks';

/** Up to this many rows render at once; a longer form renders the rest in slices of this size. */
export const SLICE = 500;

/**
 * How many of `count` rows to render now (issue 9 part 12). A form of up to SLICE rows renders whole; a longer
 * one renders its first SLICE rows at once and the rest in growing slices, one per frame, so the page never freezes on a
 * transition with thousands of fields. Rows keep their keys, so those already shown are never re-created.
 * `resetKey` (the transition's id) starts over for another form.
 */
export function useRenderSlices(count: number, resetKey: string): number {
  const [shown, setShown] = useState(() => Math.min(count, SLICE));
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    setKey(resetKey);
    setShown(Math.min(count, SLICE));
  }
  useEffect(() => {
    if (shown >= count) return;
    // Each slice re-renders the form once; doubling keeps that to a few re-renders for any length.
    const next = () => setShown((n) => Math.min(count, n + Math.max(SLICE, n)));
    if (typeof requestAnimationFrame === 'function') {
      const id = requestAnimationFrame(next);
      return () => cancelAnimationFrame(id);
    }
    const id = setTimeout(next, 0);
    return () => clearTimeout(id);
  }, [shown, count]);
  return Math.min(shown, count);
}
