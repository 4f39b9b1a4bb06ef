import type { ShapedPath } from './apply-settings.ts';

/**
 * Whether the record now stands in a won closing stage: one the admin marked "won", or, where the admin marked
 * no closing stages, one whose name says won ("Closed Won").
 */
export function isWon(data: { path: ShapedPath }): boolean {
  const { closing, steps } = data.path;
  const current = [...closing, ...steps].find((s) => s.status === 'current');
  if (!current) return false;
  if (closing.length > 0) return 'outcome' in current && current.outcome === 'won';
  return /\bwon\b/i.test(current.state.label);
}
