/**
 * Issue 27's goal (issue 13's goal 1, measured from the click): the frame's start → stepper painted, ours against the floor widget (floor-widget.ts), run by
 * turns in the same bench run (with a second floor that also asks the first screen's four other answers, to
 * tell what they cost from what the widget's own code costs), all in a cross-site frame of the simulator's
 * record page: the session's first open (a new browser context each run: no cache, no storage, no warm
 * renderer), and the popup closed and opened again on the same page, as a rep goes from record to record (what
 * the browser kept is then warm).
 * Painted means Element Timing's render time of the first stage name (`bs-path-label`) or transition name
 * (`bs-transition-name`, `floor-transition`), counted from the SDK stand-in's mark as PageLoad arrived in the
 * frame (`crm-sim:page-load`): the same reference for both widgets. Beside them, the time from the CRM's last
 * answer the frame received before the paint (the last it waited for) to the paint: the widget's own work once
 * everything is in, where the floor's is a list of names.
 */
import { IDS } from '../../crm-sim/seed/crm-data.ts';
import { openRecordPage, type Simulator } from '../../e2e/browser.ts';
import { closeWidget, openWidget } from '../../e2e/sim-hooks.ts';
import { FLOOR_FIVE_PAGE, FLOOR_PAGE } from './floor-build.ts';
import { firstPaint, recordFrames, sinceLastAnswer, waitForPaints } from './frame-timing.ts';
import { ms, stats, verdict } from './report.ts';
import { throttleFiles } from '../../crm-sim/vite-plugin.ts';

/** The goal: the stepper within 5 % of the floor, from the click. */
const GOAL_RATIO = 1.05;

/** The throttled mode's network for the widget's own files: 1.6 Mbps, 150 ms (issue 27). */
export const SLOW_NETWORK = { latencyMs: 150, bytesPerSecond: 1.6e6 / 8 };

export interface Run {
  /** From PageLoad to the paint. */
  fromPageLoad: number;
  /** From the frame's navigation start to the paint (bytes and init() included). */
  fromStart: number;
  /**
   * From the CRM's last answer the frame received before the paint (the last the screen waited for) to the paint:
   * the widget's own work once everything it needs is in.
   */
  afterAnswer: number | null;
}

/** A rep's pause on the stepper before closing it: long enough for the path's refinements to come and go. */
const LOOK_MS = 600;

/**
 * A widget opened `opens` times on the first lead on one CRM page (`widgetPage`, a page of app/: the floor,
 * another build; else ours), the popup closed in between as a rep closes it before the next record; for each
 * open, the paint of each identifier, or null when none came. The first open is the session's first, in a new
 * browser context (no cache, no storage, no warm renderer); later ones find what the browser kept.
 */
export async function openOnPage(
  sim: Simulator,
  opts: { latency: number; bigFields: number; widgetPage?: string; opens?: number },
  identifiers: string[],
): Promise<(Run | null)[][]> {
  const { page } = await openRecordPage(sim, {
    module: 'Leads',
    record: IDS.firstLead,
    latency: opts.latency,
    ...(opts.bigFields ? { bigFields: opts.bigFields } : {}),
    widgetPage: opts.widgetPage,
    open: false,
  });
  const out: (Run | null)[][] = [];
  try {
    // The recorder must be in the frame before its scripts run: install it, then open the popup.
    await recordFrames(page);
    for (let n = 0; n < (opts.opens ?? 1); n++) {
      if (n > 0) {
        await page.waitForTimeout(LOOK_MS);
        await closeWidget(page);
        await page.waitForTimeout(300);
      }
      await openWidget(page);
      const seen = await waitForPaints(page, identifiers);
      if ('error' in seen) {
        console.log(`  (a run of ${opts.widgetPage ?? 'ours'} left out: ${seen.error})`);
        out.push(identifiers.map(() => null));
        continue;
      }
      const { record } = seen;
      out.push(
        identifiers.map((id) => {
          const paint = firstPaint(record, id);
          return paint === null || record.pageLoad === null
            ? null
            : { fromPageLoad: paint - record.pageLoad, fromStart: paint, afterAnswer: sinceLastAnswer(record, paint) };
        }),
      );
    }
    return out;
  } finally {
    await page.context().close();
  }
}

/** The two spans every run has (`afterAnswer` may be missing). */
type Span = 'fromPageLoad' | 'fromStart';
const list = (runs: Run[], key: Span) => runs.map((r) => r[key]);
/** The median of the runs' `afterAnswer`, as text (n/a when no run had one). */
const afterAnswer = (runs: Run[]) => ms(stats(runs.flatMap((r) => r.afterAnswer ?? [])).median);

