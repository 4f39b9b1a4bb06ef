/**
 * Goal 1 of issue 13: PageLoad → stepper painted, ours against the floor widget (floor-widget.ts), run by
 * turns in the same bench run, both in a cross-site frame of the simulator's record page (a new browser
 * context each run: no cache, no storage, no warm renderer). Painted means Element Timing's render time of the
 * first stage name (`bs-path-label`) or transition name (`bs-transition-name`, `floor-transition`), counted
 * from the SDK stand-in's mark as PageLoad arrived in the frame (`crm-sim:page-load`): the same reference for
 * both widgets.
 */
import { IDS } from '../../crm-sim/seed/crm-data.ts';
import { openRecordPage, type Simulator } from '../../e2e/browser.ts';
import { FLOOR_PAGE } from './floor-build.ts';
import { firstPaint, recordFrames, waitForPaints } from './frame-timing.ts';
import { ms, stats, verdict } from './report.ts';

/** The goal: the stepper within 5 % of the floor. */
const GOAL_RATIO = 1.05;

export interface Run {
  /** From PageLoad to the paint. */
  fromPageLoad: number;
  /** From the frame's navigation start to the paint (bytes and init() included). */
  fromStart: number;
}

/**
 * One widget opened on the first lead (`widgetPage`, a page of app/: the floor, another build; else ours); the
 * paint of each identifier, or null when none came.
 */
export async function openOnce(
  sim: Simulator,
  opts: { latency: number; bigFields: number; widgetPage?: string },
  identifiers: string[],
): Promise<(Run | null)[]> {
  const { page } = await openRecordPage(sim, {
    module: 'Leads',
    record: IDS.firstLead,
    latency: opts.latency,
    ...(opts.bigFields ? { bigFields: opts.bigFields } : {}),
    ...(opts.widgetPage ? { widgetPage: opts.widgetPage } : {}),
    open: false,
  });
  try {
    // The recorder must be in the frame before its scripts run: install it, then open the popup.
    await recordFrames(page);
    await page.evaluate(() => (window as unknown as { crmSim: { openWidget(): void } }).crmSim.openWidget());
    const seen = await waitForPaints(page, identifiers);
    if ('error' in seen) {
      console.log(`  (a run of ${opts.widgetPage ?? 'ours'} left out: ${seen.error})`);
      return identifiers.map(() => null);
    }
    const { record } = seen;
    return identifiers.map((id) => {
      const paint = firstPaint(record, id);
      return paint === null || record.pageLoad === null
        ? null
        : { fromPageLoad: paint - record.pageLoad, fromStart: paint };
    });
  } finally {
    await page.context().close();
  }
}

const list = (runs: Run[], key: keyof Run) => runs.map((r) => r[key]);

function line(label: string, runs: Run[], latency: number): string {
  const s = stats(list(runs, 'fromPageLoad'));
  const start = stats(list(runs, 'fromStart'));
  return `  ${label.padEnd(30)} median ${ms(s.median).padStart(7)} (best ${ms(s.best)}, worst ${ms(s.worst)}) = ${(s.median / latency).toFixed(2)} round trips; from the frame's start ${ms(start.median)}`;
}

/** `pairs` runs of ours and of the floor by turns (the order swapped every pair), then the figures. */
export async function firstScreen(
  sim: Simulator,
  opts: { latency: number; pairs: number; bigFields: number; label: string },
): Promise<void> {
  const ours: { path: Run[]; transitions: Run[] } = { path: [], transitions: [] };
  const floor: Run[] = [];
  for (let i = 0; i < opts.pairs; i++) {
    const order = i % 2 === 0 ? ['ours', 'floor'] : ['floor', 'ours'];
    for (const which of order) {
      if (which === 'floor') {
        const [run] = await openOnce(sim, { ...opts, widgetPage: FLOOR_PAGE }, ['floor-transition']);
        if (run) floor.push(run);
      } else {
        const [path, transitions] = await openOnce(sim, opts, ['bs-path-label', 'bs-transition-name']);
        if (path) ours.path.push(path);
        if (transitions) ours.transitions.push(transitions);
      }
    }
  }
  const floorMedian = stats(list(floor, 'fromPageLoad')).median;
  const ratio = (runs: Run[]) => stats(list(runs, 'fromPageLoad')).median / floorMedian;
  console.log(
    `\n1. PageLoad → painted, ${opts.label}, ${opts.latency} ms per CRM call, ${opts.pairs} pairs by turns (Element Timing, from PageLoad arriving in the frame):`,
  );
  console.log(line('floor widget (names in a list)', floor, opts.latency));
  // The transitions usually paint in the same frame as the path: one line then, two when they differ.
  const same = JSON.stringify(ours.path) === JSON.stringify(ours.transitions);
  console.log(line(same ? 'ours: stepper and transitions' : 'ours: stepper (path) painted', ours.path, opts.latency));
  if (!same) console.log(line('ours: transitions painted', ours.transitions, opts.latency));
  console.log(
    `  stepper / floor = ${ratio(ours.path).toFixed(2)}× ${verdict(ratio(ours.path), GOAL_RATIO, '×')}${same ? '' : `; transitions / floor = ${ratio(ours.transitions).toFixed(2)}× ${verdict(ratio(ours.transitions), GOAL_RATIO, '×')}`}`,
  );
}
