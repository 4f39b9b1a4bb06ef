/**
 * `--compare <dir>`: this build's first screen against another build of the widget (its `app/` directory, e.g.
 * from a `git worktree` of the commit before a change), opened by turns in the same bench run, with the same
 * simulator and the same measure as part 1 (first-screen.ts). On a shared machine the medians of two runs a minute
 * apart differ by tens of milliseconds; the differences of pairs opened back to back differ much less, so the
 * figure to read is the median of those differences.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Simulator } from '../../e2e/browser.ts';
import { openOnPage, type Run } from './first-screen.ts';
import { ms, stats } from './report.ts';

/** Where the other build is copied, inside app/ so the simulator serves it like ours (`widgetPage`). */
const COMPARE_DIR = fileURLToPath(new URL('../../../app/bench-compare', import.meta.url));
const COMPARE_PAGE = 'bench-compare/widget.html';

/** Copies the other build beside ours; throws a plain error when `dir` is not a build of the widget. */
export function placeOtherBuild(dir: string): void {
  if (!existsSync(path.join(dir, 'widget.html')))
    throw new Error(`--compare ${dir}: no widget.html there (give the app/ directory of another build)`);
  rmSync(COMPARE_DIR, { recursive: true, force: true });
  cpSync(dir, COMPARE_DIR, { recursive: true });
}

/** Removes the copy, so a later `zet pack` never takes it for part of the widget. */
export function removeOtherBuild(): void {
  rmSync(COMPARE_DIR, { recursive: true, force: true });
}

const IDENTIFIER = 'bs-transition-name';

/**
 * `pairs` CRM pages of each build by turns (the order swapped every pair), each opening the widget twice (as in
 * part 1); prints both builds and the paired differences, for the first open and the second, and each build's time
 * from the last answer to the paint (first-screen.ts).
 */
export async function compareBuilds(
  sim: Simulator,
  opts: { latency: number; pairs: number; bigFields: number; label: string; other: string },
): Promise<void> {
  // [open][pair]
  const ours: (Run | null)[][] = [[], []];
  const other: (Run | null)[][] = [[], []];
  for (let i = 0; i < opts.pairs; i++) {
    for (const which of i % 2 === 0 ? ['ours', 'other'] : ['other', 'ours']) {
      const runs = await openOnPage(
        sim,
        {
          latency: opts.latency,
          bigFields: opts.bigFields,
          opens: 2,
          ...(which === 'other' ? { widgetPage: COMPARE_PAGE } : {}),
        },
        [IDENTIFIER],
      );
      for (const n of [0, 1]) (which === 'ours' ? ours : other)[n]!.push(runs[n]?.[0] ?? null);
    }
  }
  console.log(
    `\nCompared with ${opts.other}: PageLoad → transitions painted, ${opts.label}, ${opts.latency} ms per CRM call, ${opts.pairs} pairs by turns:`,
  );
  for (const n of [0, 1]) {
    const complete = ours[n]!.flatMap((run, i) => {
      const theirs = other[n]![i];
      return run && theirs ? [[run, theirs] as const] : [];
    });
    const line = (label: string, pick: (p: readonly [Run, Run]) => number) => {
      const s = stats(complete.map(pick));
      return `    ${label.padEnd(50)} median ${ms(s.median).padStart(7)} (best ${ms(s.best)}, worst ${ms(s.worst)})`;
    };
    console.log(
      n === 0
        ? `  The session's first open (${complete.length} pairs):`
        : `  Opened again on the same CRM page (${complete.length} pairs):`,
    );
    for (const key of ['fromPageLoad', 'fromStart'] as const) {
      const what = key === 'fromPageLoad' ? 'from PageLoad' : "from the frame's start";
      console.log(line(`this build, ${what}`, ([a]) => a[key]));
      console.log(line(`the other build, ${what}`, ([, b]) => b[key]));
      console.log(line(`this − other, pair by pair, ${what}`, ([a, b]) => a[key] - b[key]));
    }
    // The widget's own time once the CRM has answered (first-screen.ts), for the pairs where both builds have it.
    const answered = complete.filter(([a, b]) => a.afterAnswer !== null && b.afterAnswer !== null);
    const after = (pick: (p: readonly [Run, Run]) => number) => stats(answered.map(pick)).median;
    console.log(
      `    from the last answer to the paint (${answered.length} pairs): this build ${ms(after(([a]) => a.afterAnswer!))}, the other ${ms(after(([, b]) => b.afterAnswer!))}, this − other pair by pair ${ms(after(([a, b]) => a.afterAnswer! - b.afterAnswer!))}`,
    );
  }
}