function line(label: string, runs: Run[]): string {
  const start = stats(list(runs, 'fromStart'));
  const s = stats(list(runs, 'fromPageLoad'));
  return `  ${label.padEnd(30)} from the click ${ms(start.median).padStart(7)} (best ${ms(start.best)}, worst ${ms(start.worst)}); from PageLoad ${ms(s.median)}`;
}

/** Ours and the floors' runs of one open (the session's first, or a later one). */
interface OpenRuns {
  path: Run[];
  transitions: Run[];
  floor: Run[];
  /** The floor that asks the five answers the first screen waits for. */
  five: Run[];
}

/**
 * The figures of one open: the widgets' medians and the ratio against the goal, from the click (the frame's
 * navigation start: its bytes, init() and PageLoad included, as a rep waits) and, beside it, from PageLoad.
 */
function report(runs: OpenRuns): void {
  const ratio = (r: Run[], key: Span) => stats(list(r, key)).median / stats(list(runs.floor, key)).median;
  console.log(line('floor widget (names in a list)', runs.floor));
  console.log(line('floor asking the five answers', runs.five));
  // The transitions usually paint in the same frame as the path: one line then, two when they differ.
  const same = JSON.stringify(runs.path) === JSON.stringify(runs.transitions);
  console.log(line(same ? 'ours: stepper and transitions' : 'ours: stepper (path) painted', runs.path));
  if (!same) console.log(line('ours: transitions painted', runs.transitions));
  const click = ratio(runs.path, 'fromStart');
  console.log(
    `  from the click: stepper / floor = ${click.toFixed(2)}× ${verdict(click, GOAL_RATIO, '×')}${same ? '' : `; transitions / floor = ${ratio(runs.transitions, 'fromStart').toFixed(2)}×`}; from PageLoad ${ratio(runs.path, 'fromPageLoad').toFixed(2)}×`,
  );
  // Not a goal: how the stepper's time splits between the answers it waits for and its own code.
  const five = ratio(runs.five, 'fromStart');
  console.log(
    `  of which the four other answers: floor asking five / floor = ${five.toFixed(2)}×; the widget's own: stepper / floor asking five = ${(click / five).toFixed(2)}×`,
  );
  // Where the widget's own time is: from the last answer in the frame to the paint (medians).
  console.log(
    `  from the last answer to the paint: ours ${afterAnswer(runs.path)}, floor ${afterAnswer(runs.floor)}, floor asking five ${afterAnswer(runs.five)}`,
  );
}

/**
 * `pairs` rounds of CRM pages of ours and of both floors by turns (the order rotated every round), each widget
 * opened twice on its page (opened, closed, opened again), then the figures of the first open and of the second.
 */
export async function firstScreen(
  sim: Simulator,
  opts: { latency: number; pairs: number; bigFields: number; label: string; throttle?: boolean },
): Promise<void> {
  // The throttled mode: the widget's own files on a slow network (1.6 Mbps, 150 ms), the CRM's calls as before.
  throttleFiles(opts.throttle ? SLOW_NETWORK : null);
  const opens: OpenRuns[] = [0, 1].map(() => ({ path: [], transitions: [], floor: [], five: [] }));
  const widgets = ['ours', 'floor', 'five'] as const;
  for (let i = 0; i < opts.pairs; i++) {
    const order = widgets.map((_, k) => widgets[(k + i) % widgets.length]!);
    for (const which of order) {
      if (which !== 'ours') {
        const widgetPage = which === 'floor' ? FLOOR_PAGE : FLOOR_FIVE_PAGE;
        const runs = await openOnPage(sim, { ...opts, widgetPage, opens: 2 }, ['floor-transition']);
        runs.forEach(([run], n) => run && opens[n]![which].push(run));
      } else {
        const runs = await openOnPage(sim, { ...opts, opens: 2 }, ['bs-path-label', 'bs-transition-name']);
        runs.forEach(([path, transitions], n) => {
          if (path) opens[n]!.path.push(path);
          if (transitions) opens[n]!.transitions.push(transitions);
        });
      }
    }
  }
  throttleFiles(null);
  console.log(
    `\n1. Click → painted, ${opts.label}, ${opts.latency} ms per CRM call, ${opts.throttle ? `the widget's files at ${(SLOW_NETWORK.bytesPerSecond * 8e-6).toFixed(1)} Mbps with ${SLOW_NETWORK.latencyMs} ms latency` : 'the widget’s files as fast as the machine serves them'}, ${opts.pairs} rounds by turns (Element Timing):`,
  );
  console.log("  The session's first open (a new browser context: no cache, no warm renderer):");
  report(opens[0]!);
  console.log('  Opened again on the same CRM page after closing it (as a rep goes on to the next record):');
  report(opens[1]!);
}
