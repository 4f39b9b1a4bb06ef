/** Figures and how the bench prints them. */

/** Median, best and worst of some times (NaN when there are none). */
export function stats(xs: number[]): { median: number; best: number; worst: number; n: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { median, best: sorted[0] ?? NaN, worst: sorted[sorted.length - 1] ?? NaN, n: sorted.length };
}

/** `123 ms`, or `n/a` for a figure that could not be measured. */
export const ms = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');

/** `(goal ≤ 1,000 ms: met)`; `not measured` when the figure is missing. */
export function verdict(value: number, limit: number, unit: 'ms' | '×'): string {
  const goal = unit === 'ms' ? `≤ ${limit.toLocaleString('en')} ms` : `≤ ${limit.toFixed(2)}×`;
  if (!Number.isFinite(value)) return `(goal ${goal}: not measured)`;
  return `(goal ${goal}: ${value <= limit ? 'met' : 'NOT MET'})`;
}

/** A numbered flag (`--runs 7`), or the fallback. */
export function numberArg(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

/** A text flag (`--only first-screen,bulk`), or null. */
export function textArg(argv: string[], name: string): string | null {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? null) : null;
}
