import { useEffect, useState } from 'preact/hooks';

/** Up to this many rows render at once; a longer form renders the rest in slices of this size. */
export const SLICE = 500;

/**
 * How many of `count` rows to render now (issue 9 part 12). A form of up to SLICE rows renders whole; a longer
 * one renders its first SLICE rows at once and the rest SLICE rows a frame, so the page never freezes on a
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
    // One slice a frame: each frame's work is bounded (the form renders its groups of SLICE rows memoised, so
    // a new slice costs its own rows only), and the page stays responsive while a long form fills in.
    const next = () => setShown((n) => Math.min(count, n + SLICE));
    if (typeof requestAnimationFrame === 'function') {
      const id = requestAnimationFrame(next);
      return () => cancelAnimationFrame(id);
    }
    const id = setTimeout(next, 0);
    return () => clearTimeout(id);
  }, [shown, count]);
  return Math.min(shown, count);
}
